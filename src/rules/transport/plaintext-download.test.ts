import rule from './plaintext-download.js';
import { testRule } from '../../../test/rule-tester.js';

const SERVERCORE = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n';
const POWERSHELL = `${SERVERCORE}SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]\n`;

testRule(rule, {
  valid: [
    {
      name: 'https downloads',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y ca-certificates curl\nRUN curl -fsSLo /usr/local/bin/tini https://github.com/krallin/tini/releases/download/v0.19.0/tini-amd64\n',
      docs: true
    },
    {
      name: 'apt and apk repositories over http (signed metadata)',
      code: 'FROM debian:12\nRUN echo "deb http://deb.debian.org/debian bookworm main" > /etc/apt/sources.list && apt-get update\nFROM alpine:3.20\nRUN apk add --repository http://dl-cdn.alpinelinux.org/alpine/edge/testing hello\n',
      docs: true
    },
    {
      name: 'yum/dnf repository files',
      code: 'FROM rockylinux:9\nRUN dnf config-manager --add-repo http://download.docker.com/linux/centos/docker-ce.repo && yum-config-manager --add-repo http://repo.example/x.repo\n'
    },
    {
      name: 'loopback URLs',
      code: 'FROM alpine\nRUN ./server & sleep 1 && curl -fsS http://localhost:8080/health && wget -qO- http://127.0.0.1:9000/ready && curl http://[::1]:80/\n'
    },
    {
      name: 'http:// in commands that do not fetch',
      code: "FROM alpine\nRUN echo http://example.com && sed -i 's|http://|https://|g' /etc/apk/repositories\n"
    },
    {
      name: 'proxy and referer values',
      code: "FROM alpine\nRUN curl -x http://proxy.corp:3128 -H 'Referer: http://example.com' -fsSLo a https://example.com/a && pip install --proxy http://proxy.corp:3128 flask\n"
    },
    {
      name: 'https package indexes',
      code: 'FROM python:3.12\nENV PIP_INDEX_URL=https://pypi.corp.example/simple\nRUN pip install --index-url https://pypi.org/simple flask && npm config set registry https://registry.npmjs.org/\n'
    },
    {
      name: 'ADD --checksum over http: BuildKit verifies the digest (with other flags, continuations and an ARG digest)',
      code: 'FROM eclipse-temurin:21-jre\nARG TOMCAT_SHA256=5b6c2d1e4f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c\nADD --chown=app:app \\\n    --checksum=sha256:${TOMCAT_SHA256} \\\n    http://archive.apache.org/dist/tomcat/tomcat-10/v10.1.30/bin/apache-tomcat-10.1.30.tar.gz /opt/\n',
      docs: true
    },
    {
      name: 'ADD with a pinned checksum, https and local sources',
      code: 'FROM alpine\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d http://mirror.example/a.tgz /opt/\nADD https://example.com/b.tgz ./c /opt/\n'
    },
    {
      name: 'URLs in comments and unrelated ENV',
      code: 'FROM alpine\n# Docs: http://example.com/setup\nENV HOMEPAGE=http://example.com\nRUN true\n'
    },
    {
      name: 'git configuration is not a fetch',
      code: 'FROM alpine/git\nRUN git config --global url."https://github.com/".insteadOf http://github.com/ && git clone https://github.com/example/repo.git\n'
    },
    {
      name: 'Windows: Invoke-WebRequest over https through an http proxy',
      code: `${POWERSHELL}RUN Invoke-WebRequest -Uri https://example.com/tool.zip -Proxy http://proxy.corp:8080 -OutFile tool.zip -UseBasicParsing\n`,
      docs: true
    }
  ],
  invalid: [
    {
      name: 'download behind sudo and nohup',
      code: 'FROM debian:12\nRUN sudo wget http://example.com/b.tgz\nRUN nohup curl -o /x http://example.com/x.tgz\n',
      errors: [
        {
          messageId: 'download',
          line: 2,
          message: "RUN downloads 'http://example.com/b.tgz' with wget without TLS."
        },
        {
          messageId: 'download',
          line: 3,
          message: "RUN downloads 'http://example.com/x.tgz' with curl without TLS."
        }
      ]
    },
    {
      name: 'ADD from an http URL',
      code: 'FROM alpine\nADD http://downloads.example.com/tool-1.2.tgz /opt/\n',
      errors: [
        {
          messageId: 'add',
          line: 2,
          message: "ADD downloads 'http://downloads.example.com/tool-1.2.tgz' without TLS."
        }
      ],
      docs: true
    },
    {
      name: 'ADD with an ARG host',
      code: 'ARG MIRROR=mirror.example\nFROM alpine\nARG MIRROR\nADD http://${MIRROR}/a.tgz /opt/\n',
      errors: [{ messageId: 'add', line: 4, message: /'http:\/\/mirror.example\/a.tgz'/ }]
    },
    {
      name: 'curl piped to a shell, wget of a key',
      code: 'FROM debian:12\nRUN curl -fsSL http://get.example.com/install.sh | sh && \\\n    wget -qO- http://repo.example.com/key.asc | apt-key add -\n',
      errors: [
        {
          messageId: 'download',
          line: 2,
          message: "RUN downloads 'http://get.example.com/install.sh' with curl without TLS."
        },
        { messageId: 'download', line: 2, message: /'http:\/\/repo.example.com\/key.asc' with wget/ }
      ],
      docs: true
    },
    {
      name: 'unresolved host, ENV URL, ftp',
      code: 'FROM alpine\nENV TOOL_URL=http://tools.example/t.tgz\nRUN curl -fsSLo /tmp/x "http://$BUILD_HOST/x" && curl -fsSLO "$TOOL_URL" && wget ftp://ftp.gnu.org/gnu/hello/hello-2.12.tar.gz\n',
      errors: [
        { messageId: 'download', line: 3, message: /'ftp:\/\/ftp.gnu.org\/gnu\/hello\/hello-2.12.tar.gz'/ },
        { messageId: 'download', line: 3, message: /'http:\/\/\$BUILD_HOST\/x'/ },
        { messageId: 'download', line: 3, message: /'http:\/\/tools.example\/t.tgz'/ }
      ]
    },
    {
      name: 'credentials in the URL are redacted',
      code: 'FROM alpine\nRUN curl -fsSLo a.tgz http://deploy:hunter2secret@artifacts.example/a.tgz\n',
      errors: [
        {
          messageId: 'download',
          line: 2,
          message: "RUN downloads 'http://deploy:hun…@artifacts.example/a.tgz' with curl without TLS."
        }
      ]
    },
    {
      name: 'pip and npm indexes',
      code: 'FROM python:3.12 AS py\nRUN pip install -i http://pypi.corp.example/simple flask && python3 -m pip install --extra-index-url=http://extra.example/simple x\nFROM node:20\nRUN npm --registry http://npm.corp.example/ ci && npm config set registry http://npm2.example/\n',
      errors: [
        {
          messageId: 'index',
          line: 2,
          message: "RUN points pip at the package index 'http://extra.example/simple' without TLS."
        },
        { messageId: 'index', line: 2, message: /'http:\/\/pypi.corp.example\/simple'/ },
        { messageId: 'index', line: 4, message: /'http:\/\/npm.corp.example\/'/ },
        { messageId: 'index', line: 4, message: /'http:\/\/npm2.example\/'/ }
      ]
    },
    {
      name: 'index from ENV and an exported variable',
      code: 'FROM python:3.12\nENV PIP_INDEX_URL=http://pypi.corp.example/simple\nRUN export PIP_EXTRA_INDEX_URL=http://extra.example/simple && pip install x\n',
      errors: [
        {
          messageId: 'index',
          line: 2,
          message:
            "ENV points PIP_INDEX_URL at the package index 'http://pypi.corp.example/simple' without TLS."
        },
        { messageId: 'index', line: 3, message: /PIP_EXTRA_INDEX_URL/ }
      ]
    },
    {
      name: 'package files and git over plain protocols',
      code: 'FROM fedora:40\nRUN dnf install -y http://rpms.example/a.rpm && rpm -Uvh http://rpms.example/b.rpm && git clone git://git.example/c.git && npm install http://tarballs.example/d.tgz\n',
      errors: [
        { messageId: 'download', line: 2, message: /'git:\/\/git.example\/c.git' with git/ },
        { messageId: 'download', line: 2, message: /'http:\/\/rpms.example\/a.rpm' with dnf/ },
        { messageId: 'download', line: 2, message: /'http:\/\/rpms.example\/b.rpm' with rpm/ },
        { messageId: 'download', line: 2, message: /'http:\/\/tarballs.example\/d.tgz' with npm/ }
      ]
    },
    {
      name: 'sh -c, exec form, heredoc, builder stage',
      code: 'FROM golang:1.22 AS build\nRUN sh -c "curl -o /a http://a.example/a"\nRUN ["wget", "http://b.example/b"]\nRUN <<EOF\ngit clone http://c.example/c.git\nEOF\nFROM scratch\n',
      errors: [
        { messageId: 'download', line: 2 },
        { messageId: 'download', line: 3 },
        { messageId: 'download', line: 4 }
      ]
    },
    {
      name: 'Windows cmd: certutil, bitsadmin, curl.exe',
      code: `${SERVERCORE}RUN certutil -urlcache -split -f http://dl.example/a.exe a.exe && bitsadmin /transfer job /download /priority normal http://dl.example/b.msi C:\\b.msi && curl.exe -fSLo c.msu http://download.windowsupdate.com/c.msu\n`,
      errors: [
        { messageId: 'download', line: 2, message: /'http:\/\/dl.example\/a.exe' with certutil/ },
        { messageId: 'download', line: 2, message: /'http:\/\/dl.example\/b.msi' with bitsadmin/ },
        {
          messageId: 'download',
          line: 2,
          message: /'http:\/\/download.windowsupdate.com\/c.msu' with curl.exe/
        }
      ]
    },
    {
      name: 'Windows: PowerShell download with command-line escaped quotes (fluent-bit)',
      code: `${POWERSHELL}RUN Invoke-WebRequest -OutFile \\"C:\\x.zip\\" \\"http://example.org/x.zip\\"; iwr -Uri \\"http://example.org/y.zip\\" -OutFile y.zip\n`,
      errors: [
        { messageId: 'download', line: 3, message: /'http:\/\/example.org\/x.zip' with Invoke-WebRequest/ },
        { messageId: 'download', line: 3, message: /'http:\/\/example.org\/y.zip' with iwr/ }
      ]
    },
    {
      name: 'Windows: PowerShell downloads',
      code: `# escape=\`\n${POWERSHELL}ENV MONGO_URL http://downloads.example/mongo.zip\nRUN Invoke-WebRequest ('http://dl.example/httpd-{0}.zip' -f $env:V) -OutFile a.zip; \`\n    iwr -Uri $env:MONGO_URL -OutFile m.zip; \`\n    $url = 'http://dl.example/php/' + $name; Invoke-WebRequest -Uri $url -OutFile p.zip\n`,
      errors: [
        {
          messageId: 'download',
          line: 5,
          message: "RUN downloads 'http://dl.example/httpd-{0}.zip' with Invoke-WebRequest without TLS."
        },
        { messageId: 'download', line: 5, message: /'http:\/\/dl.example\/php\/' with Invoke-WebRequest/ },
        { messageId: 'download', line: 5, message: /'http:\/\/downloads.example\/mongo.zip' with iwr/ }
      ],
      docs: true
    },
    {
      name: 'Windows: WebClient and BITS',
      code: `${POWERSHELL}RUN (New-Object System.Net.WebClient).DownloadFile('http://download.example/vc.exe', 'vc.exe'); Start-BitsTransfer -Source http://download.example/sdk.exe -Destination sdk.exe\n`,
      errors: [
        {
          messageId: 'download',
          line: 3,
          message: /'http:\/\/download.example\/sdk.exe' with Start-BitsTransfer/
        },
        { messageId: 'download', line: 3, message: /'http:\/\/download.example\/vc.exe' with WebClient/ }
      ]
    }
  ]
});
