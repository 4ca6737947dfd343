import { imageDoc, testLayerDigest } from '../../../test/image-document.js';
import { parseDockerfile } from '../dockerfile/parse-dockerfile.js';
import { locateInDockerfile, normaliseCreatedBy } from './locate-in-dockerfile.js';

// A Go service: a builder stage, a base stage that sets up the runtime, and the final stage built FROM it.
const dockerfile = parseDockerfile(
  [
    'FROM golang:1.23 AS build', // 1
    'RUN go build -o /out/api ./cmd/api', // 2
    'FROM debian:bookworm-slim AS runtime', // 3
    'ENV TZ=UTC LANG=C.UTF-8', // 4
    'RUN apt-get update && \\', // 5
    '    apt-get install -y ca-certificates', // 6
    'FROM runtime', // 7
    'ARG RELEASE', // 8
    'COPY --from=build /out/api /usr/local/bin/api', // 9
    'RUN ["/usr/local/bin/api", "migrate"]', // 10
    'RUN ["/usr/local/bin/api", "migrate"]', // 11
    'USER 10001', // 12
    ''
  ].join('\n')
);

const image = imageDoc({
  config: {
    user: '10001',
    env: ['PATH=/usr/bin', 'TZ=UTC', 'RELEASE=1.2.0', 'DEBIAN_FRONTEND=noninteractive']
  },
  history: [
    { createdBy: '/bin/sh -c #(nop) ADD file:9b3c7a1e in / ', emptyLayer: false, layerIndex: 0 },
    { createdBy: 'ENV TZ=UTC LANG=C.UTF-8', emptyLayer: true },
    {
      createdBy: 'RUN /bin/sh -c apt-get update &&     apt-get install -y ca-certificates # buildkit',
      emptyLayer: false,
      layerIndex: 1
    },
    { createdBy: 'ARG RELEASE', emptyLayer: true },
    { createdBy: 'COPY /out/api /usr/local/bin/api # buildkit', emptyLayer: false, layerIndex: 2 },
    { createdBy: 'RUN /usr/local/bin/api migrate # buildkit', emptyLayer: false, layerIndex: 3 },
    { createdBy: 'RUN /usr/local/bin/api migrate # buildkit', emptyLayer: false, layerIndex: 4 },
    { createdBy: '/bin/sh -c #(nop)  USER 10001', emptyLayer: true }
  ],
  files: [
    { path: 'usr/local/bin/.env', layerIndex: 2 },
    { path: 'etc/ssl/private/ssl-cert-snakeoil.key', layerIndex: 0 }
  ]
});

const at = (logical: string) => {
  const origin = locateInDockerfile(logical, image, dockerfile);
  return origin && `${origin.keyword} ${origin.region.startLine}${origin.approximate ? ' approximate' : ''}`;
};

describe('locateInDockerfile', () => {
  it('puts config.User on the last USER of the final image, else on the final FROM', () => {
    expect(at('config.User')).toBe('USER 12');
    const noUser = parseDockerfile(
      'FROM python:3.12-slim AS base\nUSER app\nFROM python:3.12-slim\nCOPY . /app\n'
    );
    expect(locateInDockerfile('config.User', image, noUser)).toMatchObject({
      keyword: 'FROM',
      region: { startLine: 3 },
      approximate: false
    });
  });

  it('puts an Env entry on its ENV pair, in a stage the final one is built FROM, or on the ARG', () => {
    expect(at('config.Env[1]')).toBe('ENV 4');
    expect(locateInDockerfile('config.Env[1]', image, dockerfile)?.region.startColumn).toBe(5);
    expect(at('config.Env[2]')).toBe('ARG 8');
    // Set by the base image: the FROM that names it is the closest origin.
    expect(at('config.Env[3]')).toBe('FROM 3 approximate');
  });

  it('matches history entries by normalised text, identical ones in order', () => {
    expect(at('history[2].created_by')).toBe('RUN 5');
    expect(at('history[5].created_by')).toBe('RUN 10');
    expect(at('history[6].created_by')).toBe('RUN 11');
    expect(at('history[7].created_by')).toBe('USER 12');
    expect(at('history[0].created_by')).toBe('FROM 3 approximate');
    expect(at('history[99].created_by')).toBe('FROM 3 approximate');
  });

  it('puts a layer file on the instruction whose history entry made its layer', () => {
    expect(at(`${testLayerDigest(2)}:usr/local/bin/.env`)).toBe('COPY 9');
    expect(at(`${testLayerDigest(0)}:etc/ssl/private/ssl-cert-snakeoil.key`)).toBe('FROM 3 approximate');
    expect(at('os.version')).toBe('FROM 3 approximate');
  });

  it('pairs thousands of identical RUNs and ENV pairs in order, each located once per image', () => {
    // A fuzzed image had 200,000 Env entries: locating each finding must not rescan the history.
    const count = 2_000;
    const lines = ['FROM alpine:3.20'];
    for (let i = 0; i < count; i++) lines.push('RUN echo step', `ENV KEY_${i}=v`);
    const manyRuns = parseDockerfile(lines.join('\n') + '\n');
    const many = imageDoc({
      config: { env: Array.from({ length: count }, (_, i) => `KEY_${i}=v`) },
      history: Array.from({ length: count }, (_, i) => ({
        createdBy: 'RUN /bin/sh -c echo step # buildkit',
        emptyLayer: false,
        layerIndex: i
      }))
    });
    const lineOf = (logical: string) => locateInDockerfile(logical, many, manyRuns)?.region.startLine;
    for (let i = 0; i < count; i++) {
      expect(lineOf(`history[${i}].created_by`)).toBe(2 + 2 * i);
      expect(lineOf(`config.Env[${i}]`)).toBe(3 + 2 * i);
    }
  });

  it('gives nothing for a Dockerfile without a stage', () => {
    expect(locateInDockerfile('config.User', image, parseDockerfile('# empty\n'))).toBeUndefined();
  });
});

describe('normaliseCreatedBy', () => {
  it.each([
    ['RUN |2 A=1 B=two /bin/sh -c make   install # buildkit', 'RUN make install'],
    ['/bin/sh -c apk add --no-cache curl', 'RUN apk add --no-cache curl'],
    ['/bin/sh -c #(nop)  ENV K=v', 'ENV K=v'],
    ['COPY app.jar /app/app.jar # buildkit', 'COPY app.jar /app/app.jar'],
    ['WORKDIR /srv', 'WORKDIR /srv']
  ])('%s → %s', (createdBy, expected) => {
    expect(normaliseCreatedBy(createdBy)).toBe(expected);
  });
});
