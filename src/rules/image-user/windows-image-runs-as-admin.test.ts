import rule from './windows-image-runs-as-admin.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc } from '../../../test/image-document.js';

// Windows image configs as mcr.microsoft.com serves them (trimmed to what the rule reads).
const LTSC2022 = { os: 'windows', osVersion: '10.0.20348.2966' };
const NANO_SERVER_HISTORY = ['Apply image 10.0.20348.2966'];
const SERVER_CORE_HISTORY = ['Apply image 10.0.20348.2966', 'Install update 10.0.20348.2966'];

testRule(rule, {
  valid: [
    {
      name: 'Nano Server without USER runs as ContainerUser',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:/app/app.exe\nCMD ["C:\\\\app\\\\app.exe"]\n',
      docs: true
    },
    {
      name: 'admin for setup, then ContainerUser',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\nRUN setx /M PATH "%PATH%;C:\\app"\nUSER ContainerUser\n',
      docs: true
    },
    {
      name: 'Server Core ending in ContainerUser',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2019\nUSER ContainerUser\n'
    },
    {
      name: '.NET Nano Server image (derived, no USER)',
      code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nWORKDIR /app\nCOPY out/ .\nENTRYPOINT ["dotnet", "app.dll"]\n'
    },
    {
      name: 'golang nanoserver variant: admin then ContainerUser (docker-library pattern)',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nSHELL ["cmd", "/S", "/C"]\nUSER ContainerAdministrator\nRUN setx /m PATH "C:\\go\\bin;%PATH%"\nUSER ContainerUser\nCOPY --from=build ["C:\\\\Program Files\\\\Go","C:\\\\Program Files\\\\Go"]\n'
    },
    {
      name: 'Server Core builder, Nano Server final',
      code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0-windowsservercore-ltsc2022 AS build\nRUN dotnet publish -o C:/out\n\nFROM mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022\nCOPY --from=build C:/out C:/app\n'
    },
    { name: 'Linux images are BH101 territory', code: 'FROM ubuntu:24.04\nUSER root\n' },
    {
      name: 'Nano Server with an unresolved tag and no USER runs as ContainerUser',
      code: 'ARG OSVERSION\nFROM mcr.microsoft.com/windows/nanoserver:${OSVERSION}\nCOPY plugin.exe /plugin.exe\n'
    },
    {
      // Docker Hub's microsoft/nanoserver is the 2016-era image untagged, but also had 1709 and 1803 tags.
      name: 'the Docker Hub Nano Server with an unresolved tag is of unknown era, not the 2016 one',
      code: 'ARG TAG\nFROM microsoft/nanoserver:${TAG}\nRUN echo hi\n'
    },
    {
      // Sitecore/docker-images' Solr images: a registry variable glued to the name, Nano Server by tag.
      name: 'Nano Server by tag behind a registry variable glued to the name',
      code: 'ARG REGISTRY\nARG VERSION\nFROM ${REGISTRY}sitecore-xm-solr:${VERSION}-nanoserver-1809\nRUN echo hi\n'
    },
    {
      name: 'a name glued to a registry variable, with a variable tag, is unknown',
      code: 'ARG REGISTRY\nARG TAG\nFROM ${REGISTRY}myapp:${TAG}\nRUN echo hi\n'
    },
    {
      name: 'a wholly unresolved base with no Windows evidence is unknown, not admin',
      code: 'ARG BASE\nFROM ${BASE}\nRUN echo hi\n'
    },
    {
      name: 'Windows base not in the table: unknown default',
      code: 'FROM mycorp/app:1.0-ltsc2022\nRUN echo hi\n'
    },
    {
      name: 'LOCAL SERVICE is not an admin',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER "NT AUTHORITY\\LOCAL SERVICE"\n'
    },
    {
      name: 'LOCAL SERVICE with an escaped backslash is not an admin either',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER "NT AUTHORITY\\\\LOCAL SERVICE"\n'
    },
    {
      name: 'USER from an ARG without a default',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nARG RUN_AS\nUSER ${RUN_AS}\n'
    },
    {
      name: 'image: Nano Server runs as ContainerUser',
      image: imageDoc({
        names: ['mcr.microsoft.com/windows/nanoserver:ltsc2022'],
        platform: LTSC2022,
        config: { user: 'ContainerUser' },
        history: NANO_SERVER_HISTORY
      }),
      docs: true
    },
    {
      name: 'image: built FROM Nano Server, User left empty',
      image: imageDoc({
        platform: LTSC2022,
        config: { user: '' },
        history: [
          ...NANO_SERVER_HISTORY,
          'LABEL org.opencontainers.image.base.name=mcr.microsoft.com/windows/nanoserver:ltsc2022',
          'COPY app.exe C:/app/ # buildkit'
        ]
      })
    },
    {
      name: 'image: Server Core switched to ContainerUser',
      image: imageDoc({ platform: LTSC2022, config: { user: 'ContainerUser' }, history: SERVER_CORE_HISTORY })
    },
    {
      name: 'image: a low-privileged service account',
      image: imageDoc({ platform: LTSC2022, config: { user: 'NT AUTHORITY\\NETWORK SERVICE' } })
    },
    {
      name: 'image: Linux images are BH101 territory',
      image: imageDoc({ names: ['docker.io/library/golang:1.23'] })
    }
  ],
  invalid: [
    {
      name: 'an unknown base made Windows by a domain-prefixed ContainerAdministrator in USER',
      code: 'FROM mycorp/winbase:1.0\nUSER "User Manager\\ContainerAdministrator"\n',
      errors: [{ messageId: 'explicit', line: 2 }]
    },
    {
      name: 'fix: a trailing USER ContainerAdministrator becomes ContainerUser',
      code: '# escape=`\nFROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022\nCOPY site/ C:/inetpub/wwwroot\nUSER ContainerAdministrator\n',
      errors: [{ messageId: 'explicit', line: 4 }],
      output:
        '# escape=`\nFROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022\nCOPY site/ C:/inetpub/wwwroot\nUSER ContainerUser\n',
      docs: true
    },
    {
      name: 'Nano Server with an unresolved OSVERSION tag, ending as ContainerAdministrator (CSI driver pattern)',
      code: 'ARG OSVERSION\nFROM --platform=$BUILDPLATFORM golang:1.22 AS builder\nRUN make windows\n\nFROM mcr.microsoft.com/windows/nanoserver:${OSVERSION}\nCOPY --from=builder /out/plugin.exe /plugin.exe\nUSER ContainerAdministrator\nENTRYPOINT ["/plugin.exe"]\n',
      errors: [{ messageId: 'explicit', line: 7 }],
      output:
        'ARG OSVERSION\nFROM --platform=$BUILDPLATFORM golang:1.22 AS builder\nRUN make windows\n\nFROM mcr.microsoft.com/windows/nanoserver:${OSVERSION}\nCOPY --from=builder /out/plugin.exe /plugin.exe\nUSER ContainerAdministrator\nENTRYPOINT ["/plugin.exe"]\nUSER ContainerUser\n'
    },
    {
      name: 'base from registry and image variables, ending as ContainerAdministrator',
      code: 'ARG REGISTRY\nARG BASE_IMAGE\nFROM ${REGISTRY}/${BASE_IMAGE}\nCOPY smbplugin.exe /smbplugin.exe\nUSER ContainerAdministrator\nENTRYPOINT ["/smbplugin.exe"]\n',
      errors: [{ messageId: 'explicit', line: 5 }]
    },
    {
      name: 'an older Insider name of Server Core, no USER (StefanScherer/dockerfiles-windows)',
      code: 'FROM mcr.microsoft.com/windows/servercore-insider\nRUN dir\n',
      errors: [{ messageId: 'byDefault', line: 1 }],
      output: 'FROM mcr.microsoft.com/windows/servercore-insider\nRUN dir\nUSER ContainerUser\n'
    },
    {
      name: "Server Core whose tag ARG has an empty default, which the build sets (Azure Monitor's Docker-Provider)",
      code: 'ARG WINDOWS_VERSION=\nFROM mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}\nRUN dir\n',
      errors: [{ messageId: 'byDefault', line: 2 }],
      output:
        'ARG WINDOWS_VERSION=\nFROM mcr.microsoft.com/windows/servercore:${WINDOWS_VERSION}\nRUN dir\nUSER ContainerUser\n'
    },
    {
      name: 'Server Core with an unresolved tag and no USER',
      code: 'ARG TAG\nFROM mcr.microsoft.com/windows/servercore:${TAG}\nRUN powershell -Command Install-WindowsFeature Web-Server\n',
      errors: [{ messageId: 'byDefault', line: 2 }]
    },
    {
      // A registry prefix that ends in `/` (`${REGISTRY}` = `myacr.azurecr.io/`), glued to the name.
      name: 'Server Core by tag behind a registry variable glued to the name',
      code: 'ARG REGISTRY\nFROM ${REGISTRY}app:1.0-windowsservercore-ltsc2019\nRUN echo hi\n',
      errors: [
        {
          messageId: 'byDefault',
          line: 2,
          message:
            "The final Windows image runs as 'ContainerAdministrator' by default (Server Core images run as ContainerAdministrator); no USER is set."
        }
      ],
      output:
        'ARG REGISTRY\nFROM ${REGISTRY}app:1.0-windowsservercore-ltsc2019\nRUN echo hi\nUSER ContainerUser\n'
    },
    {
      name: 'Server Core from a mirror whose host is a variable',
      code: 'ARG MIRROR\nFROM ${MIRROR}/windows/servercore:ltsc2022\nRUN echo hi\n',
      errors: [{ messageId: 'byDefault', line: 2 }],
      output: 'ARG MIRROR\nFROM ${MIRROR}/windows/servercore:ltsc2022\nRUN echo hi\nUSER ContainerUser\n'
    },
    {
      name: 'Server Core without USER',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command Install-WindowsFeature Web-Server\n',
      errors: [{ messageId: 'byDefault', line: 1, column: 6 }],
      docs: true
    },
    {
      name: 'explicit ContainerAdministrator',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerAdministrator\nCOPY tool.exe C:/tool.exe\n',
      errors: [
        {
          messageId: 'explicit',
          line: 2,
          message:
            "The final Windows image runs as 'ContainerAdministrator', an administrator account, set by USER on line 2."
        }
      ],
      docs: true
    },
    {
      name: 'lower-case name',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER containeradministrator\n',
      errors: [{ messageId: 'explicit', line: 2 }]
    },
    {
      name: 'NT AUTHORITY\\SYSTEM in quotes',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER "NT AUTHORITY\\SYSTEM"\n',
      errors: [
        { messageId: 'explicit', line: 2, message: /runs as 'NT AUTHORITY\\SYSTEM', an administrator/ }
      ]
    },
    {
      // In double quotes the escape character escapes itself: BuildKit reads one backslash.
      name: 'an escaped backslash in quotes is shown as Docker reads it',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER "NT Authority\\\\System"\n',
      errors: [
        {
          messageId: 'explicit',
          line: 2,
          message:
            "The final Windows image runs as 'NT Authority\\System', an administrator account, set by USER on line 2."
        }
      ]
    },
    {
      name: 'with the backtick escape a doubled backslash stays two',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER "NT Authority\\\\System"\n',
      errors: [
        { messageId: 'explicit', line: 3, message: /runs as 'NT Authority\\\\System', an administrator/ }
      ]
    },
    {
      name: 'single quotes keep the text as written',
      code: "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER 'NT Authority\\\\System'\n",
      errors: [
        { messageId: 'explicit', line: 2, message: /runs as 'NT Authority\\\\System', an administrator/ }
      ]
    },
    {
      name: 'ContainerUser then back to admin',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\nRUN app.exe /setup\nUSER ContainerAdministrator\n',
      errors: [{ messageId: 'explicit', line: 4 }]
    },
    {
      name: 'IIS on Server Core (microsoft/iis-docker)',
      code: 'FROM mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\nCOPY site/ C:/inetpub/wwwroot\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      name: '.NET Framework image',
      code: 'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2022\nCOPY bin/ C:/inetpub/wwwroot/bin\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      name: '2016-era Nano Server ran as an administrator',
      code: 'FROM microsoft/nanoserver:sac2016\nCOPY app.exe C:/app.exe\n',
      errors: [{ messageId: 'byDefault', line: 1 }]
    },
    {
      name: 'final stage inherits ContainerAdministrator',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS base\nUSER ContainerAdministrator\n\nFROM base\nCOPY app.exe C:/app.exe\n',
      errors: [{ messageId: 'inherited', line: 2 }]
    },
    {
      name: 'Windows by --platform with an unknown base and explicit admin',
      code: 'FROM --platform=windows/amd64 mycorp/base:1.0\nUSER Administrator\n',
      errors: [{ messageId: 'explicit', line: 2 }]
    },
    {
      name: 'domain-prefixed admin with backtick escape',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER "User Manager\\ContainerAdministrator"\n',
      errors: [{ messageId: 'explicit', line: 3 }]
    },
    {
      name: 'image: Server Core with an empty User',
      image: imageDoc({
        names: ['mcr.microsoft.com/windows/servercore:ltsc2022'],
        platform: LTSC2022,
        config: { user: '' },
        history: SERVER_CORE_HISTORY
      }),
      errors: [
        {
          messageId: 'imageDefault',
          line: 1,
          logical: 'config.User',
          message:
            "The Windows image has no user set, so it runs as 'ContainerAdministrator' (an empty User means ContainerAdministrator outside the Nano Server lineage)."
        }
      ],
      docs: true
    },
    {
      name: 'image: USER ContainerAdministrator',
      image: imageDoc({
        platform: LTSC2022,
        config: { user: 'ContainerAdministrator' },
        history: [
          ...NANO_SERVER_HISTORY,
          'USER ContainerAdministrator',
          'RUN cmd /S /C mkdir C:\\app # buildkit'
        ]
      }),
      errors: [
        {
          messageId: 'imageUser',
          line: 1,
          logical: 'config.User',
          message:
            "The Windows image runs as 'ContainerAdministrator', an administrator account, set by its config User."
        }
      ],
      docs: true
    },
    {
      name: 'image: admin names are case-insensitive and may carry a domain',
      image: imageDoc({ platform: LTSC2022, config: { user: 'User Manager\\containeradministrator' } }),
      errors: [{ messageId: 'imageUser', line: 1 }]
    },
    {
      name: 'image: SYSTEM',
      image: imageDoc({ platform: LTSC2022, config: { user: 'NT AUTHORITY\\SYSTEM' } }),
      errors: [{ messageId: 'imageUser', line: 1 }]
    },
    {
      name: 'image: Nano Server 2016 ran as ContainerAdministrator',
      image: imageDoc({
        names: ['microsoft/nanoserver:sac2016'],
        platform: { os: 'windows', osVersion: '10.0.14393.2068' },
        history: ['Apply image 10.0.14393.0', 'Install update 10.0.14393.2068']
      }),
      errors: [{ messageId: 'imageDefault', line: 1, message: /Windows Server 2016 .*10\.0\.14393\.2068/ }]
    },
    {
      name: 'image: Server Core named in the history',
      image: imageDoc({
        platform: LTSC2022,
        history: [
          ...SERVER_CORE_HISTORY,
          'LABEL org.opencontainers.image.base.name=mcr.microsoft.com/windows/servercore:ltsc2022'
        ]
      }),
      errors: [{ messageId: 'imageDefault', line: 1, message: /history shows a Server Core base/ }]
    },
    {
      name: 'image: built by a Dockerfile of the repository',
      image: imageDoc({
        names: ['registry.acme.local/win/iis-app:2.1'],
        platform: LTSC2022,
        config: { user: '' },
        history: SERVER_CORE_HISTORY
      }),
      files: {
        '.github/workflows/image.yml':
          'on: push\njobs:\n  build:\n    runs-on: windows-2022\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: web\n          file: web/Dockerfile\n          tags: registry.acme.local/win/iis-app:2.1\n',
        'web/Dockerfile':
          'FROM mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022\nCOPY site C:/inetpub/wwwroot\n'
      },
      // Placed on the FROM line (no USER), with the image kept as the related location.
      errors: [{ messageId: 'imageDefault', line: 1, logical: 'config.User', related: ['image.tar:1'] }]
    }
  ]
});
