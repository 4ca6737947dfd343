import rule from './private-key-material.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc, testLayerDigest } from '../../../test/image-document.js';
import { generateKeyPairSync } from 'node:crypto';

// A syntactically real (throwaway, never used) RSA key body shape: base64 starting with MII.
const BODY =
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\nLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo\n9z+40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvre\n';
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${BODY}-----END RSA PRIVATE KEY-----`;

// Keys generated per run (never committed), written the ways build scripts write them line by line.
const RSA_LINES = generateKeyPairSync('rsa', { modulusLength: 1024 })
  .privateKey.export({ type: 'pkcs1', format: 'pem' })
  .toString()
  .trim()
  .split('\n');
const EC_LINES = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  .privateKey.export({ type: 'sec1', format: 'pem' })
  .toString()
  .trim()
  .split('\n');

testRule(rule, {
  valid: [
    {
      name: 'SSH mount instead of a key',
      code: 'FROM alpine/git:2.45.2\nRUN --mount=type=ssh git clone git@github.com:org/private.git\n',
      docs: true
    },
    {
      name: 'placeholder key in docs',
      code: 'FROM alpine\n# -----BEGIN RSA PRIVATE KEY-----\n# ...\n# -----END RSA PRIVATE KEY-----\nRUN true\n'
    },
    {
      name: 'public key',
      code: 'FROM alpine\nRUN echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBx2xX5c5iK1mR1Xk0b5QZ8xK7z3r6gq0w1m2n3o4p5q dev@host" >> /root/.ssh/authorized_keys\n'
    },
    {
      name: 'image: public key and known_hosts',
      image: imageDoc({
        files: [
          {
            path: 'root/.ssh/id_ed25519.pub',
            layerIndex: 2,
            text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBx2xX5c5iK1mR1Xk0b5QZ8xK7z3r6gq0w1m2n3o4p5q dev@host\n'
          }
        ]
      }),
      docs: true
    },
    {
      name: 'image: a key file the loader could not read',
      image: imageDoc({ files: [{ path: 'root/.ssh/id_rsa', layerIndex: 1 }] })
    }
  ],
  invalid: [
    {
      name: 'key written with a heredoc',
      code: `FROM alpine:3.20\nRUN <<EOF\nmkdir -p /root/.ssh\ncat > /root/.ssh/id_rsa <<KEY\n${PEM}\nKEY\nEOF\n`,
      errors: [
        {
          messageId: 'privateKey',
          line: 2,
          message: 'The file contains private key material (RSA private key, line 5).'
        }
      ],
      docs: true
    },
    {
      name: 'key in a Kubernetes ConfigMap',
      filename: 'config.yaml',
      code: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ssh\ndata:\n  id_rsa: |\n${PEM.split('\n')
        .map(l => `    ${l}`)
        .join('\n')}\n`,
      errors: [{ messageId: 'privateKey', line: 7 }]
    },
    {
      name: 'key in a Compose environment value',
      filename: 'compose.yaml',
      code: `services:\n  app:\n    image: app:1.0\n    environment:\n      SSH_KEY: |\n${PEM.split('\n')
        .map(l => `        ${l}`)
        .join('\n')}\n`,
      errors: [{ messageId: 'privateKey', line: 6 }]
    },
    {
      name: "key written line by line with printf '%s\\n'",
      code: `FROM debian:12\nRUN mkdir -p /root/.ssh && \\\n    printf '%s\\n' \\\n${RSA_LINES.map(l => `      '${l}' \\`).join('\n')}\n      > /root/.ssh/id_rsa && chmod 600 /root/.ssh/id_rsa\n`,
      errors: [{ messageId: 'privateKey', line: 2, message: /RSA private key, line 4/ }]
    },
    {
      name: 'key written by echo lines joined with && into a file under /etc/ssl/private',
      code: `FROM nginx:1.27\nRUN ${EC_LINES.map(l => `echo '${l}' >> /etc/ssl/private/serverkey`).join(' && \\\n    ')}\n`,
      errors: [{ messageId: 'privateKey', line: 2, message: /EC private key/ }]
    },
    {
      name: 'key in one \\n-separated string, and one echo per RUN',
      code: `FROM debian:12\nRUN echo "${EC_LINES.join('\\n')}" > /opt/app/keys/signingkey\n${EC_LINES.map(l => `RUN echo '${l}' >> /opt/app/keys/otherkey`).join('\n')}\n`,
      errors: [
        { messageId: 'privateKey', line: 2, message: /EC private key/ },
        { messageId: 'privateKey', line: 3, message: /EC private key/ }
      ]
    },
    {
      name: 'key in a comment is still committed',
      code: `FROM alpine:3.20\n${PEM.split('\n')
        .map(l => `# ${l}`)
        .join('\n')}\nRUN true\n`,
      errors: [{ messageId: 'privateKey', line: 2 }]
    },
    {
      name: 'image: private key in a layer',
      image: imageDoc({
        files: [{ path: 'root/.ssh/id_rsa', layerIndex: 1, text: `${PEM}\n`, deletedInLayer: 2 }]
      }),
      errors: [
        {
          messageId: 'layerFile',
          line: 1,
          logical: `${testLayerDigest(1)}:root/.ssh/id_rsa`,
          message:
            "'root/.ssh/id_rsa' in image layer 1 (sha256:020202020202) contains private key material (RSA private key, line 1)."
        }
      ],
      docs: true
    },
    {
      name: 'image: key in a file not named like one',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.20348.2966' },
        files: [{ path: 'app/config/signing.txt', layerIndex: 3, text: `signing key:\n${PEM}\n` }]
      }),
      errors: [{ messageId: 'layerFile', line: 1, message: /line 2\)\.$/ }]
    },
    {
      name: 'image: key in config.Env, reported once although its ENV step repeats it',
      image: imageDoc({
        config: { env: ['PATH=/usr/bin:/bin', `SSH_PRIVATE_KEY=${PEM}`] },
        history: [`ENV SSH_PRIVATE_KEY=${PEM}`]
      }),
      errors: [
        {
          messageId: 'imageConfig',
          line: 1,
          logical: 'config.Env[1]',
          message: "Image ENV 'SSH_PRIVATE_KEY' contains private key material (RSA private key)."
        }
      ]
    },
    {
      name: 'image: key written by a history command',
      image: imageDoc({
        history: [
          `/bin/sh -c mkdir -p /root/.ssh && echo "${PEM.replaceAll('\n', '\\n')}" > /root/.ssh/id_rsa`
        ]
      }),
      errors: [
        {
          messageId: 'imageConfig',
          line: 1,
          logical: 'history[0].created_by',
          message: /^Image history entry 0 /
        }
      ]
    }
  ]
});
