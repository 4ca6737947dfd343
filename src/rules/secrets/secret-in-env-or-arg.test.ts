import rule from './secret-in-env-or-arg.js';
import { testRule } from '../../../test/rule-tester.js';
import { imageDoc } from '../../../test/image-document.js';

const IMAGE_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
// A throwaway RSA key body shape (base64 starting with MII), never a real key.
const RSA_PEM =
  '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA PRIVATE KEY-----';
import {
  makeAwsKeyPair,
  makeGithubToken,
  makeJwt,
  pseudoRandom
} from '../../../test/builders/credentials.js';

const GITHUB_TOKEN = makeGithubToken('ghp_', pseudoRandom(30, 11));
const BAD_CHECKSUM = `${GITHUB_TOKEN.slice(0, -6)}AAAAAA`;
const AWS = makeAwsKeyPair(5);
const JWT = makeJwt({ sub: 'svc-deploy', iat: 1700000000 });

testRule(rule, {
  valid: [
    {
      name: 'secret from the environment at run time',
      code: 'FROM node:20\nENV DB_PASSWORD=${DB_PASSWORD}\n',
      docs: true
    },
    {
      name: "a Symfony parameter and the key file's path under it (LexikJWTAuthenticationBundle)",
      code: 'FROM php:8.3-fpm\nENV JWT_SECRET_KEY=%kernel.project_dir%/config/jwt/private.pem\nENV APP_SECRET=%env(resolve:SYMFONY_SECRET)%\n'
    },
    {
      name: 'names that only look secret',
      code: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password\nENV TOKEN_URL=https://login.example.com/oauth2/token\nENV KEY_VAULT_NAME=kv-prod-weu\nENV AUTHOR=jane\nENV SASS_SITE=docs\n',
      docs: true
    },
    {
      name: 'registry auth settings, a connection string without a password, vendor examples',
      code: 'FROM registry:2.8.3\nENV REGISTRY_AUTH=htpasswd \\\n    REGISTRY_AUTH_HTPASSWD_REALM="Registry Realm" \\\n    REGISTRY_AUTH_TOKEN_REALM=https://auth.example.com/token\nENV ConnectionStrings__Default="Server=db;Database=shop;Trusted_Connection=True"\nENV REDIS_CONNECTION_STRING=redis:6379,ssl=False,abortConnect=False\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
      docs: true
    },
    {
      name: 'placeholders',
      code: 'FROM alpine\nENV API_KEY=changeme\nENV DB_PASSWORD=<your-password>\nARG CLIENT_SECRET=dummy-secret\nENV SECRET_KEY_BASE=xxxxxxxx\n'
    },
    {
      name: 'empty and boolean values',
      code: 'FROM alpine\nENV PASSWORD=\nENV AUTH_ENABLED=true\nENV TOKEN_TTL=3600\n'
    },
    { name: 'ARG without default (BH204 territory)', code: 'FROM alpine\nARG NPM_TOKEN\n' },
    {
      name: 'public key and GPG fingerprint',
      code: 'FROM debian:12\nARG SSH_PUB_KEY="ssh-ed25519 AAAAC3Nza dev@host"\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\n'
    },
    {
      name: 'Application Insights instrumentation keys: base64 of a GUID, an ID (Azure Monitor images)',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nENV APPLICATIONINSIGHTS_AUTH_CHINACLOUD ZTcyY2ZjOTYtNjY3Zi1jZGYwLTkwOWMtNzhiZjAwZjQ0NDg4\nENV APPLICATIONINSIGHTS_AUTH_USSEC ZTg4MzFlZGYtNWQ1ZC0wYjZmLTk3MGUtNDkxNTgyYjliMDFl\nENV APPLICATIONINSIGHTS_AUTH_USNAT ZTliNjRmZmUtZDZlYi0xYjczLThjYWQtNDU2OTFjN2FhNzIw\n'
    },
    {
      name: 'Windows reference',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV SA_PASSWORD=%SA_PASSWORD%\n'
    },
    {
      name: 'GitHub-looking token with a bad checksum',
      code: `FROM alpine\nENV BUILD_LABEL=${BAD_CHECKSUM}\n`
    },
    {
      name: 'AWS documentation example pair',
      code: 'FROM amazon/aws-cli:2.17.0\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n'
    },
    {
      name: 'suppressed',
      code: 'FROM alpine\n# bulkhead-ignore BH201 -- test fixture credential\nENV DB_PASSWORD=local-dev-only-7f3k\n'
    },
    {
      name: 'image: version, path and GPG fingerprint variables of official images',
      image: imageDoc({
        names: ['docker.io/library/php:8.3-apache'],
        config: {
          env: [
            IMAGE_PATH,
            'GPG_KEYS=1198C0117593497A5EC5C199286AF1F9897469DC C28D937575603EB4ABB725861C0A62A8C7FFD61C',
            'PHP_VERSION=8.3.14',
            'NODE_VERSION=22.12.0',
            'GOSU_VERSION=1.17',
            'PGDATA=/var/lib/postgresql/data'
          ]
        }
      }),
      docs: true
    },
    {
      name: 'image: secret read from a mounted file',
      image: imageDoc({
        config: { env: [IMAGE_PATH, 'POSTGRES_PASSWORD_FILE=/run/secrets/x', 'PASSWORD_FILE=/run/secrets/x'] }
      })
    },
    {
      name: 'image: empty and placeholder values',
      image: imageDoc({ config: { env: ['DB_PASSWORD=', 'API_KEY=changeme', 'NO_EQUALS_SIGN'] } })
    },
    {
      name: 'image: a private key in Env is BH207, not BH201',
      image: imageDoc({
        config: {
          env: [`SSH_PRIVATE_KEY=${RSA_PEM}`]
        }
      })
    }
  ],
  invalid: [
    {
      name: 'literal password in ENV',
      code: 'FROM node:20-bookworm-slim\nENV NODE_ENV=production\nENV DB_PASSWORD=Tr0ub4dor-3-horse\n',
      errors: [
        { messageId: 'namedSecret', line: 3, message: "ENV 'DB_PASSWORD' holds a literal secret ('Tr0u…')." }
      ],
      docs: true
    },
    {
      name: 'legacy space form',
      code: 'FROM ubuntu:24.04\nENV MYSQL_ROOT_PASSWORD s3cr3t-R00t-pw\n',
      errors: [{ messageId: 'namedSecret', line: 2 }]
    },
    {
      name: 'known format under a harmless name',
      code: `FROM golang:1.23\nARG GOPRIVATE_HELPER=${GITHUB_TOKEN}\n`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 2,
          message: "ARG 'GOPRIVATE_HELPER' holds a credential (GitHub personal access token: 'ghp_…')."
        }
      ],
      docs: true
    },
    {
      // Each pair is reported once for its own token: matches went by value, so every copy of a
      // repeated token got every copy's match (a thousand pairs gave a million findings).
      name: 'the same token in several pairs of one instruction',
      code: `FROM golang:1.23\nARG GH_TOKEN=${GITHUB_TOKEN} GOPRIVATE_HELPER=${GITHUB_TOKEN} \\\n    CI_TOKEN=${GITHUB_TOKEN}\n`,
      errors: ['CI_TOKEN', 'GH_TOKEN', 'GOPRIVATE_HELPER'].map(name => ({
        messageId: 'knownFormat' as const,
        line: 2,
        message: `ARG '${name}' holds a credential (GitHub personal access token: 'ghp_…').`
      }))
    },
    {
      name: 'AWS key pair',
      code: `FROM python:3.12-slim\nENV AWS_ACCESS_KEY_ID=${AWS.id} \\\n    AWS_SECRET_ACCESS_KEY=${AWS.secret}\n`,
      errors: [
        {
          messageId: 'knownFormat',
          line: 2,
          message: /AWS_ACCESS_KEY_ID' holds a credential \(AWS access key ID: 'AKIA…'\)/
        },
        { messageId: 'knownFormat', line: 2, message: /AWS_SECRET_ACCESS_KEY' holds a credential/ }
      ]
    },
    {
      name: 'AWS key ID on its own line',
      code: `FROM python:3.12-slim\nENV AWS_ACCESS_KEY_ID=${AWS.id}\nENV AWS_DEFAULT_REGION=eu-west-1\n`,
      errors: [{ messageId: 'knownFormat', line: 2 }]
    },
    {
      name: 'JWT',
      code: `FROM node:20\nENV SERVICE_JWT=${JWT}\n`,
      errors: [{ messageId: 'knownFormat', line: 2 }]
    },
    {
      name: 'password inside a connection URL',
      code: 'FROM python:3.12-slim\nENV DATABASE_URL=postgres://app:9xQ2vLr7Tz@db.internal:5432/app\n',
      errors: [{ messageId: 'knownFormat', line: 2 }]
    },
    {
      name: 'ENV takes the literal of an ARG default',
      code: 'FROM alpine\nARG PW=Zx8-Lq2-Mn4-Rt6\nENV DB_PASSWORD=$PW\n',
      errors: [{ messageId: 'namedSecret', line: 3 }]
    },
    {
      name: 'Windows connection string',
      code: '# escape=`\nFROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\nENV ConnectionStrings__Default="Server=sql;Database=app;User Id=sa;Password=Pa55w0rd!2024"\n',
      errors: [{ messageId: 'namedSecret', line: 3 }]
    },
    {
      name: 'builder stages count',
      code: 'FROM node:20 AS build\nARG NPM_TOKEN=npm-deploy-4f9a2c7e1b\nFROM nginx:1.27\n',
      errors: [{ messageId: 'namedSecret', line: 2 }]
    },
    {
      name: 'image: literal password in config.Env',
      image: imageDoc({
        names: ['registry.acme.local/shop/api:3.2.0'],
        config: { env: [IMAGE_PATH, 'NODE_VERSION=22.12.0', 'DB_PASSWORD=Tr0ub4dor-3-horse'] }
      }),
      errors: [
        {
          messageId: 'namedSecret',
          line: 1,
          logical: 'config.Env[2]',
          message: "Image ENV 'DB_PASSWORD' holds a literal secret ('Tr0u…')."
        }
      ],
      docs: true
    },
    {
      name: 'image: known format under a harmless name',
      image: imageDoc({ config: { env: [IMAGE_PATH, `GOPRIVATE_HELPER=${GITHUB_TOKEN}`] } }),
      errors: [
        {
          messageId: 'knownFormat',
          line: 1,
          logical: 'config.Env[1]',
          message: "Image ENV 'GOPRIVATE_HELPER' holds a credential (GitHub personal access token: 'ghp_…')."
        }
      ]
    },
    {
      name: 'image: AWS key pair over two Env entries',
      image: imageDoc({
        config: { env: [IMAGE_PATH, `AWS_ACCESS_KEY_ID=${AWS.id}`, `AWS_SECRET_ACCESS_KEY=${AWS.secret}`] }
      }),
      errors: [
        {
          messageId: 'knownFormat',
          line: 1,
          logical: 'config.Env[1]',
          message: /AWS access key ID: 'AKIA…'/
        },
        { messageId: 'knownFormat', line: 1, logical: 'config.Env[2]' }
      ]
    },
    {
      name: 'image: Windows connection string',
      image: imageDoc({
        platform: { os: 'windows', osVersion: '10.0.20348.2966' },
        config: {
          env: ['ConnectionStrings__Default=Server=sql;Database=app;User Id=sa;Password=Pa55w0rd!2024']
        }
      }),
      errors: [{ messageId: 'namedSecret', line: 1, logical: 'config.Env[0]' }]
    }
  ]
});
