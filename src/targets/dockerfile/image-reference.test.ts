import { parseImageReference, type ImageReference } from './image-reference.js';

const DIGEST = 'sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30';

/** The parsed fields other than `raw` (which always equals the input). */
function parsed(raw: string): Omit<ImageReference, 'raw'> | undefined {
  const reference = parseImageReference(raw);
  if (reference === undefined) return undefined;
  expect(reference.raw).toBe(raw);
  const { raw: _raw, ...rest } = reference;
  return rest;
}

describe('parseImageReference', () => {
  describe('Docker Hub', () => {
    it.each<[string, Omit<ImageReference, 'raw'>]>([
      [
        'nginx',
        {
          registry: 'docker.io',
          registryWritten: false,
          repository: 'library/nginx',
          name: 'docker.io/library/nginx'
        }
      ],
      [
        'ubuntu:22.04',
        {
          registry: 'docker.io',
          registryWritten: false,
          repository: 'library/ubuntu',
          tag: '22.04',
          name: 'docker.io/library/ubuntu'
        }
      ],
      [
        'golang:1.23-windowsservercore-ltsc2022',
        {
          registry: 'docker.io',
          registryWritten: false,
          repository: 'library/golang',
          tag: '1.23-windowsservercore-ltsc2022',
          name: 'docker.io/library/golang'
        }
      ],
      [
        'microsoft/nanoserver',
        {
          registry: 'docker.io',
          registryWritten: false,
          repository: 'microsoft/nanoserver',
          name: 'docker.io/microsoft/nanoserver'
        }
      ],
      [
        'bitnami/postgresql:16',
        {
          registry: 'docker.io',
          registryWritten: false,
          repository: 'bitnami/postgresql',
          tag: '16',
          name: 'docker.io/bitnami/postgresql'
        }
      ],
      [
        'docker.io/nginx:1.27',
        {
          registry: 'docker.io',
          registryWritten: true,
          repository: 'library/nginx',
          tag: '1.27',
          name: 'docker.io/library/nginx'
        }
      ],
      [
        'docker.io/library/nginx',
        {
          registry: 'docker.io',
          registryWritten: true,
          repository: 'library/nginx',
          name: 'docker.io/library/nginx'
        }
      ],
      [
        'index.docker.io/library/alpine:3.20',
        {
          registry: 'docker.io',
          registryWritten: true,
          repository: 'library/alpine',
          tag: '3.20',
          name: 'docker.io/library/alpine'
        }
      ],
      [
        'registry-1.docker.io/nginxinc/nginx-unprivileged:stable',
        {
          registry: 'docker.io',
          registryWritten: true,
          repository: 'nginxinc/nginx-unprivileged',
          tag: 'stable',
          name: 'docker.io/nginxinc/nginx-unprivileged'
        }
      ],
      [
        'index.docker.io/alpine',
        {
          registry: 'docker.io',
          registryWritten: true,
          repository: 'library/alpine',
          name: 'docker.io/library/alpine'
        }
      ],
      [
        'scratch',
        {
          registry: 'docker.io',
          registryWritten: false,
          repository: 'library/scratch',
          name: 'docker.io/library/scratch'
        }
      ]
    ])('%s', (raw, expected) => {
      expect(parsed(raw)).toEqual(expected);
    });
  });

  describe('explicit registries', () => {
    it.each<[string, Omit<ImageReference, 'raw'>]>([
      [
        'mcr.microsoft.com/windows/nanoserver:ltsc2022',
        {
          registry: 'mcr.microsoft.com',
          registryWritten: true,
          repository: 'windows/nanoserver',
          tag: 'ltsc2022',
          name: 'mcr.microsoft.com/windows/nanoserver'
        }
      ],
      [
        'mcr.microsoft.com/windows:ltsc2019',
        {
          registry: 'mcr.microsoft.com',
          registryWritten: true,
          repository: 'windows',
          tag: 'ltsc2019',
          name: 'mcr.microsoft.com/windows'
        }
      ],
      [
        'mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022',
        {
          registry: 'mcr.microsoft.com',
          registryWritten: true,
          repository: 'dotnet/framework/aspnet',
          tag: '4.8-windowsservercore-ltsc2022',
          name: 'mcr.microsoft.com/dotnet/framework/aspnet'
        }
      ],
      [
        'mcr.microsoft.com/mssql/server:2022-latest',
        {
          registry: 'mcr.microsoft.com',
          registryWritten: true,
          repository: 'mssql/server',
          tag: '2022-latest',
          name: 'mcr.microsoft.com/mssql/server'
        }
      ],
      [
        'gcr.io/distroless/static-debian12:nonroot',
        {
          registry: 'gcr.io',
          registryWritten: true,
          repository: 'distroless/static-debian12',
          tag: 'nonroot',
          name: 'gcr.io/distroless/static-debian12'
        }
      ],
      [
        'registry.lab.example:5000/team/tool:1.0',
        {
          registry: 'registry.lab.example:5000',
          registryWritten: true,
          repository: 'team/tool',
          tag: '1.0',
          name: 'registry.lab.example:5000/team/tool'
        }
      ],
      [
        'localhost:5000/x',
        { registry: 'localhost:5000', registryWritten: true, repository: 'x', name: 'localhost:5000/x' }
      ],
      [
        'localhost/foo',
        { registry: 'localhost', registryWritten: true, repository: 'foo', name: 'localhost/foo' }
      ],
      [
        'localhost/foo:dev',
        { registry: 'localhost', registryWritten: true, repository: 'foo', tag: 'dev', name: 'localhost/foo' }
      ],
      [
        '10.0.0.5:5000/app:v2',
        {
          registry: '10.0.0.5:5000',
          registryWritten: true,
          repository: 'app',
          tag: 'v2',
          name: '10.0.0.5:5000/app'
        }
      ],
      [
        '[::1]:5000/app',
        { registry: '[::1]:5000', registryWritten: true, repository: 'app', name: '[::1]:5000/app' }
      ],
      [
        'myregistry:5000/app',
        { registry: 'myregistry:5000', registryWritten: true, repository: 'app', name: 'myregistry:5000/app' }
      ],
      [
        'quay.io/prometheus/node-exporter:v1.8.2',
        {
          registry: 'quay.io',
          registryWritten: true,
          repository: 'prometheus/node-exporter',
          tag: 'v1.8.2',
          name: 'quay.io/prometheus/node-exporter'
        }
      ],
      // Not Docker Hub: the registry keeps its name and gets no `library/` prefix.
      [
        'public.ecr.aws/nginx',
        {
          registry: 'public.ecr.aws',
          registryWritten: true,
          repository: 'nginx',
          name: 'public.ecr.aws/nginx'
        }
      ],
      // The registry is kept exactly as written.
      [
        'MCR.Microsoft.com/windows/servercore',
        {
          registry: 'MCR.Microsoft.com',
          registryWritten: true,
          repository: 'windows/servercore',
          name: 'MCR.Microsoft.com/windows/servercore'
        }
      ]
    ])('%s', (raw, expected) => {
      expect(parsed(raw)).toEqual(expected);
    });

    it('treats a first component without "." or ":" as part of the repository', () => {
      expect(parsed('team/tool:1.0')).toEqual({
        registry: 'docker.io',
        registryWritten: false,
        repository: 'team/tool',
        tag: '1.0',
        name: 'docker.io/team/tool'
      });
    });

    it('reads a port-like suffix without a slash as a tag, as Docker does', () => {
      expect(parsed('localhost:5000')).toMatchObject({
        registry: 'docker.io',
        repository: 'library/localhost',
        tag: '5000'
      });
    });
  });

  describe('digests', () => {
    it('keeps a digest without a tag', () => {
      expect(parsed(`nginx@${DIGEST}`)).toEqual({
        registry: 'docker.io',
        registryWritten: false,
        repository: 'library/nginx',
        digest: DIGEST,
        name: 'docker.io/library/nginx'
      });
    });

    it('keeps both tag and digest', () => {
      expect(parsed(`ghcr.io/org/img:tag@${DIGEST}`)).toEqual({
        registry: 'ghcr.io',
        registryWritten: true,
        repository: 'org/img',
        tag: 'tag',
        digest: DIGEST,
        name: 'ghcr.io/org/img'
      });
    });

    it('keeps a digest after a registry port', () => {
      expect(parsed(`registry.lab.example:5000/team/tool@${DIGEST}`)).toMatchObject({
        registry: 'registry.lab.example:5000',
        repository: 'team/tool',
        digest: DIGEST
      });
      expect(parseImageReference(`registry.lab.example:5000/team/tool@${DIGEST}`)?.tag).toBeUndefined();
    });

    it('accepts a shortened digest', () => {
      expect(parsed('name@sha256:abc')).toMatchObject({ repository: 'library/name', digest: 'sha256:abc' });
      expect(parseImageReference('name@sha256:abc')?.tag).toBeUndefined();
    });

    it.each(['nginx@', 'nginx@sha256', 'nginx@sha256:', '@sha256:abc', 'nginx@sha256:abc@sha256:def'])(
      'rejects the malformed digest %s',
      raw => {
        expect(parseImageReference(raw)).toBeUndefined();
      }
    );
  });

  describe('leniency', () => {
    it('parses an upper-case repository and keeps it as written', () => {
      expect(parsed('Microsoft/WindowsServerCore:LTSC2016')).toEqual({
        registry: 'docker.io',
        registryWritten: false,
        repository: 'Microsoft/WindowsServerCore',
        tag: 'LTSC2016',
        name: 'docker.io/Microsoft/WindowsServerCore'
      });
    });

    it('still reads a capitalised name with a registry or a path, or with a lower-case letter', () => {
      expect(parsed('Ubuntu:22.04')).toMatchObject({ repository: 'library/Ubuntu' });
      expect(parsed('ACME/API:1')).toMatchObject({ repository: 'ACME/API' });
      expect(parsed('REGISTRY.EXAMPLE.COM:5000/APP')).toMatchObject({
        registry: 'REGISTRY.EXAMPLE.COM:5000'
      });
    });

    it('accepts separators allowed by the grammar', () => {
      expect(parsed('my_org/my__app-v2.web:1.0_rc-1')).toMatchObject({
        repository: 'my_org/my__app-v2.web',
        tag: '1.0_rc-1'
      });
    });
  });

  describe('invalid references', () => {
    it.each([
      '',
      ' ',
      'nginx latest',
      ' nginx',
      'nginx\t',
      '${BASE}',
      '$BASE',
      '${REGISTRY}/app:1.0',
      'mcr.microsoft.com/windows/servercore:${TAG}',
      'nginx:',
      ':latest',
      'nginx:bad:tag',
      'nginx:-leading-dash',
      'ngi nx',
      'nginx/',
      '/nginx',
      'a//b',
      'foo:bar/baz',
      'registry.example.com:port/app',
      '-bad/app',
      'app_/x',
      'bad..dots/x',
      'registry.example.com/',
      `nginx:${'t'.repeat(129)}`,
      // Placeholders for an image (kubebuilder's `image: IMAGE_URL`, devcontainers' `FROM REPLACE-ME`).
      'IMAGE_URL',
      'REPLACE-ME',
      'CONTROLLER_IMG:v1'
    ])('rejects %p', raw => {
      expect(parseImageReference(raw)).toBeUndefined();
    });
  });
});
