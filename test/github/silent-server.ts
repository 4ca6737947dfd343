/**
 * Loopback servers for network faults: one that accepts TCP connections and never answers, and a
 * port where nothing listens (connection refused). Tests use them with millisecond timeouts.
 */
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SilentServer {
  /** `http://127.0.0.1:PORT`. */
  url: string;
  port: number;
  /** Connections on which a request arrived (fetch may open a spare connection that sends nothing). */
  requests: number;
  close(): Promise<void>;
}

/** Accepts connections, reads whatever comes, never writes a byte. */
export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>();
  const server = createServer(socket => {
    sockets.add(socket);
    socket.once('data', () => state.requests++);
    socket.on('data', () => {});
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const state: SilentServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    requests: 0,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve()))
      );
    }
  };
  return state;
}

/** A loopback port that was just free: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>(resolve => server.close(() => resolve()));
  return port;
}
