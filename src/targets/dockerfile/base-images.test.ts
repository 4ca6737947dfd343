import { isWindowsImageName, lookupBaseImageDefault } from './base-images.js';
import { parseImageReference, type ImageReference } from './image-reference.js';
import { workloadImageReference } from './literal-image-reference.js';

const DIGEST = 'sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30';

function ref(raw: string): ImageReference {
  const reference = parseImageReference(raw);
  if (reference === undefined) throw new Error(`test reference does not parse: ${raw}`);
  return reference;
}

/** `os user` of the table entry, or undefined. */
function lookup(raw: string): string | undefined {
  const found = lookupBaseImageDefault(ref(raw));
  return found && `${found.os} ${found.user}`;
}

describe('lookupBaseImageDefault', () => {
  describe('Nano Server (1709 and later) runs as ContainerUser', () => {
    it.each([
      'mcr.microsoft.com/windows/nanoserver:ltsc2022',
      'mcr.microsoft.com/windows/nanoserver:1809',
      'mcr.microsoft.com/windows/nanoserver:ltsc2025-amd64',
      'mcr.microsoft.com/windows/nanoserver:10.0.20348.2700',
      'mcr.microsoft.com/windows/nanoserver/insider:10.0.26100.1',
      `mcr.microsoft.com/windows/nanoserver@${DIGEST}`,
      'mcr.microsoft.com/windows/nanoserver',
      'MCR.Microsoft.com/Windows/NanoServer:LTSC2022',
      'myacr.azurecr.io/windows/nanoserver:ltsc2022',
      'mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022',
      'mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022',
      'mcr.microsoft.com/dotnet/runtime:6.0-nanoserver-1809',
      'mcr.microsoft.com/dotnet/sdk:9.0-nanoserver-ltsc2025',
      // docker-library images: ContainerAdministrator for setup, then back to ContainerUser.
      'golang:1.23-nanoserver-ltsc2022',
      'python:3.13-nanoserver-1809',
      'openjdk:21-jdk-nanoserver-1809',
      'eclipse-temurin:21-jre-nanoserver-ltsc2022',
      'microsoft/nanoserver:1709',
      'microsoft/dotnet:2.1-runtime-nanoserver-1709',
      'microsoft/nanoserver:10.0.16299.15'
    ])('%s', raw => {
      expect(lookup(raw)).toBe('windows ContainerUser');
    });

    it('explains the default', () => {
      expect(lookupBaseImageDefault(ref('mcr.microsoft.com/windows/nanoserver:ltsc2022'))?.reason).toBe(
        'Nano Server images run as ContainerUser'
      );
    });
  });

  describe('the 2016-era Nano Server runs as ContainerAdministrator', () => {
    it.each([
      'microsoft/nanoserver',
      'microsoft/nanoserver:latest',
      'microsoft/nanoserver:sac2016',
      'microsoft/nanoserver:10.0.14393.2068',
      'docker.io/microsoft/nanoserver',
      'index.docker.io/microsoft/nanoserver:sac2016',
      'microsoft/iis:nanoserver',
      'microsoft/dotnet:2.0-runtime-nanoserver-sac2016',
      'myacr.azurecr.io/microsoft/nanoserver:10.0.14393.1884'
    ])('%s', raw => {
      expect(lookup(raw)).toBe('windows ContainerAdministrator');
    });
  });

  describe('Server Core, Server, Windows and images built on them run as ContainerAdministrator', () => {
    it.each([
      'mcr.microsoft.com/windows/servercore:ltsc2022',
      'mcr.microsoft.com/windows/servercore:ltsc2016',
      'mcr.microsoft.com/windows/servercore/iis',
      'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022',
      'mcr.microsoft.com/windows/servercore/insider:10.0.26100.1',
      `mcr.microsoft.com/windows/servercore@${DIGEST}`,
      'mcr.microsoft.com/windows/server:ltsc2022',
      'mcr.microsoft.com/windows:ltsc2019',
      'mcr.microsoft.com/windows:1809',
      'mcr.microsoft.com/windows/insider:10.0.26100.1',
      // The older Insider names (StefanScherer/dockerfiles-windows builds on them).
      'mcr.microsoft.com/windowsservercore-insider:10.0.17744.1001',
      'mcr.microsoft.com/windows/servercore-insider:10.0.17763.1',
      'microsoft/windowsservercore-insider',
      'mcr.microsoft.com/windows-insider:10.0.17744.1001',
      'microsoft/windowsservercore',
      'microsoft/windowsservercore:1709',
      'Microsoft/WindowsServerCore:ltsc2016',
      'microsoft/iis',
      'microsoft/iis:windowsservercore-1803',
      'microsoft/aspnet:4.7.2',
      'microsoft/dotnet-framework:4.7.2-sdk',
      'microsoft/mssql-server-windows-developer:2017-latest',
      'mcr.microsoft.com/dotnet/framework/aspnet:4.8',
      'mcr.microsoft.com/dotnet/framework/sdk:4.8.1-windowsservercore-ltsc2022',
      'mcr.microsoft.com/dotnet/framework/runtime:4.8',
      'mcr.microsoft.com/dotnet/aspnet:8.0-windowsservercore-ltsc2022',
      'mcr.microsoft.com/powershell:lts-windowsservercore-ltsc2022',
      'golang:1.23-windowsservercore-ltsc2022',
      'golang:1.22-windowsservercore-1809',
      'python:3.13-windowsservercore-ltsc2022',
      'myacr.azurecr.io/windows/servercore:ltsc2022'
    ])('%s', raw => {
      expect(lookup(raw)).toBe('windows ContainerAdministrator');
    });

    it('names the family in the reason', () => {
      expect(lookupBaseImageDefault(ref('mcr.microsoft.com/windows/servercore:ltsc2022'))?.reason).toMatch(
        /Server Core/
      );
      expect(lookupBaseImageDefault(ref('mcr.microsoft.com/dotnet/framework/aspnet:4.8'))?.reason).toMatch(
        /\.NET Framework/
      );
    });
  });

  describe('Linux images with a known user', () => {
    it.each([
      ['gcr.io/distroless/static-debian12:nonroot', '65532'],
      ['gcr.io/distroless/static-debian12:debug-nonroot', '65532'],
      ['gcr.io/distroless/base-debian12:nonroot-amd64', '65532'],
      ['gcr.io/distroless/java21-debian12:debug-nonroot-arm64', '65532'],
      [`gcr.io/distroless/static:nonroot@${DIGEST}`, '65532'],
      ['gcr.io/distroless/static-debian12', 'root'],
      ['gcr.io/distroless/static-debian12:latest', 'root'],
      ['gcr.io/distroless/cc-debian12:debug', 'root'],
      ['nginxinc/nginx-unprivileged', '101'],
      ['nginxinc/nginx-unprivileged:1.27-alpine', '101'],
      ['docker.io/nginxinc/nginx-unprivileged:stable', '101'],
      ['ghcr.io/nginxinc/nginx-unprivileged:mainline', '101'],
      ['bitnami/postgresql:16', '1001'],
      ['bitnami/redis', '1001'],
      ['docker.io/bitnami/kubectl:1.31', '1001'],
      ['public.ecr.aws/bitnami/nginx:1.27', '1001'],
      ['bitnamilegacy/postgresql:16', '1001'],
      ['bitnami/minideb:bookworm', 'root'],
      ['scratch', 'root'],
      // .NET 8+: chiseled and distroless images end in USER $APP_UID (dotnet-docker's runtime-deps).
      ['mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled', '1654'],
      ['mcr.microsoft.com/dotnet/aspnet:8.0.30-jammy-chiseled-composite-extra-amd64', '1654'],
      ['mcr.microsoft.com/dotnet/runtime:8.0-azurelinux3.0-distroless', '1654'],
      ['mcr.microsoft.com/dotnet/monitor/base:8.1.3-ubuntu-chiseled-amd64', '1654'],
      ['mcr.microsoft.com/azurelinux/distroless/base:3.0-nonroot', '65532'],
      ['mcr.microsoft.com/cbl-mariner/distroless/minimal:2.0-nonroot', '65532'],
      // Mariner's dated tags put the date after the variant (Azure/kubernetes-kms), Azure Linux's before it.
      ['mcr.microsoft.com/cbl-mariner/distroless/minimal:2.0-nonroot.20250402', '65532'],
      ['mcr.microsoft.com/azurelinux/distroless/base:3.0.20250402-nonroot', '65532'],
      // Linux images named for Windows: dockur/windows runs a Windows VM under QEMU, dockcross cross-compiles.
      ['dockurr/windows', 'root'],
      ['dockurr/windows:4.14', 'root'],
      ['dockurr/windows-arm:latest', 'root'],
      ['ghcr.io/dockur/windows:latest', 'root'],
      ['dockcross/windows-static-x64:20240104-6eda627', 'root'],
      ['dockcross/windows-shared-x86', 'root'],
      ['dockcross/linux-arm64', 'root']
    ])('%s → %s', (raw, user) => {
      expect(lookup(raw)).toBe(`linux ${user}`);
    });
  });

  describe('images not in the table', () => {
    it.each([
      'ubuntu:22.04',
      'nginx:1.27',
      'alpine',
      'golang:1.23',
      'golang:1.23-bookworm',
      'mcr.microsoft.com/dotnet/aspnet:8.0',
      'mcr.microsoft.com/dotnet/sdk:8.0-alpine',
      'mcr.microsoft.com/dotnet/runtime-deps:10.0-azurelinux3.0',
      // Elsewhere `chiseled` says nothing of the user; Azure Linux distroless without `-nonroot` is root by Docker's default.
      'myregistry.example/dotnet/aspnet:8.0-jammy-chiseled',
      'mcr.microsoft.com/azurelinux/distroless/minimal:3.0',
      // A dated tag without the variant is root, and a word that only contains `nonroot` is not it.
      'mcr.microsoft.com/cbl-mariner/distroless/minimal:2.0.20250402',
      'mcr.microsoft.com/cbl-mariner/distroless/minimal:2.0-nonrootless.1',
      'mcr.microsoft.com/azure-cli',
      'mcr.microsoft.com/mssql/server:2017-latest',
      'mcr.microsoft.com/cbl-mariner/base/core:2.0',
      'mcr.microsoft.com/powershell:lts-ubuntu-22.04',
      'mcr.microsoft.com/oss/kubernetes/pause:3.9-windows-ltsc2022-amd64',
      // `windows` is Windows only at Microsoft's registry.
      'myacr.azurecr.io/windows:ltsc2022',
      'someone/windows',
      'someone/windows-insider',
      'myacr.azurecr.io/windows-insider:10.0.17744.1001',
      'ghcr.io/prometheus-community/windows-exporter:0.29.0',
      'server/servercore-tools-not-a-path',
      `gcr.io/distroless/static-debian12@${DIGEST}`,
      'distroless/static:nonroot',
      'myorg/bitnami:1',
      'nginx-unprivileged:1.27',
      'docker.io/library/scratchpad'
    ])('%s', raw => {
      expect(lookupBaseImageDefault(ref(raw))).toBeUndefined();
    });
  });
});

describe('isWindowsImageName', () => {
  it.each([
    'mcr.microsoft.com/windows/nanoserver:ltsc2022',
    'mcr.microsoft.com/windows/servercore:ltsc2019',
    'mcr.microsoft.com/windows/server:ltsc2022',
    'mcr.microsoft.com/windows:ltsc2019',
    'microsoft/nanoserver',
    'microsoft/windowsservercore',
    'microsoft/iis',
    'mcr.microsoft.com/dotnet/framework/aspnet:4.8',
    'mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022',
    'golang:1.23-windowsservercore-ltsc2022',
    'mcr.microsoft.com/oss/kubernetes/pause:3.9-windows-ltsc2022-amd64',
    'mcr.microsoft.com/oss/kubernetes/pause:3.6-windows-1809-amd64',
    'traefik:v3.1-windowsservercore-1809',
    'myorg/agent:1.4-windows',
    'myorg/agent:windows',
    'myorg/agent:2.0-ltsc2025',
    'myorg/agent:1809-amd64',
    'myorg/agent:v1-20h2',
    // Repositories named for Windows: the HostProcess base image and windows_exporter are Windows-only.
    'mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0',
    'ghcr.io/prometheus-community/windows-exporter:0.29.0',
    // Only dockur's own repositories are in the table, not every `windows` one.
    'someone/windows',
    'myorg/dockurr-windows:1'
  ])('%s is Windows', raw => {
    expect(isWindowsImageName(ref(raw))).toBe(true);
  });

  it.each([
    'ubuntu:22.04',
    'scratch',
    'gcr.io/distroless/static-debian12:nonroot',
    'bitnami/postgresql:16',
    'mcr.microsoft.com/dotnet/aspnet:8.0',
    'mcr.microsoft.com/azure-cli:2.64.0',
    'mcr.microsoft.com/mssql/server:2022-latest',
    'registry.k8s.io/gmsa-webhook/k8s-gmsa-webhook:v0.7.0',
    'myorg/app:1809',
    'myorg/app:2004',
    'myorg/app:windowsish',
    'myorg/app:ltsc',
    // Linux images named for Windows (the table knows them), whatever their tag or registry says.
    'dockurr/windows',
    'ghcr.io/dockur/windows:4.14',
    'dockurr/windows-arm',
    'dockcross/windows-static-x64:latest',
    'dockcross/windows-shared-x64-posix'
  ])('%s is not Windows', raw => {
    expect(isWindowsImageName(ref(raw))).toBe(false);
  });
});

describe('references with variables (their literal parts)', () => {
  function literal(raw: string): ImageReference {
    const reference = workloadImageReference(raw);
    if (reference === undefined) throw new Error(`test reference has no literal parts: ${raw}`);
    return reference;
  }

  it.each([
    ['mcr.microsoft.com/windows/servercore:${TAG}', 'windows ContainerAdministrator'],
    ['mcr.microsoft.com/windows/nanoserver:${OSVERSION}', 'windows ContainerUser'],
    ['mcr.microsoft.com/dotnet/framework/aspnet:${TAG}', 'windows ContainerAdministrator'],
    ['myreg/app:${VERSION}-windowsservercore-ltsc2022', 'windows ContainerAdministrator'],
    ['${REGISTRY}app:${VERSION}-nanoserver-${OS}', 'windows ContainerUser'],
    // An explicit release still says the era of the Docker Hub Nano Server.
    ['microsoft/nanoserver:sac2016-${ARCH}', 'windows ContainerAdministrator'],
    ['microsoft/nanoserver:1709-${ARCH}', 'windows ContainerUser'],
    ['gcr.io/distroless/static:nonroot-${ARCH}', 'linux 65532']
  ])('%s is %s', (raw, expected) => {
    const found = lookupBaseImageDefault(literal(raw));
    expect(found && `${found.os} ${found.user}`).toBe(expected);
  });

  it.each([
    // Untagged, Docker Hub's microsoft/nanoserver is the 2016-era image; its tags also had 1709 and 1803.
    'microsoft/nanoserver:${TAG}',
    'microsoft/nanoserver@${DIGEST}',
    '${REGISTRY}/microsoft/nanoserver',
    // Whose default depends on the tag.
    'gcr.io/distroless/static:${VARIANT}',
    'mcr.microsoft.com/mssql/server:${MSSQL_VERSION}'
  ])('%s has no known user', raw => {
    expect(lookupBaseImageDefault(literal(raw))).toBeUndefined();
  });

  it('a Nano Server of unknown era is still Windows', () => {
    expect(isWindowsImageName(literal('microsoft/nanoserver:${TAG}'))).toBe(true);
    expect(isWindowsImageName(literal('mcr.microsoft.com/windows/servercore:${TAG}'))).toBe(true);
    expect(isWindowsImageName(literal('myreg/app:${VERSION}-ltsc2022'))).toBe(true);
    expect(isWindowsImageName(literal('myreg/app:${VERSION}'))).toBe(false);
  });
});
