import { afterEach, describe, expect, it } from '@jest/globals';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { RegistryError } from './errors.js';
import { retryAfterMs, Transport, type TransportSettings } from './transport.js';

const stops: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
});

/** Starts `server` on 127.0.0.1 and stops it (and its open sockets) after the test. */
async function listen(server: Server | HttpServer): Promise<number> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  stops.push(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>(resolve => server.close(() => resolve()));
  });
  return (server.address() as AddressInfo).port;
}

function transport(settings: Partial<TransportSettings>, sleeps: number[] = []): Transport {
  const made = new Transport({
    certsDir: '/nonexistent/certs.d',
    insecureHosts: new Set(),
    timeoutMs: 5000,
    attempts: 1,
    backoffMs: 100,
    random: () => 0.999,
    sleep: async ms => {
      sleeps.push(ms);
    },
    note: () => {},
    ...settings
  });
  stops.push(() => made.close());
  return made;
}

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryError) return error;
    throw error;
  }
  throw new Error('expected a RegistryError');
}

describe('Transport timeouts', () => {
  it('a registry that accepts the connection and never answers times out on every attempt', async () => {
    let requests = 0;
    const port = await listen(
      createServer(socket => {
        socket.once('data', () => requests++);
        socket.on('error', () => {});
      })
    );
    const sleeps: number[] = [];
    const error = await failure(
      transport({ timeoutMs: 100, attempts: 2 }, sleeps).request({
        url: new URL(`http://127.0.0.1:${port}/v2/team/app/manifests/v1`)
      })
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`registry 127.0.0.1:${port}: no answer within 100 ms`);
    expect(sleeps).toEqual([100]);
    expect(requests).toBeGreaterThan(0);
  });

  it('a registry that trickles its headers without finishing them hits the response deadline', async () => {
    const port = await listen(
      createServer(socket => {
        socket.on('error', () => {});
        socket.once('data', () => {
          socket.write('HTTP/1.1 200 OK\r\nX-Slow: ');
          // One byte every 20 ms: never idle long enough for the 1 s idle timeout.
          const drip = setInterval(() => socket.write('a'), 20);
          socket.on('close', () => clearInterval(drip));
        });
      })
    );
    const error = await failure(
      transport({ timeoutMs: 1000, responseTimeoutMs: 150 }).request({
        url: new URL(`http://127.0.0.1:${port}/v2/`)
      })
    );
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe(`registry 127.0.0.1:${port}: no response within 150 ms`);
  });
});

describe('Transport and 429', () => {
  function limited(retryAfter: string) {
    const answers: number[] = [];
    const server = createHttpServer((request, response) => {
      const first = answers.length === 0;
      answers.push(first ? 429 : 200);
      if (first) {
        response.writeHead(429, { 'Retry-After': retryAfter, 'Content-Type': 'application/json' });
        response.end('{"errors":[{"code":"TOOMANYREQUESTS","message":"pull rate limit"}]}');
      } else {
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end('{}');
      }
    });
    return { server, answers };
  }

  it('waits what Retry-After asks, then tries again', async () => {
    const { server, answers } = limited('3');
    const port = await listen(server);
    const sleeps: number[] = [];
    const response = await transport({ attempts: 3 }, sleeps).request({
      url: new URL(`http://127.0.0.1:${port}/v2/library/alpine/manifests/3`)
    });
    response.body.resume();
    expect(response.status).toBe(200);
    expect(answers).toEqual([429, 200]);
    expect(sleeps).toEqual([3000]);
  });

  it('hands a 429 asking for more than the cap to the caller at once', async () => {
    const { server, answers } = limited('3600');
    const port = await listen(server);
    const sleeps: number[] = [];
    const response = await transport({ attempts: 3 }, sleeps).request({
      url: new URL(`http://127.0.0.1:${port}/v2/library/alpine/manifests/3`)
    });
    response.body.resume();
    expect(response.status).toBe(429);
    expect(answers).toEqual([429]);
    expect(sleeps).toEqual([]);
  });
});

describe('retryAfterMs', () => {
  it('reads delta-seconds and HTTP dates, and ignores anything else', () => {
    const now = Date.UTC(2026, 11, 5, 6, 0, 0);
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sat, 05 Dec 2026 06:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Sat, 05 Dec 2026 05:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});
