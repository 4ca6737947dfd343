import rule from './unverified-packages.js';
import { testRule } from '../../../test/rule-tester.js';

const SERVERCORE = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n';

testRule(rule, {
  valid: [
    {
      name: 'a local repository written by a COPY heredoc',
      code: '# syntax=docker/dockerfile:1\nFROM rockylinux:9\nCOPY <<EOF /etc/yum.repos.d/local.repo\n[local]\nbaseurl=file:///srv/repo\ngpgcheck=0\nEOF\n'
    },
    {
      name: 'ordinary installs',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends --allow-downgrades ca-certificates curl\nFROM alpine:3.20\nRUN apk add --no-cache curl\n'
    },
    {
      name: 'a third-party apt repository with its key',
      code: 'FROM debian:12\nRUN install -m 0755 -d /etc/apt/keyrings && \\\n    curl -fsSL https://download.docker.com/linux/debian/gpg -o /etc/apt/keyrings/docker.asc && \\\n    echo "deb [arch=amd64 signed-by=/etc/apt/keyrings/docker.asc] https://download.docker.com/linux/debian bookworm stable" > /etc/apt/sources.list.d/docker.list && \\\n    apt-get update && apt-get install -y docker-ce-cli\n',
      docs: true
    },
    {
      name: 'a .repo file with gpgcheck on (repo_gpgcheck off is the usual default)',
      code: 'FROM rockylinux:9\nRUN cat <<EOF > /etc/yum.repos.d/kubernetes.repo\n[kubernetes]\nbaseurl=https://pkgs.k8s.io/core:/stable:/v1.30/rpm/\nenabled=1\ngpgcheck=1\nrepo_gpgcheck=0\ngpgkey=https://pkgs.k8s.io/core:/stable:/v1.30/rpm/repodata/repomd.xml.key\nEOF\nRUN echo "gpgcheck=1" >> /etc/dnf/dnf.conf && sed -i \'s/gpgcheck=0/gpgcheck=1/\' /etc/yum.repos.d/epel.repo\n'
    },
    {
      name: 'rpm queries and key imports',
      code: 'FROM fedora:40\nRUN rpm --import https://packages.microsoft.com/keys/microsoft.asc && rpm -qp --nosignature --queryformat "%{VERSION}" /tmp/a.rpm\n'
    },
    {
      name: 'a local repository of packages built in the image',
      code: 'FROM debian:12\nCOPY --from=build /out/*.deb /var/local-repo/\nRUN cd /var/local-repo && dpkg-scanpackages . > Packages && \\\n    echo "deb [trusted=yes] file:/var/local-repo ./" > /etc/apt/sources.list.d/local.list && apt-get update\n'
    },
    {
      name: 'package files verified with gpg before the install',
      code: 'FROM alpine:3.20\nRUN curl -O https://download.example.com/tools.apk -O https://download.example.com/tools.sig\nRUN curl https://download.example.com/key.asc | gpg --import - && gpg --verify tools.sig tools.apk\nRUN apk add --allow-untrusted tools.apk\n',
      docs: true
    },
    {
      name: 'an index of packages built in the image, signed before the install (nginx image pattern)',
      code: 'FROM alpine:3.20\nRUN cd /tmp/pkg-oss/alpine && make module-njs \\\n    && apk index --allow-untrusted -o /tmp/packages/APKINDEX.tar.gz /tmp/packages/*.apk \\\n    && abuild-sign -k /tmp/.abuild/abuild-key.rsa /tmp/packages/APKINDEX.tar.gz \\\n    && cp /tmp/.abuild/abuild-key.rsa.pub /etc/apk/keys/ \\\n    && apk add -X /tmp/packages/ --no-cache nginx-module-njs\n'
    },
    { name: 'npm lifecycle scripts are not signatures', code: 'FROM node:20\nRUN npm ci --ignore-scripts\n' },
    {
      name: 'mentions in comments and messages',
      code: 'FROM debian:12\n# never: apt-get install --allow-unauthenticated\nRUN echo "signature checks stay on"\n'
    },
    {
      name: 'Windows: Chocolatey and PowerShellGet with their checks',
      code: `${SERVERCORE}RUN choco install -y git nodejs-lts && powershell -Command "Install-Module Pester -Force"\n`,
      docs: true
    }
  ],
  invalid: [
    {
      name: 'a yum repository with gpgcheck=0 written by a COPY heredoc',
      code: '# syntax=docker/dockerfile:1\nFROM rockylinux:9\nCOPY <<EOF /etc/yum.repos.d/internal.repo\n[internal]\nbaseurl=https://repo.example.com/el9\ngpgcheck=0\nEOF\n',
      errors: [
        {
          messageId: 'setting',
          line: 3,
          message: "COPY writes 'gpgcheck=0', which turns off package signature checks."
        }
      ]
    },
    {
      name: 'apt-get behind sudo and eatmydata',
      code: 'FROM debian:12\nRUN sudo apt-get install -y --allow-unauthenticated foo\nRUN eatmydata apt-get install -y --allow-unauthenticated bar\n',
      errors: [
        {
          messageId: 'command',
          line: 2,
          message: "RUN runs 'apt-get --allow-unauthenticated', which skips package signature checks."
        },
        { messageId: 'command', line: 3 }
      ]
    },
    {
      name: 'apt-get --allow-unauthenticated',
      code: 'FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y --allow-unauthenticated internal-tools\n',
      errors: [
        {
          messageId: 'command',
          line: 2,
          message: "RUN runs 'apt-get --allow-unauthenticated', which skips package signature checks."
        }
      ],
      docs: true
    },
    {
      name: 'other apt switches',
      code: 'FROM debian:12\nRUN apt update --allow-insecure-repositories && apt-get -o APT::Get::AllowUnauthenticated=true install -y a && apt-get install --force-yes b\n',
      errors: [
        { messageId: 'command', line: 2, message: /'apt --allow-insecure-repositories'/ },
        { messageId: 'command', line: 2, message: /'apt-get --force-yes'/ },
        { messageId: 'command', line: 2, message: /'apt-get -o APT::Get::AllowUnauthenticated=true'/ }
      ]
    },
    {
      name: 'a trusted=yes source',
      code: 'FROM debian:12\nRUN echo "deb [trusted=yes] http://apt.internal.example/ ./" | tee /etc/apt/sources.list.d/internal.list\n',
      errors: [
        {
          messageId: 'setting',
          line: 2,
          message: "RUN writes '[trusted=yes]', which turns off package signature checks."
        }
      ],
      docs: true
    },
    {
      name: 'deb822 Trusted and apt.conf',
      code: 'FROM debian:12\nRUN cat <<EOF > /etc/apt/sources.list.d/internal.sources\nTypes: deb\nURIs: https://apt.internal.example/\nSuites: stable\nTrusted: yes\nEOF\nRUN printf \'APT::Get::AllowUnauthenticated "true";\\n\' > /etc/apt/apt.conf.d/99unauth\n',
      errors: [
        { messageId: 'setting', line: 2, message: /'Trusted: yes'/ },
        { messageId: 'setting', line: 8, message: /'APT::Get::AllowUnauthenticated "true"'/ }
      ]
    },
    {
      name: 'apk add of an unsigned index of local packages',
      code: 'FROM alpine:3.20\nRUN apk index -o /tmp/packages/APKINDEX.tar.gz /tmp/packages/*.apk \\\n    && apk add --allow-untrusted -X /tmp/packages/ nginx-module-njs\n',
      errors: [{ messageId: 'command', line: 2, message: /'apk --allow-untrusted'/ }]
    },
    {
      name: 'apk --allow-untrusted from a repository, exec form',
      code: 'FROM alpine:3.20\nRUN ["apk", "add", "--allow-untrusted", "--repository", "https://apk.internal.example/main", "tools"]\n',
      errors: [{ messageId: 'command', line: 2, message: /'apk --allow-untrusted'/ }]
    },
    {
      name: 'yum, dnf and microdnf',
      code: 'FROM rockylinux:9 AS build\nRUN dnf install -y --nogpgcheck a && yum --setopt=gpgcheck=0 install -y b && microdnf install --nogpgcheck c\nFROM scratch\n',
      errors: [
        { messageId: 'command', line: 2, message: /'dnf --nogpgcheck'/ },
        { messageId: 'command', line: 2, message: /'microdnf --nogpgcheck'/ },
        { messageId: 'command', line: 2, message: /'yum --setopt=gpgcheck=0'/ }
      ]
    },
    {
      name: 'gpgcheck=0 written to .repo files',
      code: "FROM centos:7\nRUN echo -e \"[internal]\\nbaseurl=https://rpm.internal.example/\\ngpgcheck=0\" > /etc/yum.repos.d/internal.repo\nRUN sed -i 's/^gpgcheck=1/gpgcheck=0/' /etc/yum.conf\nRUN sudo bash -c 'cat <<EOF > /etc/yum.repos.d/kubernetes.repo\n[kubernetes]\nbaseurl=https://packages.cloud.google.com/yum/repos/kubernetes-el7-x86_64\ngpgcheck=0\nEOF'\n",
      errors: [
        { messageId: 'setting', line: 2, message: /'gpgcheck=0'/ },
        { messageId: 'setting', line: 3, message: /'gpgcheck=0'/ },
        { messageId: 'setting', line: 4, message: /'gpgcheck=0'/ }
      ]
    },
    {
      name: 'rpm and zypper',
      code: 'FROM opensuse/leap:15.6\nRUN rpm -ivh --nosignature /tmp/a.rpm && rpm -i --nodigest /tmp/b.rpm && zypper --no-gpg-checks install -y c\n',
      errors: [
        {
          messageId: 'command',
          line: 2,
          message: "RUN runs 'rpm --nodigest', which skips package checksum checks."
        },
        { messageId: 'command', line: 2, message: /'rpm --nosignature'/ },
        { messageId: 'command', line: 2, message: /'zypper --no-gpg-checks'/ }
      ]
    },
    {
      name: 'a local file not verified',
      code: 'FROM alpine:3.20\nRUN curl -fsSLO https://download.example.com/tools.apk && apk add --allow-untrusted tools.apk\n',
      errors: [{ messageId: 'command', line: 2 }]
    },
    {
      name: 'Windows cmd: Chocolatey checksums',
      code: `${SERVERCORE}RUN choco install -y git --ignore-checksums && choco feature enable -n allowEmptyChecksums\n`,
      errors: [
        {
          messageId: 'command',
          line: 2,
          message: "RUN runs 'choco --ignore-checksums', which skips package checksum checks."
        },
        { messageId: 'command', line: 2, message: /'choco feature enable -n allowEmptyChecksums'/ }
      ],
      docs: true
    },
    {
      name: 'Windows: PowerShell with backtick continuations',
      code: `# escape=\`\n${SERVERCORE}SHELL ["powershell", "-Command"]\nRUN Install-Module Pester -Force -SkipPublisherCheck; \`\n    choco install 7zip -y --allow-empty-checksums\n`,
      errors: [
        {
          messageId: 'command',
          line: 4,
          message: /'Install-Module -SkipPublisherCheck', which skips package publisher checks/
        },
        { messageId: 'command', line: 4, message: /'choco --allow-empty-checksums'/ }
      ]
    }
  ]
});
