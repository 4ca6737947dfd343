import rule from './tls-verification-disabled.js';
import { testRule } from '../../../test/rule-tester.js';

const SERVERCORE = 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n';
const POWERSHELL = `${SERVERCORE}SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]\n`;

testRule(rule, {
  valid: [
    {
      name: 'curlrc lines that keep verification on, and `insecure` written to files curl does not read',
      code: "FROM debian:12\nRUN echo '--cacert /etc/ssl/certs/corp-ca.pem' >> ~/.curlrc && echo 'silent' >> ~/.curlrc\nRUN printf '# insecure\\nno-insecure\\nretry = 3\\n' > /root/.curlrc\nRUN echo insecure > /tmp/notes.txt && echo '-k' >> ~/.curlrc.bak\nRUN echo 'proxy = http://proxy:3128' | tee -a /root/.curlrc\n"
    },
    {
      name: 'COPY heredocs with verification on, and a script that only mentions the setting',
      code: '# syntax=docker/dockerfile:1\nFROM debian:12\nCOPY <<EOF /etc/apt/apt.conf.d/99verify\nAcquire::https::Verify-Peer "true";\nEOF\nCOPY --chmod=755 <<EOF /usr/local/bin/check\n#!/bin/sh\ngrep -r "Verify-Peer" /etc/apt/apt.conf.d\nEOF\n'
    },
    {
      name: 'verified download piped to a shell',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y ca-certificates curl\nRUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n',
      docs: true
    },
    {
      name: 'a private CA trusted instead',
      code: 'FROM python:3.12-slim\nCOPY corp-ca.crt /usr/local/share/ca-certificates/\nRUN update-ca-certificates && pip install --cert /etc/ssl/certs/ca-certificates.crt --index-url https://pypi.corp.example/simple app\n',
      docs: true
    },
    {
      name: '-k of other commands',
      code: 'FROM alpine\nRUN sort -k 2 /etc/passwd && grep -rk pattern . || true\n'
    },
    {
      name: 'wget with TLS',
      code: 'FROM alpine\nRUN wget -qO- https://example.com/key.asc | gpg --import\n'
    },
    {
      name: 'secret mount',
      code: 'FROM alpine\nRUN --mount=type=secret,id=netrc curl --netrc-file /run/secrets/netrc -fsSLo /tmp/a.tgz https://example.com/a.tgz\n'
    },
    {
      name: 'ARG without a default, and unset',
      code: 'FROM alpine/git\nARG GIT_SSL_NO_VERIFY\nRUN unset GIT_SSL_NO_VERIFY && git clone https://github.com/example/repo.git\n'
    },
    {
      name: 'verification explicitly on',
      code: 'FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true\nRUN npm config set strict-ssl true && git config --global http.sslVerify true && npm install\n'
    },
    {
      name: 'a plain shell variable is not exported',
      code: 'FROM node:20\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0; echo "$NODE_TLS_REJECT_UNAUTHORIZED"\n'
    },
    {
      name: 'mentions in comments',
      code: 'FROM alpine\n# Never use curl -k or GIT_SSL_NO_VERIFY=1, see https://curl.se/docs/sslcerts.html\nRUN apk add --no-cache curl\n'
    },
    {
      name: 'sed turning strict-ssl back on',
      code: "FROM node:20\nRUN sed -i 's/strict-ssl=false/strict-ssl=true/' /root/.npmrc\n"
    },
    {
      name: 'apt configuration that keeps verification',
      code: `FROM debian:12\nRUN echo 'Acquire::https::CaInfo "/etc/ssl/certs/corp.pem";' > /etc/apt/apt.conf.d/99corp && apt-get -o Acquire::https::Verify-Peer=true update\n`
    },
    {
      name: 'Windows: Invoke-WebRequest with TLS 1.2',
      code: `# escape=\`\n${POWERSHELL}RUN [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12; \`\n    Invoke-WebRequest -Uri https://example.com/tool.zip -OutFile tool.zip -UseBasicParsing\n`,
      docs: true
    },
    {
      name: 'Windows: switch explicitly off, and curl alias parameters',
      code: `${POWERSHELL}RUN iwr https://example.com/a.zip -OutFile a.zip -SkipCertificateCheck:$false; curl -Uri https://example.com/b -DisableKeepAlive -OutFile b\n`
    },
    {
      name: 'Windows: callback reset, custom validator',
      code: `${POWERSHELL}RUN [System.Net.ServicePointManager]::ServerCertificateValidationCallback = $null; [System.Net.ServicePointManager]::ServerCertificateValidationCallback = [Validator]::Check\n`
    },
    {
      name: 'Windows cmd: native curl without -k',
      code: `${SERVERCORE}RUN curl.exe -fSLo node.zip https://nodejs.org/dist/v20.11.0/node-v20.11.0-win-x64.zip\n`
    },
    {
      name: 'options in a variable that keep verification on, or whose value is not certain',
      code: [
        'FROM debian:12',
        'ARG CURL_FLAGS',
        'ENV WGET_OPTS="-q --tries=3"',
        'RUN CURL_OPTS="-fsSL"; curl $CURL_OPTS https://example.com/a.tgz -o /tmp/a.tgz',
        'RUN curl $CURL_OPTS ${CURL_FLAGS} https://example.com/b.tgz && wget $WGET_OPTS https://example.com/c.tgz',
        'RUN CURL_OPTS=-k',
        'RUN curl $CURL_OPTS https://example.com/d.tgz',
        'RUN if [ -n "$INSECURE" ]; then CURL_OPTS=-k; fi; curl $CURL_OPTS https://example.com/e.tgz',
        'RUN CURL_OPTS=-fsSL; [ -n "$INSECURE" ] && CURL_OPTS=-k; curl $CURL_OPTS https://example.com/f.tgz',
        'RUN CURL_OPTS="$(cat /etc/curl-opts)"; curl $CURL_OPTS https://example.com/g.tgz',
        'RUN true || CURL_OPTS=-k; curl $CURL_OPTS https://example.com/h.tgz',
        'RUN curl $CURL_OPTS https://example.com/i.tgz; CURL_OPTS=-k',
        'RUN CURL_OPTS="-k -L"; curl "$CURL_OPTS" https://example.com/j.tgz',
        'RUN . /etc/build-env && curl $CURL_FLAGS https://example.com/k.tgz'
      ].join('\n')
    }
  ],
  invalid: [
    {
      name: 'an option passed through a variable set earlier in the RUN or by ENV/ARG',
      code: [
        'FROM debian:12',
        'ENV CURL_OPTIONS="--insecure"',
        'ARG CURL_FLAGS=-k',
        'RUN CURL_OPTS="-k"; curl $CURL_OPTS https://example.com/a.tgz -o /tmp/a.tgz',
        'RUN curl $CURL_OPTIONS https://example.com/b.tgz -o /tmp/b.tgz',
        'RUN WGET_ARGS=--no-check-certificate; wget $WGET_ARGS https://example.com/c.tgz',
        'RUN apt-get update && \\',
        '    curl -fsS ${CURL_FLAGS} https://example.com/d.tgz -o /tmp/d.tgz',
        'RUN GIT_OPTS="-c http.sslVerify=false"; git $GIT_OPTS clone https://example.com/r.git'
      ].join('\n'),
      errors: [
        {
          messageId: 'variable',
          line: 4,
          message:
            "RUN runs 'curl $CURL_OPTS', and $CURL_OPTS passes it '-k', which skips certificate verification."
        },
        {
          messageId: 'variable',
          line: 5,
          message: /'curl \$CURL_OPTIONS', and \$CURL_OPTIONS passes it '--insecure'/
        },
        { messageId: 'variable', line: 6, message: /'wget \$WGET_ARGS', .* '--no-check-certificate'/ },
        { messageId: 'variable', line: 7, endLine: 8, message: /'curl \$CURL_FLAGS', .* '-k'/ },
        { messageId: 'variable', line: 9, message: /'git \$GIT_OPTS', .* '-c http\.sslVerify=false'/ }
      ]
    },
    {
      name: "curl's XDG config file, and a Windows _curlrc written by PowerShell",
      code: `FROM debian:12\nRUN mkdir -p ~/.config && echo -e 'silent\\ninsecure' > ~/.config/curlrc\n${POWERSHELL}RUN Add-Content -Path $env:USERPROFILE\\_curlrc -Value 'insecure'\n`,
      errors: [
        { messageId: 'setting', line: 2, message: /'insecure in ~\/\.config\/curlrc'/ },
        { messageId: 'setting', line: 5, message: /'insecure in \$env:USERPROFILE\\_curlrc'/ }
      ]
    },
    {
      name: 'curl -k written into a .curlrc (echo, printf, tee, RUN and COPY heredocs)',
      code: "# syntax=docker/dockerfile:1\nFROM debian:12\nRUN echo insecure >> ~/.curlrc\nRUN echo '-k' > /root/.curlrc && curl -fsSL https://a.example/x -o /x\nRUN printf -- '--insecure\\n' > $HOME/.curlrc\nRUN echo insecure | tee -a /root/.curlrc >/dev/null\nRUN cat > /root/.curlrc <<EOF\nsilent\ninsecure\nEOF\nCOPY <<EOF /root/.curlrc\nshow-error\n-k\nEOF\n",
      errors: [
        {
          messageId: 'setting',
          line: 3,
          message: "RUN sets 'insecure in ~/.curlrc', which turns off certificate verification."
        },
        { messageId: 'setting', line: 4, message: /'-k in \/root\/\.curlrc'/ },
        { messageId: 'setting', line: 5, message: /'--insecure in \$HOME\/\.curlrc'/ },
        { messageId: 'setting', line: 6, message: /'insecure in \/root\/\.curlrc'/ },
        { messageId: 'setting', line: 7, endLine: 10 },
        { messageId: 'setting', line: 11, endLine: 14, message: /^COPY sets '-k in \/root\/\.curlrc'/ }
      ]
    },
    {
      name: 'an apt setting written by a COPY heredoc, as by RUN cat',
      code: '# syntax=docker/dockerfile:1\nFROM debian:12\nCOPY <<EOF /etc/apt/apt.conf.d/99verify\nAcquire::https::Verify-Peer "false";\nEOF\nRUN cat > /etc/apt/apt.conf.d/98verify <<EOF\nAcquire::https::Verify-Host "false";\nEOF\n',
      errors: [
        {
          messageId: 'setting',
          line: 3,
          endLine: 5,
          message:
            'COPY sets \'Acquire::https::Verify-Peer "false"\', which turns off certificate verification.'
        },
        { messageId: 'setting', line: 6 }
      ]
    },
    {
      name: 'commands behind sudo, timeout and env (each reported once)',
      code: 'FROM debian:12\nRUN sudo -E curl -k https://example.com/a -o /a\nRUN timeout 60 curl -k https://example.com/c\nRUN env FOO=1 git -c http.sslVerify=false clone https://example.com/r.git\nRUN sudo -u app sh -c "curl -k https://example.com/d"\n',
      errors: [
        {
          messageId: 'command',
          line: 2,
          message: "RUN runs 'curl -k', which skips certificate verification."
        },
        { messageId: 'command', line: 3 },
        {
          messageId: 'command',
          line: 4,
          message: "RUN runs 'git -c http.sslVerify=false', which skips certificate verification."
        },
        { messageId: 'command', line: 5 }
      ]
    },
    {
      name: 'curl -k in a letter cluster',
      code: 'FROM debian:12\nRUN curl -fsSLk https://example.com/install.sh | sh\n',
      errors: [
        {
          messageId: 'command',
          line: 2,
          message: "RUN runs 'curl -fsSLk', which skips certificate verification."
        }
      ],
      output: 'FROM debian:12\nRUN curl -fsSL https://example.com/install.sh | sh\n',
      docs: true
    },
    {
      name: 'curl --insecure and wget --no-check-certificate',
      code: 'FROM alpine\nRUN curl --insecure -o /a https://a.example && \\\n    wget --no-check-certificate -qO /b https://b.example\n',
      errors: [
        { messageId: 'command', line: 2, message: /'curl --insecure'/ },
        { messageId: 'command', line: 2, message: /'wget --no-check-certificate'/ }
      ],
      output: 'FROM alpine\nRUN curl -o /a https://a.example && \\\n    wget -qO /b https://b.example\n'
    },
    {
      name: 'fix: pip --trusted-host pairs go, the package list stays',
      code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir --trusted-host pypi.org --trusted-host=files.pythonhosted.org -r requirements.txt\n',
      errors: [{ messageId: 'command', line: 2 }],
      output: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir -r requirements.txt\n'
    },
    {
      name: 'no fix: the same word is an option of another program (tar -k)',
      code: 'FROM debian:12\nRUN curl -k -o a.tgz https://a.example/a.tgz && tar -x -k -f a.tgz\n',
      errors: [{ messageId: 'command', line: 2 }],
      output: null
    },
    {
      name: 'wget -e and a .wgetrc',
      code: 'FROM alpine\nRUN wget -e check_certificate=off https://a.example/x\nRUN echo "check_certificate = off" >> /root/.wgetrc\n',
      errors: [
        { messageId: 'command', line: 2, message: /'wget check_certificate=off'/ },
        {
          messageId: 'setting',
          line: 3,
          message: "RUN sets 'check_certificate = off', which turns off certificate verification."
        }
      ]
    },
    {
      name: 'pip trusted hosts',
      code: 'FROM python:3.12\nRUN pip install --trusted-host pypi.org --trusted-host files.pythonhosted.org flask\nRUN python3 -m pip config set global.trusted-host pypi.example\n',
      errors: [
        { messageId: 'command', line: 2, message: /'pip --trusted-host pypi.org'/ },
        {
          messageId: 'command',
          line: 3,
          message: /'python3 -m pip config set global.trusted-host pypi.example'/
        }
      ]
    },
    {
      name: 'npm and yarn strict-ssl',
      code: 'FROM node:20 AS build\nRUN npm config set strict-ssl false && npm --strict-ssl=false ci && yarn config set strict-ssl false\nFROM node:20-slim\n',
      errors: [
        { messageId: 'command', line: 2, message: /'npm --strict-ssl=false'/ },
        { messageId: 'command', line: 2, message: /'npm config set strict-ssl false'/ },
        { messageId: 'command', line: 2, message: /'yarn config set strict-ssl false'/ }
      ]
    },
    {
      name: 'git sslVerify',
      code: 'FROM alpine/git\nRUN git -c http.sslVerify=false clone https://git.example/repo.git && git config --global http.sslverify false\n',
      errors: [
        { messageId: 'command', line: 2, message: /'git -c http.sslVerify=false'/ },
        { messageId: 'command', line: 2, message: /'git config http.sslverify false'/ }
      ]
    },
    {
      name: 'ENV and ARG defaults',
      code: 'FROM node:20\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\nENV GIT_SSL_NO_VERIFY=1\nENV PYTHONHTTPSVERIFY 0\n',
      errors: [
        {
          messageId: 'setting',
          line: 2,
          message: "ARG sets 'NODE_TLS_REJECT_UNAUTHORIZED=0', which turns off certificate verification."
        },
        { messageId: 'setting', line: 3, message: /'GIT_SSL_NO_VERIFY=1'/ },
        { messageId: 'setting', line: 4, message: /'PYTHONHTTPSVERIFY=0'/ }
      ],
      docs: true
    },
    {
      name: 'GIT_SSL_NO_VERIFY set to empty still disables it (git checks only that it exists)',
      code: 'FROM alpine/git\nENV GIT_SSL_NO_VERIFY=\nENV NPM_CONFIG_STRICT_SSL=${STRICT:-false}\n',
      errors: [
        { messageId: 'setting', line: 2, message: /'GIT_SSL_NO_VERIFY='/ },
        { messageId: 'setting', line: 3, message: /'NPM_CONFIG_STRICT_SSL=\$\{STRICT:-false\}'/ }
      ]
    },
    {
      name: 'exported and prefixed variables',
      code: 'FROM node:20\nRUN export NODE_TLS_REJECT_UNAUTHORIZED=0 && npm ci\nRUN GIT_SSL_NO_VERIFY=true git clone https://git.example/r.git\n',
      errors: [
        { messageId: 'setting', line: 2, message: /'NODE_TLS_REJECT_UNAUTHORIZED=0'/ },
        { messageId: 'setting', line: 3, message: /'GIT_SSL_NO_VERIFY=true'/ }
      ]
    },
    {
      name: 'apt option and apt.conf',
      code: 'FROM debian:12\nRUN apt-get -o Acquire::https::Verify-Peer=false update\nRUN echo \'Acquire::https::Verify-Peer "false";\' > /etc/apt/apt.conf.d/99insecure\n',
      errors: [
        { messageId: 'command', line: 2, message: /'apt-get -o Acquire::https::Verify-Peer=false'/ },
        { messageId: 'setting', line: 3, message: /'Acquire::https::Verify-Peer "false"'/ }
      ]
    },
    {
      name: 'apt.conf and .npmrc through heredocs',
      code: 'FROM debian:12\nRUN cat <<EOF > /etc/apt/apt.conf.d/99insecure\nAcquire::https::mirror.example::Verify-Host false;\nEOF\nRUN tee /root/.npmrc <<EOF\nstrict-ssl=false\nEOF\n',
      errors: [
        { messageId: 'setting', line: 2, message: /'Acquire::https::mirror.example::Verify-Host false'/ },
        { messageId: 'setting', line: 5, message: /'strict-ssl=false'/ }
      ]
    },
    {
      name: 'sh -c, exec form and a heredoc script',
      code: 'FROM alpine\nRUN sh -c "curl -k https://a.example"\nRUN ["curl", "--insecure", "https://b.example"]\nRUN <<EOF\nset -e\nwget --no-check-certificate https://c.example\nEOF\n',
      errors: [
        { messageId: 'command', line: 2 },
        { messageId: 'command', line: 3 },
        { messageId: 'command', line: 4, endLine: 7 }
      ]
    },
    {
      name: 'Windows cmd: curl.exe -k',
      code: `${SERVERCORE}RUN curl.exe -fsSLk -o tool.zip https://example.com/tool.zip && tar -xf tool.zip\n`,
      errors: [{ messageId: 'command', line: 2, message: /'curl.exe -fsSLk'/ }]
    },
    {
      name: 'Windows: -SkipCertificateCheck with backtick continuations',
      code: `# escape=\`\n${POWERSHELL}RUN Invoke-WebRequest \`\n      -Uri https://example.com/tool.zip \`\n      -OutFile tool.zip -SkipCertificateCheck\n`,
      errors: [{ messageId: 'command', line: 4, message: /'Invoke-WebRequest -SkipCertificateCheck'/ }],
      output: `# escape=\`\n${POWERSHELL}RUN Invoke-WebRequest \`\n      -Uri https://example.com/tool.zip \`\n      -OutFile tool.zip\n`
    },
    {
      name: 'Windows: ServerCertificateValidationCallback',
      code: `${POWERSHELL}RUN [System.Net.ServicePointManager]::ServerCertificateValidationCallback = {$true}; Invoke-WebRequest https://example.com/a.zip -OutFile a.zip\n`,
      errors: [
        {
          messageId: 'setting',
          line: 3,
          message:
            "RUN sets 'ServerCertificateValidationCallback = {$true}', which turns off certificate verification."
        }
      ],
      docs: true
    },
    {
      name: 'Windows: powershell -Command from cmd, TrustAllCertsPolicy',
      code: `${SERVERCORE}RUN powershell -Command "[Net.ServicePointManager]::CertificatePolicy = New-Object TrustAllCertsPolicy; iwr https://example.com/a -OutFile a"\n`,
      errors: [
        { messageId: 'setting', line: 2, message: /'CertificatePolicy = New-Object TrustAllCertsPolicy'/ }
      ]
    },
    {
      name: 'Windows: environment variables',
      code: `${POWERSHELL}RUN $env:NODE_TLS_REJECT_UNAUTHORIZED = '0'; npm ci\nRUN [Environment]::SetEnvironmentVariable('GIT_SSL_NO_VERIFY', '1', 'Machine')\nSHELL ["cmd", "/S", "/C"]\nRUN setx PYTHONHTTPSVERIFY 0 /M\n`,
      errors: [
        { messageId: 'setting', line: 3, message: /'NODE_TLS_REJECT_UNAUTHORIZED=0'/ },
        { messageId: 'setting', line: 4, message: /'GIT_SSL_NO_VERIFY=1'/ },
        { messageId: 'setting', line: 6, message: /'PYTHONHTTPSVERIFY=0'/ }
      ]
    }
  ]
});
