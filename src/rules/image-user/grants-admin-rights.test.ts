import rule from './grants-admin-rights.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'ordinary user and group',
      code: 'FROM debian:12\nRUN groupadd app && useradd -g app -G audio app\n',
      docs: true
    },
    {
      name: 'sudoers with a password',
      code: "FROM debian:12\nRUN echo 'app ALL=(ALL) ALL' > /etc/sudoers.d/app\n"
    },
    {
      name: 'adduser creating a user only',
      code: 'FROM debian:12\nRUN adduser --disabled-password --gecos "" app\n'
    },
    {
      name: 'BusyBox adduser into an ordinary group',
      code: 'FROM alpine:3.20\nRUN addgroup -S app && adduser -S -G app app\n'
    },
    { name: 'usermod into docker-unrelated group', code: 'FROM debian:12\nRUN usermod -aG video app\n' },
    {
      name: 'Windows: ordinary local user',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN net user builder /add\n',
      docs: true
    },
    {
      name: 'Windows: listing Administrators',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN net localgroup Administrators\n'
    },
    {
      name: 'Windows: Users group',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Add-LocalGroupMember -Group Users -Member app\n'
    },
    {
      name: 'NOPASSWD only mentioned in a comment',
      code: 'FROM debian:12\n# never add NOPASSWD: ALL\nRUN true\n'
    }
  ],
  invalid: [
    {
      name: 'usermod and gpasswd behind sudo and env',
      code: 'FROM debian:12\nRUN sudo usermod -aG sudo bob\nRUN sudo -u root env LANG=C gpasswd -a dev wheel\n',
      errors: [
        {
          messageId: 'grant',
          line: 2,
          message: "RUN grants administrator rights: usermod puts 'bob' in group 'sudo'."
        },
        {
          messageId: 'grant',
          line: 3,
          message: "RUN grants administrator rights: gpasswd adds 'dev' to group 'wheel'."
        }
      ]
    },
    {
      name: 'NOPASSWD written by sudo tee: one finding, named as written',
      code: "FROM ubuntu:24.04\nRUN echo 'dev ALL=(ALL) NOPASSWD: ALL' | sudo tee /etc/sudoers.d/dev\nRUN sudo tee /etc/sudoers.d/ci <<EOF\nci ALL=(ALL) NOPASSWD: ALL\nEOF\n",
      errors: [
        {
          messageId: 'grant',
          line: 2,
          message: "RUN grants administrator rights: 'echo' writes a NOPASSWD sudoers rule."
        },
        {
          messageId: 'grant',
          line: 3,
          message: "RUN grants administrator rights: 'sudo' writes a NOPASSWD sudoers rule."
        }
      ]
    },
    {
      name: 'usermod -aG sudo',
      code: 'FROM ubuntu:24.04\nRUN useradd -m dev && usermod -aG sudo dev\n',
      errors: [
        {
          messageId: 'grant',
          line: 2,
          message: "RUN grants administrator rights: usermod puts 'dev' in group 'sudo'."
        }
      ],
      docs: true
    },
    {
      name: 'useradd --groups wheel',
      code: 'FROM fedora:40\nRUN useradd --groups wheel,users dev\n',
      errors: [{ messageId: 'grant', line: 2 }]
    },
    {
      name: 'useradd with the account before its options (Azure/iotedge builder image)',
      code: 'FROM debian:12\nRUN useradd rust --user-group --create-home --shell /bin/bash --groups sudo\n',
      errors: [
        {
          messageId: 'grant',
          line: 2,
          message: "RUN grants administrator rights: useradd puts 'rust' in group 'sudo'."
        }
      ]
    },
    {
      name: 'useradd with valued short options and a cluster after the account',
      code: 'FROM debian:12\nRUN useradd -u 1000 -s/bin/bash -c "Build user" builder -mG sudo\n',
      errors: [
        {
          messageId: 'grant',
          line: 2,
          message: "RUN grants administrator rights: useradd puts 'builder' in group 'sudo'."
        }
      ]
    },
    {
      name: 'usermod renaming the account with -l: the account is the last argument',
      code: 'FROM debian:12\nRUN usermod -l admin2 -aG wheel olduser\n',
      errors: [
        {
          messageId: 'grant',
          line: 2,
          message: "RUN grants administrator rights: usermod puts 'olduser' in group 'wheel'."
        }
      ]
    },
    {
      name: 'Debian adduser USER sudo',
      code: 'FROM debian:12\nRUN adduser dev sudo\n',
      errors: [{ messageId: 'grant', line: 2 }]
    },
    {
      name: 'BusyBox addgroup USER wheel',
      code: 'FROM alpine:3.20\nRUN addgroup dev wheel\n',
      errors: [{ messageId: 'grant', line: 2 }]
    },
    {
      name: 'gpasswd -a',
      code: 'FROM fedora:40\nRUN gpasswd -a dev wheel\n',
      errors: [{ messageId: 'grant', line: 2 }]
    },
    {
      name: 'NOPASSWD sudoers rule',
      code: "FROM ubuntu:24.04\nRUN echo 'dev ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers\n",
      errors: [{ messageId: 'grant', line: 2, message: /NOPASSWD/ }],
      docs: true
    },
    {
      name: 'NOPASSWD through a heredoc',
      code: 'FROM ubuntu:24.04\nRUN cat <<EOF > /etc/sudoers.d/dev\ndev ALL=(ALL) NOPASSWD: ALL\nEOF\n',
      errors: [{ messageId: 'grant', line: 2 }]
    },
    {
      name: 'Windows: net localgroup Administrators /add',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN net user builder P4ss! /add && `\n    net localgroup Administrators builder /add\n',
      errors: [
        {
          messageId: 'grant',
          line: 3,
          message: "RUN grants administrator rights: net localgroup adds 'builder' to Administrators."
        }
      ],
      docs: true
    },
    {
      name: 'Windows: Add-LocalGroupMember in PowerShell',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN New-LocalUser -Name svc -NoPassword; Add-LocalGroupMember -Group "Administrators" -Member svc\n',
      errors: [{ messageId: 'grant', line: 3 }]
    },
    {
      name: 'Windows: by well-known SID',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN powershell -Command "Add-LocalGroupMember -SID S-1-5-32-544 -Member svc"\n',
      errors: [{ messageId: 'grant', line: 2 }]
    }
  ]
});
