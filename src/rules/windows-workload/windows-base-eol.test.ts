import rule from './windows-base-eol.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc } from '../../../test/image-document.js';

// A fixed scan date, so the cases do not age: Windows Server 2016 is then 38 days from its end.
const settings = { today: '2026-12-05' };

testRule(rule, {
  valid: [
    {
      name: 'an old Server Core builder stage that the final Nano Server image does not ship',
      code: `# escape=\`
FROM mcr.microsoft.com/dotnet/framework/sdk:4.8-windowsservercore-1909 AS build
WORKDIR C:\\src
COPY . .
RUN msbuild /p:Configuration=Release

FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
COPY --from=build C:\\src\\bin C:\\app
`,
      settings,
      docs: true
    },
    {
      name: 'supported LTSC images, 1809 (the Windows Server 2019 build) and ltsc2025',
      code: `FROM mcr.microsoft.com/powershell:lts-nanoserver-1809 AS tools
FROM mcr.microsoft.com/windows/servercore:ltsc2025
`,
      settings
    },
    {
      name: 'unknown builds: untagged, a tag from an ARG without default, a multi-platform tag',
      code: `ARG OSVERSION
FROM mcr.microsoft.com/windows/nanoserver AS a
FROM mcr.microsoft.com/windows/servercore:\${OSVERSION} AS b
FROM mcr.microsoft.com/dotnet/aspnet:8.0
`,
      settings
    },
    {
      name: 'Linux images whose tags look like Windows releases',
      code: `FROM ubuntu:20.04 AS a
FROM myorg/app:2004
`,
      settings
    },
    {
      name: "a registry's own microsoft/windowsservercore is not Docker Hub's 2016 image",
      code: 'FROM myregistry.example/microsoft/windowsservercore\nUSER ContainerUser\n',
      settings: { today: '2026-06-01' }
    },
    {
      name: 'Windows Server 2016 more than 180 days before its end',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2016\n',
      settings: { today: '2026-06-01' }
    },
    {
      name: 'CSI node DaemonSet on Windows nodes with multi-platform images',
      filename: 'csi-azuredisk-node-windows.yaml',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: csi-azuredisk-node-win
  namespace: kube-system
spec:
  selector:
    matchLabels: {app: csi-azuredisk-node-win}
  template:
    metadata:
      labels: {app: csi-azuredisk-node-win}
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: node-driver-registrar
          image: mcr.microsoft.com/oss/kubernetes-csi/csi-node-driver-registrar:v2.10.1
        - name: azuredisk
          image: mcr.microsoft.com/oss/kubernetes-csi/azuredisk-csi:v1.30.3
`,
      settings
    },
    {
      name: 'built Windows image with a supported os.version',
      image: imageDoc({ platform: { os: 'windows', osVersion: '10.0.20348.2966' } }),
      settings
    },
    {
      name: 'built Linux image',
      image: imageDoc({ platform: { os: 'linux', osVersion: '10.0.14393.1' } }),
      settings
    }
  ],
  invalid: [
    {
      name: '.NET Framework app on a 1909 Server Core base',
      code: `FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-1909
COPY site/ C:/inetpub/wwwroot
USER ContainerUser
`,
      settings,
      errors: [
        {
          messageId: 'ended',
          line: 1,
          severity: 'medium',
          message:
            "Image 'mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-1909' is Windows Server, version 1909 (build 10.0.18363), whose support ended on 2021-05-11: it gets no security updates."
        }
      ],
      docs: true
    },
    {
      name: 'the final stage is built FROM a stage on 20H2 (reported at that FROM)',
      code: `FROM mcr.microsoft.com/windows/servercore:20H2 AS base
RUN mkdir C:\\app
FROM base
USER ContainerUser
`,
      settings,
      errors: [{ messageId: 'ended', line: 1, message: /version 20H2 \(build 10\.0\.19042\).*2022-08-09/ }]
    },
    {
      name: 'Windows Server 2016 within 180 days of its end: low',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2016\n',
      settings,
      errors: [
        {
          messageId: 'ending',
          line: 1,
          severity: 'low',
          message:
            "Image 'mcr.microsoft.com/windows/servercore:ltsc2016' is Windows Server 2016 (build 10.0.14393), whose support ends on 2027-01-12, in 38 days: it then gets no security updates."
        }
      ]
    },
    {
      // Microsoft's Virtualization-Documentation samples: `FROM microsoft/windowsservercore`.
      name: "Docker Hub's retired Server Core and IIS names, untagged or latest, are Windows Server 2016",
      code: 'FROM microsoft/windowsservercore\nRUN echo build\n\nFROM microsoft/iis:latest\nCOPY site C:/inetpub/wwwroot\n',
      settings,
      errors: [
        {
          messageId: 'ending',
          line: 4,
          severity: 'low',
          message: /microsoft\/iis:latest' is Windows Server 2016/
        }
      ]
    },
    {
      name: 'Windows Server 2016 after its end, by build version tag',
      code: 'FROM mcr.microsoft.com/windows/servercore:10.0.14393.6897\n',
      settings: { today: '2027-02-01' },
      errors: [{ messageId: 'ended', line: 1, severity: 'medium', message: /ended on 2027-01-12/ }]
    },
    {
      name: 'the 2016-era Hub Nano Server, untagged, and a 1803 build-version tag',
      code: `FROM microsoft/nanoserver AS a
FROM mcr.microsoft.com/windows/nanoserver:10.0.17134.1305
`,
      settings,
      errors: [{ messageId: 'ended', line: 2, message: /version 1803 .*2019-11-12/ }]
    },
    {
      // iis-docker's windowsservercore-2009: Microsoft's first tag for 20H2.
      name: 'a 2009 tag is 20H2',
      code: 'FROM mcr.microsoft.com/windows/servercore:2009\nRUN powershell -Command Add-WindowsFeature Web-Server\n',
      settings,
      errors: [{ messageId: 'ended', line: 1, message: /version 20H2 \(build 10\.0\.19042\).*2022-08-09/ }]
    },
    {
      name: 'a 2016-era Nano Server by its build number',
      code: 'FROM microsoft/nanoserver:10.0.14393.2068\nUSER ContainerUser\n',
      settings,
      errors: [{ messageId: 'ended', line: 1, message: /Nano Server 2016 \(sac2016\).*2018-10-09/ }]
    },
    {
      name: 'untagged 2016-era Nano Server as the final base',
      code: 'FROM microsoft/nanoserver\nUSER ContainerUser\n',
      settings,
      errors: [{ messageId: 'ended', line: 1, message: /Nano Server 2016 \(sac2016\).*2018-10-09/ }]
    },
    {
      name: 'IIS Deployment on a 2004 image',
      filename: 'iis.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: iis}
spec:
  selector: {matchLabels: {app: iis}}
  template:
    metadata: {labels: {app: iis}}
    spec:
      nodeSelector: {kubernetes.io/os: windows}
      containers:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-2004
`,
      settings,
      errors: [{ messageId: 'ended', line: 12, message: /version 2004 \(build 10\.0\.19041\).*2021-12-14/ }]
    },
    {
      name: 'Sitecore-style Compose stack on 20H2 images; the built service and the 1809 Traefik are not reported',
      filename: 'docker-compose.yml',
      code: `services:
  traefik:
    image: traefik:v2.2.0-windowsservercore-1809
    isolation: hyperv
  mssql:
    image: scr.sitecore.com/sxp/sitecore-xp0-mssql:10.0.0-20H2
    isolation: process
  solr:
    image: scr.sitecore.com/sxp/sitecore-xp0-solr:10.0.0-20H2
  cm:
    image: myproject-xp0-cm:latest
    build:
      context: ./docker/build/cm
`,
      settings,
      errors: [
        {
          messageId: 'ended',
          line: 6,
          message: /sitecore-xp0-mssql:10\.0\.0-20H2' is Windows Server, version 20H2/
        },
        { messageId: 'ended', line: 9 }
      ]
    },
    {
      name: 'Compose: the Windows release a tag default names (`${VAR:-default}`); an unset tag is unknown',
      filename: 'docker-compose.yml',
      code: `services:
  mssql:
    image: scr.sitecore.com/sxp/sitecore-xp0-mssql:\${SITECORE_VERSION:-10.0.0-20H2}
  solr:
    image: scr.sitecore.com/sxp/sitecore-xp0-solr:\${SITECORE_VERSION}
`,
      settings,
      errors: [
        {
          messageId: 'ended',
          line: 3,
          message: /sitecore-xp0-mssql:10\.0\.0-20H2' is Windows Server, version 20H2/
        }
      ]
    },
    {
      // A variable elsewhere in the reference does not hide a literal release; a glued fragment is none.
      name: 'Compose: a literal release beside variables',
      filename: 'docker-compose.yml',
      code: `services:
  sql:
    image: \${REGISTRY}sitecore-sqldev:\${VERSION}-windowsservercore-1803
  cm:
    image: \${REGISTRY}sitecore-xm-cm:\${SITECORE_VERSION}-windowsservercore-\${WINDOWSSERVERCORE_VERSION}
  core:
    image: mcr.microsoft.com/windows/servercore:ltsc\${YEAR}
  iis:
    image: microsoft/iis:\${TAG}
`,
      settings,
      errors: [
        {
          messageId: 'ended',
          line: 3,
          message:
            "Image '${REGISTRY}sitecore-sqldev:${VERSION}-windowsservercore-1803' is Windows Server, version 1803 (build 10.0.17134), whose support ended on 2019-11-12: it gets no security updates."
        }
      ]
    },
    {
      name: 'Kubernetes: a literal release in a tag with a variable',
      filename: 'deploy.yaml',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
    - name: app
      image: myreg/app:\${VERSION}-windowsservercore-1909
    - name: core
      image: mcr.microsoft.com/windows/servercore:\${TAG}
`,
      settings,
      errors: [
        {
          messageId: 'ended',
          line: 8,
          message: /^Image 'myreg\/app:\$\{VERSION\}-windowsservercore-1909' is Windows Server, version 1909/
        }
      ]
    },
    {
      name: 'Dockerfile: a literal release in a final base with a variable',
      code: 'ARG REGISTRY\nARG VERSION\nFROM ${REGISTRY}/dotnet/framework/aspnet:${VERSION}-windowsservercore-2004\n',
      settings,
      errors: [
        {
          messageId: 'ended',
          line: 3,
          message:
            "Image '${REGISTRY}/dotnet/framework/aspnet:${VERSION}-windowsservercore-2004' is Windows Server, version 2004 (build 10.0.19041), whose support ended on 2021-12-14: it gets no security updates."
        }
      ]
    },
    {
      name: 'built image: config os.version of a 1909 image',
      image: imageDoc({ platform: { os: 'windows', osVersion: '10.0.18363.1556' } }),
      settings,
      errors: [
        {
          messageId: 'imageEnded',
          line: 1,
          logical: 'os.version',
          message:
            "The image's OS version '10.0.18363.1556' is Windows Server, version 1909, whose support ended on 2021-05-11: it gets no security updates."
        }
      ]
    },
    {
      name: 'built image: Server Core 2016 build, within 180 days of its end',
      image: imageDoc({ platform: { os: 'windows', osVersion: '10.0.14393.6897' } }),
      settings,
      errors: [{ messageId: 'imageEnding', line: 1, severity: 'low', message: /in 38 days/ }]
    },
    {
      name: 'built image: 14393 with a Nano Server history is the 2016 Nano Server',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.14393.2551' },
        history: ['Apply image microsoft/nanoserver 10.0.14393.2551']
      }),
      settings,
      errors: [{ messageId: 'imageEnded', line: 1, message: /sac2016.*2018-10-09/ }]
    }
  ]
});
