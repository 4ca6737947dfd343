/**
 * A loopback stand-in for the GitHub REST API, checked against GitHub's own OpenAPI description
 * (@octokit/openapi, dereferenced). Every request must match a documented method + path; JSON
 * bodies are validated against the operation's request schema and scripted response bodies
 * against its response schema. Anything off is recorded in `violations` (and answered with 4xx),
 * so a test only has to assert `violations` is empty.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

interface Operation {
  operationId: string;
  requestBody?: { content?: Record<string, { schema?: object }> };
  responses?: Record<
    string,
    { content?: Record<string, { schema?: object; examples?: Record<string, { value?: unknown }> }> }
  >;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  operation: Operation;
}

let routes: Route[] | undefined;

/** Loaded once per test process: the description is ~70 MB. */
function loadRoutes(): Route[] {
  if (routes) return routes;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as {
    paths: Record<string, Record<string, Operation>>;
  };
  routes = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    const source = template
      .split(/(\{[^}]+\})/)
      // `{path}` (the contents API) spans folders: GitHub takes it with its slashes.
      .map(part =>
        part === '{path}' ? '.+' : part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      )
      .join('');
    const pattern = new RegExp(`^${source}$`);
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation === 'object' && operation !== null && 'operationId' in operation) {
        routes.push({ method: method.toUpperCase(), template, pattern, operation });
      }
    }
  }
  // Literal segments beat parameters (`/sarifs/{id}` vs a more specific sibling).
  routes.sort(
    (a, b) => b.template.replace(/\{[^}]+\}/g, '').length - a.template.replace(/\{[^}]+\}/g, '').length
  );
  return routes;
}

/**
 * A deep copy of GitHub's own example response body for an operation and status, to script realistic
 * answers (e.g. a compare or an alert) and change only the fields a test cares about.
 */
export function documentedExample<T = unknown>(operationId: string, status = 200): T {
  const route = loadRoutes().find(r => r.operation.operationId === operationId);
  const examples = route?.operation.responses?.[String(status)]?.content?.['application/json']?.examples;
  const value = examples ? Object.values(examples)[0]?.value : undefined;
  if (value === undefined) throw new Error(`No documented ${status} example for ${operationId}.`);
  return structuredClone(value) as T;
}

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value));
ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
// Review comment and review ids (pulls API) are declared int64: any integer JSON can carry exactly.
ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isSafeInteger(value) });
const compiled = new Map<object, ValidateFunction>();

/** OpenAPI 3.0 `nullable: true` → JSON Schema `type: [T, 'null']`, recursively (copies). */
function jsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(jsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'example' || key === 'examples') continue;
    out[key] = key === 'properties' || key === 'patternProperties' ? mapValues(value) : jsonSchema(value);
  }
  if (out.nullable === true && typeof out.type === 'string') out.type = [out.type, 'null'];
  delete out.nullable;
  return out;
}

function mapValues(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSchema(v)]));
}

function validator(schema: object): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(jsonSchema(schema) as object);
    compiled.set(schema, fn);
  }
  return fn;
}

function problems(fn: ValidateFunction): string {
  return (fn.errors ?? []).map(e => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
}

export interface RecordedRequest {
  method: string;
  /** Path without the base prefix, e.g. `/repos/o/r/code-scanning/sarifs`. */
  path: string;
  operationId: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Destroy the socket instead of answering (a network error for the client). */
  dropConnection?: boolean;
  /**
   * GitHub answers this status although the description does not list it for the operation (a 422
   * for a request it cannot process, a 429 from the rate limiter): allow it without a violation.
   */
  undocumented?: true;
}

export interface FakeGitHubApi {
  /** The API URL to give the client, including the base prefix (e.g. GHES `/api/v3`). */
  url: string;
  requests: RecordedRequest[];
  violations: string[];
  /** Queue responses for an operation, consumed in order. */
  script(operationId: string, responses: ScriptedResponse[]): void;
  /** Forget requests, violations and queued responses. */
  reset(): void;
  close(): Promise<void>;
}

const REQUIRED_HEADERS: Record<string, (value: string) => boolean> = {
  authorization: value => /^Bearer \S+$/.test(value),
  accept: value => value === 'application/vnd.github+json',
  'x-github-api-version': value => /^\d{4}-\d\d-\d\d$/.test(value),
  'user-agent': value => value.length > 0
};

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGitHubApi(options: { basePath?: string } = {}): Promise<FakeGitHubApi> {
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const table = loadRoutes();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const queues = new Map<string, ScriptedResponse[]>();

  function reply(
    response: ServerResponse,
    status: number,
    body: unknown,
    extra: Record<string, string> = {}
  ) {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...extra });
    response.end(body === undefined ? '' : JSON.stringify(body));
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(request);
    if (!url.pathname.startsWith(`${basePath}/`)) {
      violations.push(`${method} ${url.pathname}: outside the API base path "${basePath}"`);
      return reply(response, 404, { message: 'Not Found' });
    }
    const path = url.pathname.slice(basePath.length);
    const route = table.find(r => r.method === method && r.pattern.test(path));
    if (!route) {
      violations.push(`${method} ${path}: no such operation in GitHub's REST API`);
      return reply(response, 404, { message: 'Not Found' });
    }
    const { operationId } = route.operation;
    for (const [name, ok] of Object.entries(REQUIRED_HEADERS)) {
      const value = request.headers[name];
      if (typeof value !== 'string' || !ok(value)) {
        violations.push(`${operationId}: header ${name} is missing or wrong (${String(value)})`);
      }
    }
    let body: unknown;
    const schema = route.operation.requestBody?.content?.['application/json']?.schema;
    if (schema) {
      try {
        body = JSON.parse(raw);
      } catch {
        violations.push(`${operationId}: body is not JSON`);
        return reply(response, 400, { message: 'Problems parsing JSON' });
      }
      const contentType = request.headers['content-type'] ?? '';
      if (!contentType.startsWith('application/json')) {
        violations.push(`${operationId}: content-type is "${contentType}"`);
      }
      const validate = validator(schema);
      if (!validate(body)) {
        violations.push(`${operationId}: invalid body: ${problems(validate)}`);
        return reply(response, 422, { message: 'Invalid request.', errors: [problems(validate)] });
      }
    } else if (raw !== '') {
      violations.push(`${operationId}: unexpected request body`);
    }
    requests.push({ method, path, operationId, headers: request.headers, body });

    const next = queues.get(operationId)?.shift();
    if (!next) {
      violations.push(`${operationId}: no scripted response left`);
      return reply(response, 500, { message: 'unscripted' });
    }
    if (next.dropConnection) {
      request.socket.destroy();
      return;
    }
    const documented = route.operation.responses?.[String(next.status)];
    if (!documented && !next.undocumented) {
      violations.push(`${operationId}: status ${next.status} is not documented for this operation`);
    }
    const responseSchema = documented?.content?.['application/json']?.schema;
    if (responseSchema && next.body !== undefined) {
      const validate = validator(responseSchema);
      if (!validate(next.body)) {
        violations.push(`${operationId}: scripted ${next.status} body is invalid: ${problems(validate)}`);
      }
    }
    reply(response, next.status, next.body, next.headers);
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      violations.push(`internal error: ${String(error)}`);
      if (!response.headersSent) reply(response, 500, { message: 'fake server error' });
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    violations,
    script(operationId, responses) {
      queues.set(operationId, [...(queues.get(operationId) ?? []), ...responses]);
    },
    reset() {
      requests.length = 0;
      violations.length = 0;
      queues.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close(error => (error ? reject(error) : resolve()))
      );
    }
  };
}
