import rule from './image-runs-as-root.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc } from '../../../test/image-document.js';

// Image configs as the registries serve them (trimmed to what the rule reads).
const GOLANG_PATH =
  'PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const GOLANG_HISTORY = [
  "# debian.sh --arch 'amd64' out/ 'bookworm' '@1734912000'",
  'RUN /bin/sh -c set -eux; apt-get update; apt-get install -y --no-install-recommends ca-certificates curl gnupg netbase sq wget; rm -rf /var/lib/apt/lists/* # buildkit',
  'ENV GOLANG_VERSION=1.23.4',
  'COPY /target/ / # buildkit',
  'WORKDIR /go'
];

testRule(rule, {
  valid: [
    {
      name: 'an unknown base whose RUN starts powershell.exe is a Windows image (IIS sample)',
      code: 'FROM iis\nRUN powershell.exe -Command "Import-Module IISAdministration; New-IISSite -Name Site -PhysicalPath C:\\site"\nEXPOSE 443\n'
    },
    {
      name: 'an unknown base whose RUN starts a program by drive-letter path is a Windows image',
      code: 'FROM ruby\nRUN C:\\ruby30-x64\\bin\\gem install rails\nCMD ["rails", "server"]\n'
    },
    // jenkinsci/docker's test images, built on a Windows image of the repo that sets a PowerShell SHELL.
    {
      name: 'an unknown base is a Windows image by a cmdlet on a Windows path',
      code: 'FROM bats-jenkins\nRUN Remove-Item -Force C:/ProgramData/Jenkins/Reference\n'
    },
    {
      name: 'an unknown base is a Windows image by the call operator on a Windows path',
      code: 'FROM bats-jenkins\nRUN & C:/ProgramData/Jenkins/jenkins-plugin-cli.ps1 --plugins junit:1.28\n'
    },
    {
      name: 'an unknown base is a Windows image by mkdir of a Windows path',
      code: 'FROM bats-jenkins\nRUN mkdir C:/ProgramData/Jenkins/x ; echo $null >> C:/ProgramData/Jenkins/x/t\n'
    },
    {
      name: 'an unknown base is a Windows image by a COPY to a Windows path',
      code: 'FROM bats-jenkins\nCOPY plugins.txt C:/ProgramData/Jenkins/Reference/plugins.txt\n'
    },
    {
      name: 'an unknown base is a Windows image by an ENV Windows path with forward slashes',
      code: 'FROM bats-jenkins\nENV JENKINS_WAR=C:/ProgramData/x.war\n'
    },
    {
      name: 'an unknown base is a Windows image by a domain-prefixed Windows account in USER',
      code: 'FROM mycorp/winbase:1.0\nUSER "User Manager\\ContainerUser"\n'
    },
    {
      name: 'an unresolved Windows tag is not a Linux image',
      code: 'ARG OSVERSION\nFROM mcr.microsoft.com/windows/nanoserver:${OSVERSION}\nUSER ContainerAdministrator\n'
    },
    {
      name: 'non-root USER at the end',
      code: 'FROM node:20-bookworm\nRUN npm ci\nUSER node\nCMD ["node", "server.js"]\n',
      docs: true
    },
    {
      name: 'numeric non-root uid',
      code: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001:10001\n'
    },
    {
      name: 'root for setup, then a user',
      code: 'FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n'
    },
    {
      name: 'builder stage runs as root, final stage does not',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]\n',
      docs: true
    },
    { name: 'distroless debug-nonroot', code: 'FROM gcr.io/distroless/base-debian12:debug-nonroot\n' },
    {
      name: 'nginx-unprivileged runs as 101',
      code: 'FROM nginxinc/nginx-unprivileged:1.27-alpine\nCOPY site /usr/share/nginx/html\n'
    },
    { name: 'bitnami images run as 1001', code: 'FROM bitnami/postgresql:16\n' },
    {
      name: 'SQL Server 2019+ runs as mssql',
      code: 'FROM mcr.microsoft.com/mssql/server:2022-latest\nCOPY setup.sql /setup/\n'
    },
    { name: 'user from an ARG default', code: 'FROM alpine:3.20\nARG APP_UID=10001\nUSER ${APP_UID}\n' },
    {
      name: 'user from an ARG without default is unknown',
      code: 'FROM alpine:3.20\nARG APP_USER\nUSER $APP_USER\n'
    },
    { name: 'base from an unresolvable ARG', code: 'ARG BASE\nFROM ${BASE}\n' },
    {
      // The rest of a name glued to a registry variable is no name of its own: not assumed a Linux image.
      name: 'a name glued to a registry variable, with a variable tag',
      code: 'ARG REGISTRY\nARG TAG\nFROM ${REGISTRY}myapp:${TAG}\nCOPY app /app\n'
    },
    {
      name: 'an unresolved tag of distroless may be nonroot',
      code: 'ARG VARIANT\nFROM gcr.io/distroless/static-debian12:${VARIANT}\nCOPY app /app\n'
    },
    {
      name: 'a distroless tag whose known part says nonroot',
      code: 'ARG ARCH\nFROM gcr.io/distroless/static:nonroot-${ARCH}\nCOPY manager /manager\n'
    },
    {
      name: '.NET chiseled images run as app (1654), tag from an ARG default or partly unresolved',
      code: 'ARG TAG=10.0-noble-chiseled\nFROM mcr.microsoft.com/dotnet/aspnet:${TAG}\nCOPY app /app\n'
    },
    {
      name: 'a .NET distroless tag whose known part says distroless',
      code: 'ARG VERSION\nFROM mcr.microsoft.com/dotnet/runtime-deps:${VERSION}-azurelinux3.0-distroless\nCOPY app /app\n'
    },
    {
      name: 'an unresolved tag of a .NET image may be chiseled',
      code: 'ARG TAG\nFROM mcr.microsoft.com/dotnet/aspnet:${TAG}\nCOPY app /app\n'
    },
    {
      name: 'an unresolved tag of SQL Server may be 2019+ (mssql)',
      code: 'ARG MSSQL_VERSION\nFROM mcr.microsoft.com/mssql/server:${MSSQL_VERSION}\nCOPY setup.sql /setup/\n'
    },
    {
      name: 'an unresolved base with a non-root uid',
      code: 'ARG BASE\nFROM ${BASE}\nUSER 65532:65532\n'
    },
    {
      // devcontainers/images' build assets: the base is filled in by the build script.
      name: 'a placeholder base image in capitals',
      code: 'FROM REPLACE-ME\nRUN apt-get update\n'
    },
    {
      name: 'an unresolved base with a named user could be either OS',
      code: 'ARG BASE\nFROM ${BASE}\nUSER app\n'
    },
    {
      name: 'USER inherited from the stage it is built on',
      code: 'FROM ubuntu:24.04 AS base\nUSER ubuntu\n\nFROM base\nCOPY . /app\n'
    },
    {
      name: 'a stage picked by TARGETARCH whose every variant sets a non-root user',
      code: 'FROM debian:12 AS base-amd64\nUSER 1000\n\nFROM debian:12 AS base-arm64\nUSER 1000\n\nFROM base-${TARGETARCH}\nCOPY app /app\n'
    },
    {
      name: 'a stage picked by TARGETARCH is unknown when its variants run as different users',
      code: 'FROM debian:12 AS base-amd64\nUSER app\n\nFROM debian:12 AS base-arm64\nRUN echo no user\n\nFROM base-$TARGETARCH\nCOPY app /app\n'
    },
    {
      name: 'a stage picked by TARGETOS is unknown when its variants differ in OS',
      code: 'FROM ubuntu:24.04 AS base-linux\n\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS base-windows\n\nFROM base-${TARGETOS}\nCOPY app /app\n'
    },
    {
      name: 'a variable that is no platform ARG does not pick stages by name',
      code: 'ARG FLAVOR\nFROM ubuntu:24.04 AS runtime-slim\n\nFROM runtime-${FLAVOR}\nCOPY app /app\n'
    },
    {
      name: 'a platform ARG in an image name is no stage, even with a stage of that short name',
      code: 'FROM ubuntu:24.04 AS runtime-amd64\n\nFROM mycorp/runtime-${TARGETARCH}\nCOPY app /app\n'
    },
    {
      name: 'Windows image is BH102 territory',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo hi\n'
    },
    {
      name: 'Nano Server without USER',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:/app/\n'
    },
    {
      name: 'an older Insider name of Server Core is Windows (StefanScherer/dockerfiles-windows)',
      code: 'FROM mcr.microsoft.com/windowsservercore-insider:10.0.17744.1001\nRUN dir\n'
    },
    {
      name: 'unknown base that shows Windows evidence',
      code: '# escape=`\nFROM mycorp/windows-base:1.0\nSHELL ["powershell", "-Command"]\nRUN Write-Host hi\n'
    },
    {
      name: 'HostProcess base image (sig-windows-tools) is Windows',
      code: 'ARG REGISTRY=mcr.microsoft.com/oss/kubernetes\nFROM ${REGISTRY}/windows-host-process-containers-base-image:v1.0.0\nCOPY csi-proxy.exe /csi-proxy.exe\n'
    },
    {
      name: 'unknown base with Windows paths and an .exe entrypoint',
      code: 'FROM mycorp/base:1.0\nENV PATH="C:\\Windows\\system32;C:\\Windows"\nENTRYPOINT ["app.exe"]\n'
    },
    {
      // docker-on-windows' ch04-hello: a retag of a Nano Server image in a private registry.
      name: 'unknown base whose CMD or ENTRYPOINT starts cmd or Windows PowerShell',
      code: 'FROM registry.local:5000/infrastructure/registry:v2.6.2\nCMD ["cmd /s /c", "echo", "Hello"]\n'
    },
    {
      name: 'unknown base whose ENTRYPOINT starts powershell (exec form)',
      code: 'FROM mycorp/win-base:1.0\nENTRYPOINT ["powershell", "-File", "start.ps1"]\n'
    },
    {
      name: 'unknown base whose CMD starts powershell (shell form)',
      code: 'FROM mycorp/win-base:1.0\nCMD powershell ./Initialize-Database.ps1 -Verbose\n'
    },
    { name: 'user named like root but not root', code: 'FROM alpine\nUSER rootless\n' },
    {
      name: 'suppressed with a reason',
      code: 'FROM alpine:3.20\n# bulkhead-ignore BH101 -- entrypoint drops to app with su-exec\nUSER root\n'
    },
    {
      name: 'image: nginx-unprivileged runs as 101',
      image: imageDoc({
        names: ['docker.io/nginxinc/nginx-unprivileged:1.27-alpine'],
        config: {
          user: '101',
          env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NGINX_VERSION=1.27.3']
        },
        history: ['ARG UID=101', 'USER 101']
      }),
      docs: true
    },
    {
      name: 'image: distroless nonroot runs as 65532',
      image: imageDoc({
        names: ['gcr.io/distroless/static-debian12:nonroot'],
        config: { user: '65532', env: [] }
      })
    },
    { name: 'image: uid and gid', image: imageDoc({ config: { user: '1000:1000' } }) },
    { name: 'image: a user name', image: imageDoc({ config: { user: 'app' } }) },
    { name: 'image: a name that only starts like root', image: imageDoc({ config: { user: 'rootless' } }) },
    {
      name: 'image: Windows images are BH102 territory',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.20348.2966' },
        config: { user: '' },
        history: ['Apply image 10.0.20348.2966']
      })
    }
  ],
  invalid: [
    {
      name: 'fix: distroless base without the nonroot tag switches to its nonroot uid',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app ./cmd/app\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n',
      errors: [{ messageId: 'byDefault', line: 4 }],
      output:
        'FROM golang:1.23 AS build\nRUN go build -o /out/app ./cmd/app\n\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\nUSER 65532\n'
    },
    {
      name: 'fix: CRLF Dockerfile on node:20-alpine keeps its line ends',
      code: 'FROM node:20-alpine\r\nWORKDIR /srv\r\nCOPY . .\r\nUSER root\r\n',
      errors: [{ messageId: 'explicit', line: 4 }],
      output:
        'FROM node:20-alpine\r\nWORKDIR /srv\r\nCOPY . .\r\nRUN adduser -D -H -u 10001 app\r\nUSER 10001\r\n'
    },
    {
      name: 'no fix: a base whose user tools are unknown',
      code: 'FROM mycorp/runtime:3\nCOPY app /app\nUSER root\n',
      errors: [{ messageId: 'explicit', line: 3 }],
      output: null
    },
    {
      // dockcross's `windows-*` images are Debian with MinGW: a Linux base that runs as root.
      name: 'a Linux cross-compiler base named for Windows (dockcross/windows-static-x64)',
      code: 'FROM dockcross/windows-static-x64:20240104-6eda627\nRUN apt-get update && apt-get install -y nasm\n',
      errors: [{ messageId: 'byDefault', line: 1, message: /dockcross/ }]
    },
    {
      name: 'pwsh runs on Linux images too, and a CMD .exe in shell form is a Linux shell command',
      code: 'FROM mycorp/base:1.0\nCMD ["pwsh", "-File", "start.ps1"]\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      name: "sed with ':' as its delimiter is no Windows path",
      code: "FROM mycorp/runtime:3\nRUN sed -i 's:/usr/local:/opt:g' /etc/profile\n",
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      // BuildKit removes the quotes (jenkinsci/docker's official images: `FROM debian:"${DEBIAN_RELEASE}"`).
      name: 'a quoted image or tag in FROM is the image',
      code: 'ARG DEBIAN_RELEASE=bookworm-20250317\nFROM debian:"${DEBIAN_RELEASE}"-slim\nRUN apt-get update\n',
      errors: [{ messageId: 'byDefault', line: 2 }]
    },
    {
      name: 'PowerShell 7 (pwsh) runs on Linux images too: not Windows evidence',
      code: 'FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\nRUN pwsh -Command "Install-Module Az -Force"\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      // Antrea's agent images: `FROM antrea/base-ubuntu-${TARGETARCH}:${BUILD_TAG}` then `USER root`.
      name: 'explicit USER root on a wholly unresolved base',
      code: 'ARG BUILD_TAG\nFROM antrea/base-ubuntu-${TARGETARCH}:${BUILD_TAG}\nUSER root\nCOPY bin/ /usr/local/bin/\n',
      errors: [{ messageId: 'explicit', line: 3 }]
    },
    {
      name: 'USER 0:0 on a base from an ARG without default',
      code: 'ARG BASE\nFROM ${BASE}\nUSER 0:0\n',
      errors: [{ messageId: 'explicit', line: 3 }]
    },
    {
      name: 'a known repository whose partly known tag is no valid tag on its own',
      code: 'ARG MINOR\nFROM golang:1.${MINOR}+patched\nRUN go build ./...\n',
      errors: [{ messageId: 'byDefault', line: 2 }]
    },
    {
      // dotnet-docker's samples: only the chiseled and distroless flavors switch to app.
      name: 'a .NET image of a full distribution runs as root by default',
      code: 'FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble\nCOPY app /app\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      // Cluster API's CAPD image: "CAPD can't use non-root because docker requires access to the docker socket".
      name: 'a distroless tag whose known part says latest, not nonroot',
      code: 'ARG ARCH\nFROM gcr.io/distroless/static:latest-${ARCH}\nCOPY manager /manager\n',
      errors: [{ messageId: 'byDefault', line: 2 }]
    },
    {
      // Antrea's codegen image: the repository is known whatever GO_VERSION is.
      name: 'a known repository behind an unresolved tag runs as root by default',
      code: 'ARG GO_VERSION\nFROM golang:${GO_VERSION}\nRUN go install k8s.io/code-generator/cmd/...@latest\n',
      errors: [
        {
          messageId: 'byDefault',
          line: 2,
          message:
            "The final image runs as 'root' by default (Docker runs 'golang:${GO_VERSION}' as root unless the image sets a user); no USER is set."
        }
      ]
    },
    {
      // devcontainers/templates: the message names the image as written, not its literal part (`java:3`).
      name: 'an unresolved tag suffix is named as written',
      code: 'ARG VARIANT\nFROM mcr.microsoft.com/devcontainers/java:3-${VARIANT}\nRUN java -version\n',
      errors: [
        {
          messageId: 'byDefault',
          line: 2,
          message:
            "The final image runs as 'root' by default (Docker runs 'mcr.microsoft.com/devcontainers/java:3-${VARIANT}' as root unless the image sets a user); no USER is set."
        }
      ]
    },
    {
      name: 'explicit USER root',
      code: 'FROM ubuntu:24.04\nRUN apt-get update\nUSER root\nCMD ["bash"]\n',
      errors: [
        { messageId: 'explicit', line: 3, message: "The final image runs as 'root', set by USER on line 3." }
      ],
      output:
        'FROM ubuntu:24.04\nRUN apt-get update\nUSER root\nCMD ["bash"]\nRUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app\nUSER 10001\n',
      docs: true
    },
    {
      name: 'no USER on a Linux base',
      code: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\n',
      errors: [{ messageId: 'byDefault', line: 1, column: 6 }],
      output:
        'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]\nRUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app\nUSER 10001\n',
      docs: true
    },
    {
      name: 'uid 0 with group',
      code: 'FROM alpine\nUSER 0:0\n',
      errors: [{ messageId: 'explicit', line: 2 }],
      output: 'FROM alpine\nRUN adduser -D -H -u 10001 app\nUSER 10001\n'
    },
    {
      name: 'root:root',
      code: 'FROM alpine\nUSER root:root\n',
      errors: [{ messageId: 'explicit', line: 2 }]
    },
    { name: 'zero-padded uid', code: 'FROM alpine\nUSER 00\n', errors: [{ messageId: 'explicit', line: 2 }] },
    {
      name: 'back to root after a user',
      code: 'FROM debian:12\nUSER app\nRUN make\nUSER root\n',
      errors: [{ messageId: 'explicit', line: 4 }]
    },
    {
      // swift-docker's buildx images: `FROM base AS base-amd64`, `FROM base AS base-arm64`, then
      // `FROM base-$TARGETARCH AS final`; whichever platform, the image is ubuntu's root.
      name: 'a stage picked by TARGETARCH whose variants all run as root',
      code: 'FROM ubuntu:22.04 AS base\nRUN apt-get update\n\nFROM base AS base-amd64\nARG OS_ARCH_SUFFIX=\n\nFROM base AS base-arm64\nARG OS_ARCH_SUFFIX=-aarch64\n\nFROM base-$TARGETARCH AS final\nRUN echo final\n',
      errors: [
        {
          messageId: 'byDefault',
          line: 10,
          message:
            "The final image runs as 'root' by default (Docker runs 'ubuntu:22.04' as root unless the image sets a user); no USER is set."
        }
      ]
    },
    {
      name: 'a stage picked by ${TARGETOS}-${TARGETARCH} that sets USER root',
      code: 'FROM alpine:3.20 AS common\nUSER root\n\nFROM common AS rt-linux-amd64\n\nFROM common AS rt-linux-arm64\n\nFROM rt-${TARGETOS}-${TARGETARCH}\nCOPY app /app\n',
      errors: [{ messageId: 'inherited', line: 2 }]
    },
    {
      name: 'a stage picked by three platform ARGs, with a platform word left empty (linux/amd64 has no variant)',
      code: 'FROM alpine:3.20 AS common\nUSER root\n\nFROM common AS rt-linux-amd64-\n\nFROM common AS rt-linux-arm-v7\n\nFROM rt-${TARGETOS}-${TARGETARCH}-${TARGETVARIANT}\nCOPY app /app\n',
      errors: [{ messageId: 'inherited', line: 2 }]
    },
    {
      name: 'final stage inherits root from an earlier stage',
      code: 'FROM ubuntu:24.04 AS base\nUSER root\n\nFROM base\nCOPY . /app\n',
      errors: [{ messageId: 'inherited', line: 2 }]
    },
    {
      name: 'builder stage is fine, final stage defaults to root',
      code: 'FROM golang:1.23 AS build\nUSER nobody\nRUN go build -o /app .\n\nFROM debian:12-slim\nCOPY --from=build /app /app\n',
      errors: [{ messageId: 'byDefault', line: 5 }]
    },
    {
      name: 'SQL Server 2017 ran as root',
      code: 'FROM mcr.microsoft.com/mssql/server:2017-latest\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      name: 'scratch runs as root',
      code: 'FROM scratch\nCOPY app /app\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      name: 'ARG default resolves to root',
      code: 'ARG BASE=alpine:3.20\nFROM ${BASE}\nARG RUN_AS=root\nUSER ${RUN_AS}\n',
      errors: [
        { messageId: 'explicit', line: 4, message: "The final image runs as 'root', set by USER on line 4." }
      ]
    },
    {
      name: 'Linux platform wins over a Windows-looking ARG',
      code: 'FROM --platform=linux/amd64 node:20\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      name: 'CRLF line endings',
      code: 'FROM alpine:3.20\r\nRUN echo hi\r\nUSER root\r\n',
      errors: [{ messageId: 'explicit', line: 3 }]
    },
    {
      name: 'ignore for another rule does not suppress',
      code: 'FROM alpine:3.20\n# bulkhead-ignore BH403 -- pinned elsewhere\nUSER root\n',
      errors: [{ messageId: 'explicit', line: 3 }]
    },
    {
      name: 'image: golang:1.23 sets no user',
      image: imageDoc({
        names: ['docker.io/library/golang:1.23'],
        config: { env: [GOLANG_PATH, 'GOLANG_VERSION=1.23.4'] },
        history: GOLANG_HISTORY
      }),
      errors: [
        {
          messageId: 'imageNoUser',
          line: 1,
          logical: 'config.User',
          message: 'The image has no user set (runs as root by default).'
        }
      ],
      docs: true
    },
    {
      name: 'image: empty User',
      image: imageDoc({ config: { user: '' } }),
      errors: [{ messageId: 'imageNoUser', line: 1, logical: 'config.User' }]
    },
    {
      name: 'image: User root',
      image: imageDoc({ config: { user: 'root' } }),
      errors: [
        { messageId: 'imageUser', line: 1, message: "The image runs as 'root', set by its config User." }
      ]
    },
    {
      name: 'image: uid 0 with a group',
      image: imageDoc({ config: { user: '0:0' } }),
      errors: [
        { messageId: 'imageUser', line: 1, message: "The image runs as '0:0', set by its config User." }
      ]
    },
    {
      name: 'image: root with another group',
      image: imageDoc({ config: { user: 'root:www-data' } }),
      errors: [{ messageId: 'imageUser', line: 1 }]
    },
    {
      name: 'image: zero spelled 00',
      image: imageDoc({ config: { user: '00' } }),
      errors: [{ messageId: 'imageUser', line: 1 }]
    },
    {
      name: 'image: built by a Dockerfile of the repository',
      image: imageDoc({ source: 'dist/api.tar', names: ['ghcr.io/acme/api:1.4.0'], config: { user: '' } }),
      files: {
        'compose.yaml': 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:1.4.0\n',
        Dockerfile: 'FROM python:3.12-slim\nCOPY . /app\n'
      },
      // Placed on the FROM line (no USER), with the image kept as the related location.
      errors: [{ messageId: 'imageNoUser', line: 1, logical: 'config.User', related: ['dist/api.tar:1'] }]
    },
    {
      name: 'image: USER root in the Dockerfile that builds it',
      image: imageDoc({
        source: 'dist/api.tar',
        names: ['ghcr.io/acme/api:1.4.0'],
        config: { user: 'root' }
      }),
      files: {
        'compose.yaml': 'services:\n  api:\n    build: .\n    image: ghcr.io/acme/api:1.4.0\n',
        Dockerfile:
          'FROM python:3.12-slim\nUSER app\nRUN pip install -r requirements.txt\nUSER root\nCMD ["gunicorn", "app:app"]\n'
      },
      errors: [{ messageId: 'imageUser', line: 4, logical: 'config.User', related: ['dist/api.tar:1'] }]
    }
  ]
});
