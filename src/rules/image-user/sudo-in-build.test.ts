import rule from './sudo-in-build.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'installing the sudo package',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y sudo\n',
      docs: true
    },
    {
      name: 'editing sudoers',
      code: 'FROM debian:12\nRUN echo "Defaults secure_path=/usr/bin" >> /etc/sudoers\n'
    },
    {
      name: 'a path containing sudo',
      code: 'FROM debian:12\nRUN chmod 0440 /etc/sudoers.d/app && ls /usr/bin/sudo\n'
    },
    { name: 'the word in a string', code: 'FROM alpine\nRUN echo "do not use sudo here"\n' },
    { name: 'apk add sudo', code: 'FROM alpine:3.20\nRUN apk add --no-cache sudo\n' },
    { name: 'privileges dropped with gosu', code: 'FROM debian:12\nRUN gosu app make install\n', docs: true },
    { name: 'sudo in a comment', code: 'FROM alpine\n# RUN sudo make install\nRUN make install\n' },
    {
      name: 'a command after gosu and timeout',
      code: 'FROM debian:12\nRUN timeout 60 gosu app make install\n'
    },
    {
      name: 'Windows cmd',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo sudo is not a thing here\n'
    }
  ],
  invalid: [
    {
      name: 'sudo in a chain',
      code: 'FROM ubuntu:24.04\nUSER app\nRUN sudo apt-get update && sudo apt-get install -y curl\n',
      errors: [{ messageId: 'sudo', line: 3, message: "RUN invokes 'sudo apt-get update'." }],
      docs: true
    },
    {
      name: 'absolute path',
      code: 'FROM debian:12\nRUN /usr/bin/sudo -u app make\n',
      errors: [{ messageId: 'sudo', line: 2 }]
    },
    {
      name: 'pipe into sudo tee',
      code: 'FROM debian:12\nRUN echo x | sudo tee /etc/motd\n',
      errors: [{ messageId: 'sudo', line: 2 }]
    },
    {
      name: 'continuation lines',
      code: 'FROM debian:12\nRUN set -eux; \\\n    if [ -f /x ]; then \\\n      sudo rm /x; \\\n    fi\n',
      errors: [{ messageId: 'sudo', line: 2, endLine: 5 }]
    },
    {
      name: 'inside sh -c',
      code: 'FROM debian:12\nRUN sh -c "sudo make install"\n',
      errors: [{ messageId: 'sudo', line: 2 }]
    },
    {
      name: 'exec form',
      code: 'FROM debian:12\nRUN ["sudo", "make", "install"]\n',
      errors: [{ messageId: 'sudo', line: 2 }]
    },
    {
      name: 'heredoc script',
      code: 'FROM debian:12\nRUN <<EOF\nset -e\nsudo make install\nEOF\n',
      errors: [{ messageId: 'sudo', line: 2 }]
    },
    {
      name: 'builder stages count too',
      code: 'FROM debian:12 AS build\nRUN sudo make\nFROM gcr.io/distroless/static:nonroot\n',
      errors: [{ messageId: 'sudo', line: 2 }]
    },
    {
      name: 'sudo behind another wrapper, and sudo running nothing',
      code: 'FROM debian:12\nRUN timeout 600 sudo -E make install\nRUN sudo -v\n',
      errors: [
        { messageId: 'sudo', line: 2, message: "RUN invokes 'sudo -E make install'." },
        { messageId: 'sudo', line: 3, message: "RUN invokes 'sudo -v'." }
      ]
    }
  ]
});
