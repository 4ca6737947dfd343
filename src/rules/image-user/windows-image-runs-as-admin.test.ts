import rule from './windows-image-runs-as-admin.js';
import { testRule } from '../../../test/rule-tester.js';

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
      name: 'Windows base not in the table: unknown default',
      code: 'FROM mycorp/app:1.0-ltsc2022\nRUN echo hi\n'
    },
    {
      name: 'LOCAL SERVICE is not an admin',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER "NT AUTHORITY\\LOCAL SERVICE"\n'
    },
    {
      name: 'USER from an ARG without a default',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nARG RUN_AS\nUSER ${RUN_AS}\n'
    }
  ],
  invalid: [
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
      errors: [{ messageId: 'explicit', line: 2 }]
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
    }
  ]
});
