import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a render gave: the rendered YAML stream, or why there is none. */
export type ToolOutcome = { ok: true; stdout: string } | { ok: false; reason: string };

export interface ToolRun {
  command: string;
  args: string[];
  cwd: string;
  /** The tool's own scratch directory (isolated homes), from `withScratchDirectory`. */
  scratch: string;
  timeoutMs: number;
  /** Whether the tool may reach the network (Helm dependencies, remote kustomize bases). */
  allowNetwork: boolean;
  /** PATH and the like come from here; nothing else of the caller's environment is passed on. */
  env: Readonly<Record<string, string | undefined>>;
  /** Rewrites the tool's error output before its reason is taken (paths as the user names them). */
  rewriteErrors?: (stderr: string) => string;
}

const MAX_OUTPUT = 64 * 1024 * 1024;

/**
 * Runs a renderer with an environment of its own: empty Helm config, cache, data and plugin homes (no
 * plugins, no repositories, no registry logins of the user's), an empty kubeconfig (`helm template` never
 * needs a cluster), and unless the network is allowed, a proxy that goes nowhere plus git limited to
 * local repositories, so a chart or a kustomization in an untrusted pull request cannot make the scan
 * fetch anything.
 */
export function runRenderTool(run: ToolRun): Promise<ToolOutcome> {
  const env = isolatedEnvironment(run);
  // Loaded with the first render, not at start-up (see runGit in gate/changed-lines.ts).
  const { execFile } = process.getBuiltinModule('node:child_process');
  return new Promise(resolvePromise => {
    execFile(
      run.command,
      run.args,
      {
        cwd: run.cwd,
        env,
        timeout: run.timeoutMs,
        maxBuffer: MAX_OUTPUT,
        killSignal: 'SIGKILL',
        windowsHide: true
      },
      (error, stdout, stderr) => {
        if (!error) return resolvePromise({ ok: true, stdout });
        const killed = (error as { killed?: boolean }).killed;
        const reason = killed
          ? `it did not finish within ${Math.round(run.timeoutMs / 1000)} s`
          : lastErrorLine(offlineReason((run.rewriteErrors ?? String)(String(stderr)), run.allowNetwork)) ||
            error.message;
        resolvePromise({ ok: false, reason });
      }
    );
  });
}

/** Runs `body` with a fresh temporary directory that is removed afterwards. */
export async function withScratchDirectory<T>(body: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-render-'));
  try {
    return await body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isolatedEnvironment(run: ToolRun): Record<string, string> {
  const home = join(run.scratch, 'home');
  for (const sub of ['config', 'cache', 'data', 'plugins']) mkdirSync(join(home, sub), { recursive: true });
  const kubeconfig = join(home, 'kubeconfig');
  writeFileSync(kubeconfig, 'apiVersion: v1\nkind: Config\n');
  const env: Record<string, string> = {
    HOME: home,
    USERPROFILE: home,
    HELM_CONFIG_HOME: join(home, 'config'),
    HELM_CACHE_HOME: join(home, 'cache'),
    HELM_DATA_HOME: join(home, 'data'),
    HELM_PLUGINS: join(home, 'plugins'),
    KUBECONFIG: kubeconfig,
    TMPDIR: run.scratch,
    GIT_TERMINAL_PROMPT: '0'
  };
  for (const name of ['PATH', 'Path', 'PATHEXT', 'SystemRoot', 'SYSTEMROOT', 'TEMP', 'TMP', 'LANG'])
    if (run.env[name]) env[name] = run.env[name];
  if (run.allowNetwork) {
    for (const name of ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'])
      if (run.env[name]) env[name] = run.env[name];
  } else {
    // Go's HTTP client honours these; port 9 (discard) on the loopback refuses or swallows the request.
    for (const name of ['HTTPS_PROXY', 'HTTP_PROXY', 'https_proxy', 'http_proxy'])
      env[name] = 'http://127.0.0.1:9';
    env.NO_PROXY = '';
    env.no_proxy = '';
    env.GIT_ALLOW_PROTOCOL = 'file';
  }
  return env;
}

/** What Go's HTTP client says when the request meets the proxy that goes nowhere (isolatedEnvironment). */
const OFFLINE_PROXY = /proxyconnect tcp: dial tcp 127\.0\.0\.1:9: connect: connection refused/g;
/** What git says when GIT_ALLOW_PROTOCOL keeps it to local repositories (isolatedEnvironment). */
const OFFLINE_GIT = /fatal: transport '[a-z+]+' not allowed/g;
const OFFLINE = 'not fetched (render.fetch-dependencies is off)';

/**
 * A tool's error with the refused proxy said as what it is: the scan fetches nothing unless
 * `render.fetch-dependencies` allows it (the user never set a proxy on 127.0.0.1:9).
 */
export function offlineReason(stderr: string, allowNetwork: boolean): string {
  return allowNetwork ? stderr : stderr.replace(OFFLINE_PROXY, OFFLINE).replace(OFFLINE_GIT, OFFLINE);
}

const KLOG_HEADER = /^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [\w./-]+:\d+\]\s*/;
/** A structured klog message's error (kubectl before 1.33): `"command failed" err="…"` or `err=<` … ` >`. */
const KLOG_ERROR = /^[IWEF]\d{4} [^\]]*\]\s*"[^"]*"\s+err=(?:<$|("(?:[^"\\]|\\.)*")$)/;

/**
 * The tool's own error (`Error: …` with the lines that continue it), shortened: the note
 * names the reason, not the whole log. Helm puts the cause last (`Error: chart/templates/secret.yaml:9:32`,
 * then `executing … at <.Values.mssql.sa.password>:`, then `nil pointer evaluating …`), and so does
 * kustomize (`accumulating resources: … : <cause>`), so a long reason keeps its start and its end. A
 * klog header (kubectl's `E1205 21:50:08.557469   32748 run.go:72] `: severity, date, time, process id,
 * source line) is dropped, so that the same failure gives the same note on every run.
 */
export function lastErrorLine(stderr: string): string {
  const text = klogError(stderr) ?? toolError(stderr);
  if (text.length <= 300) return text;
  // Cut between words: the head ends at a space before its 100th character, the tail starts after one.
  const headEnd = text.lastIndexOf(' ', 100);
  const tailStart = text.indexOf(' ', text.length - 190);
  const head = text.slice(0, headEnd > 50 ? headEnd : 100).trimEnd();
  const tail = text.slice(tailStart > 0 && tailStart < text.length - 120 ? tailStart : -190).trimStart();
  return `${head} … ${tail}`;
}

/** The error lines after `error:` (or the last line), klog headers dropped, as one line. */
function toolError(stderr: string): string {
  const all = stderr.split(/\r?\n/);
  const at = all.findIndex(line => /^error:/i.test(line.trim()));
  let start = at;
  if (start < 0) for (start = all.length - 1; start > 0 && (all[start] as string).trim() === '';) start--;
  // The error goes on until a blank line: indented (template errors) or not (schema errors list
  // `chart:` then `- at '/policy': got null, want string`).
  let end = start + 1;
  while (at >= 0 && end < all.length && (all[end] as string).trim() !== '') end++;
  // A message that starts with a line break (`fail "\nFATAL ERROR: …"`) leaves `…:` then a blank line.
  if (at >= 0 && /:\s*$/.test(all[end - 1] as string)) {
    while (end < all.length && (all[end] as string).trim() === '') end++;
    while (end < all.length && (all[end] as string).trim() !== '') end++;
  }
  return all
    .slice(start, end)
    .filter(line => line.trim() !== '')
    .map(line => line.trim().replace(KLOG_HEADER, ''))
    .join(' ')
    .replace(/^error:\s*/i, '');
}

/**
 * The error of kubectl's structured log line (1.32 and older, as a runner's own kubectl may be): a
 * quoted Go string after `err=`, or the tab-indented lines between `err=<` and a line ` >`. Undefined
 * when the log has none.
 */
function klogError(stderr: string): string | undefined {
  const all = stderr.split(/\r?\n/);
  for (let index = all.length - 1; index >= 0; index--) {
    const match = KLOG_ERROR.exec(all[index] as string);
    if (!match) continue;
    if (match[1] !== undefined) return unquoteGo(match[1]);
    const lines: string[] = [];
    for (const line of all.slice(index + 1)) {
      if (line.trim() === '>') break;
      lines.push(line.trim());
    }
    return lines.join(' ').trim();
  }
  return undefined;
}

/** A Go `%q` string's text (its escapes are JSON's, except `\x`, `\u`/`\U` forms JSON lacks). */
function unquoteGo(quoted: string): string {
  try {
    return (JSON.parse(quoted) as string).replace(/\s*\n\s*/g, ' ').trim();
  } catch {
    return quoted.slice(1, -1);
  }
}
