import type { ShellDialect } from '../shell/shell-commands.js';
import { programName } from '../shell/shell-words.js';
import { parseValidYaml } from '../yaml/parse-yaml-documents.js';
import type { YamlNode } from '../yaml/yaml-node.js';
import { partitionPoint } from '../../core/partition-point.js';

/** The files dockerd command lines are read from. */
export type CommandFileKind =
  'posix-script' | 'powershell-script' | 'systemd-unit' | 'workflow' | 'gitlab-ci';

/** A piece of a file to read as shell, with the way back from its offsets to the file's lines and columns. */
export interface CommandScript {
  script: string;
  dialect: ShellDialect;
  /** 1-based line and column in the file of an offset into `script`. */
  position(offset: number): { line: number; column: number };
}

/**
 * Which kind of file carries dockerd command lines, by name: shell scripts (`*.sh`, `*.bash`),
 * PowerShell scripts (`*.ps1`, where Windows hosts register `dockerd --register-service`), systemd
 * units and drop-ins (`*.service`, `*.service.d/*.conf` such as `docker.service.d/override.conf`)
 * GitHub Actions workflows (`.github/workflows/*.yml`) and GitLab CI pipelines (`.gitlab-ci.yml`, the
 * files it includes from `.gitlab/ci/`, and `*.gitlab-ci.yml` templates). With the file's text, a
 * shell script named without an extension too ({@link isShellScriptWithoutExtension}).
 */
export function commandFileKind(path: string, text?: string): CommandFileKind | undefined {
  const normal = path.replace(/\\/g, '/');
  const name = (normal.split('/').pop() ?? normal).toLowerCase();
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(normal)) return 'workflow';
  if (/(^|\.)gitlab-ci\.ya?ml$/.test(name) || /(^|\/)\.gitlab\/ci\/.+\.ya?ml$/i.test(normal))
    return 'gitlab-ci';
  if (name.endsWith('.service') || /\.service\.d\/[^/]+\.conf$/i.test(normal) || name === 'override.conf')
    return 'systemd-unit';
  if (name.endsWith('.sh') || name.endsWith('.bash')) return 'posix-script';
  if (name.endsWith('.ps1')) return 'powershell-script';
  if (text !== undefined && isShellScriptWithoutExtension(path, text)) return 'posix-script';
  return undefined;
}

/**
 * A `#!` line that runs a POSIX-family shell: `/bin/sh`, `/bin/bash -e`, `/usr/bin/env bash`,
 * `/usr/local/bin/dash`. Only the file's first line counts, as it does for the kernel.
 */
const SHELL_SHEBANG = /^#![ \t]*\/(?:usr\/(?:local\/)?)?bin\/(?:env[ \t]+)?(?:ba|da|a|k|z)?sh(?![\w.-])/;

/**
 * A shell script named without an extension, as wrappers and entrypoints often are (jpetazzo/dind's
 * `wrapdocker` ends in `exec dockerd -H 0.0.0.0:$PORT …`, images ship `docker-entrypoint`): its
 * `#!` line says what it is. A name with a dot is left to its extension.
 */
export function isShellScriptWithoutExtension(path: string, text: string): boolean {
  const normal = path.replace(/\\/g, '/');
  const base = normal.slice(normal.lastIndexOf('/') + 1);
  return !base.includes('.') && SHELL_SHEBANG.test(text);
}

/**
 * The shell scripts of a file: a whole script file; each `ExecStart=` of a systemd unit; each
 * `jobs.*.steps[].run` of a workflow (in the step's shell). `ExecStart=` lines inside a POSIX
 * script or `run:` block — the here-document that writes a `docker.service.d` drop-in — are read
 * too. Throws InputParseError for a workflow that is not valid YAML.
 */
export function commandScripts(text: string, kind: CommandFileKind): CommandScript[] {
  switch (kind) {
    case 'posix-script':
    case 'powershell-script': {
      const whole = wholeText(text, kind === 'posix-script' ? 'posix' : 'powershell');
      return kind === 'posix-script' ? [whole, ...execStartScripts(whole)] : [whole];
    }
    case 'systemd-unit':
      return execStartScripts(wholeText(text, 'posix'));
    case 'workflow':
      return workflowScripts(text).flatMap(run =>
        run.dialect === 'posix' ? [run, ...execStartScripts(run)] : [run]
      );
    case 'gitlab-ci':
      return gitlabScripts(text).flatMap(run => [run, ...execStartScripts(run)]);
  }
}

/** One source line's piece of a script: where it starts in the script and in the file. */
interface Segment {
  offset: number;
  line: number;
  column: number;
}

function mapper(segments: Segment[]): CommandScript['position'] {
  return offset => {
    // The last segment starting at or before the offset (the first when none does).
    const last = partitionPoint(segments.length, i => (segments[i] as Segment).offset <= offset) - 1;
    const segment = segments[Math.max(0, last)] ?? { offset: 0, line: 1, column: 1 };
    return { line: segment.line, column: segment.column + Math.max(0, offset - segment.offset) };
  };
}

function wholeText(text: string, dialect: ShellDialect): CommandScript {
  // CR and CRLF line ends become LF for the shell parsers (a here-document's delimiter line must match exactly).
  const script = text.replace(/\r\n?/g, '\n');
  const segments: Segment[] = [{ offset: 0, line: 1, column: 1 }];
  for (const match of script.matchAll(/\n/g)) {
    segments.push({ offset: (match.index ?? 0) + 1, line: segments.length + 1, column: 1 });
  }
  return { script, dialect, position: mapper(segments) };
}

/**
 * Each systemd `ExecStart=` value in a script's text, from after the `=` and the command-line
 * prefixes (`-`, `@`, `:`, `+`, `!`) to the end of the line, following `\` continuations. systemd
 * joins a continued line with a space, so the backslash and line break become spaces (offsets stay).
 */
function execStartScripts(outer: CommandScript): CommandScript[] {
  const found: CommandScript[] = [];
  const { script } = outer;
  // A line that a `\` continues is part of the value before it, even when it reads `ExecStart=`:
  // reading it again would make each of a thousand continued lines its own script to the end.
  let consumed = 0;
  for (const match of script.matchAll(/^[ \t]*ExecStart[ \t]*=[ \t]*[-@:+!]*/gm)) {
    if ((match.index ?? 0) < consumed) continue;
    const start = (match.index ?? 0) + match[0].length;
    let end = start;
    for (;;) {
      const lineEnd = script.indexOf('\n', end);
      end = lineEnd < 0 ? script.length : lineEnd;
      if (script[end - 1] !== '\\' || end <= start || end >= script.length) break;
      end += 1;
    }
    consumed = end;
    const value = script.slice(start, end).replace(/\\\n/g, '  ');
    if (value.trim() === '') continue; // `ExecStart=` alone resets the list
    found.push({ script: value, dialect: 'posix', position: offset => outer.position(start + offset) });
  }
  return found;
}

const POSIX_SHELLS = new Set(['bash', 'sh', 'dash', 'zsh', 'ksh', 'ash']);

/** Every `run:` of every job's steps, with the dialect of the shell that runs it. */
function workflowScripts(text: string): CommandScript[] {
  const documents = parseValidYaml(text);
  const lines = text.split(/\r\n|\r|\n/);
  const scripts: CommandScript[] = [];
  for (const { root } of documents) {
    for (const [, job] of root.get('jobs')?.entries() ?? []) {
      for (const step of job.get('steps')?.items() ?? []) {
        const run = step.get('run');
        if (typeof run?.scalar !== 'string') continue;
        const dialect = stepDialect(step, job, root);
        if (dialect) scripts.push(runScript(run, dialect, lines));
      }
    }
  }
  return scripts;
}

/** The keys of a GitLab CI job whose lines the runner's shell runs. */
const GITLAB_SCRIPT_KEYS = ['before_script', 'script', 'after_script'];
/** GitLab flattens nested script arrays (YAML anchors of lists) up to this depth. */
const GITLAB_NESTING = 10;

/**
 * Every line of every job's `before_script`, `script` and `after_script` (and `default:`'s) in a GitLab
 * CI pipeline, read as POSIX shell; and the `command` of each Docker-in-Docker service
 * (`services: [{ name: docker:27-dind, command: ["--insecure-registry=…"] }]`), which the image's
 * entrypoint hands to dockerd: it becomes a `dockerd` command line whose words sit on their items' lines.
 */
function gitlabScripts(text: string): CommandScript[] {
  const lines = text.split(/\r\n|\r|\n/);
  const scripts: CommandScript[] = [];
  const scriptLines = (node: YamlNode | undefined, depth: number): void => {
    if (!node || depth > GITLAB_NESTING) return;
    if (typeof node.scalar === 'string') scripts.push(runScript(node, 'posix', lines));
    for (const item of node.items()) scriptLines(item, depth + 1);
  };
  const services = (owner: YamlNode): void => {
    for (const service of owner.get('services')?.items() ?? []) {
      const command = dindServiceCommand(service);
      if (command) scripts.push(command);
    }
  };
  for (const { root } of parseValidYaml(text)) {
    services(root);
    for (const [, job] of root.entries()) {
      if (job.kind !== 'map') continue;
      for (const key of GITLAB_SCRIPT_KEYS) scriptLines(job.get(key), 0);
      services(job);
    }
  }
  return scripts;
}

/**
 * A Docker-in-Docker service's `command` as the dockerd command line it starts: the `docker:dind`
 * entrypoint runs `dockerd` with arguments that start with `-`, and runs `dockerd …` as given.
 */
function dindServiceCommand(service: YamlNode): CommandScript | undefined {
  const image = service.get('name')?.text ?? '';
  const words = service.get('command')?.items() ?? [];
  if (!/(^|\/)docker:[^/]*dind/i.test(image) || words.length === 0) return undefined;
  const first = words[0]?.text ?? '';
  const segments: Segment[] = [];
  let script = '';
  if (first.startsWith('-')) {
    const { startLine, startColumn } = (service.get('command') as YamlNode).reportRegion;
    segments.push({ offset: 0, line: startLine, column: startColumn });
    script = 'dockerd';
  }
  for (const word of words) {
    if (word.text === undefined) continue;
    if (script !== '') script += ' ';
    segments.push({ offset: script.length, line: word.region.startLine, column: word.region.startColumn });
    script += `'${word.text.replace(/'/g, `'\\''`)}'`;
  }
  return { script, dialect: 'posix', position: mapper(segments) };
}

/**
 * The shell of a step: `shell:` on the step, else `defaults.run.shell` of the job or the workflow,
 * else the runner's default — PowerShell (`pwsh`) on Windows runners, bash elsewhere
 * (docs.github.com "Workflow syntax", `jobs.<job_id>.steps[*].shell`). Undefined for non-shell
 * interpreters such as `python`.
 */
function stepDialect(step: YamlNode, job: YamlNode, root: YamlNode): ShellDialect | undefined {
  const shell =
    step.get('shell')?.text ??
    job.at('defaults', 'run', 'shell')?.text ??
    root.at('defaults', 'run', 'shell')?.text;
  if (shell !== undefined) {
    const program = programName(shell.trim().split(/\s+/)[0] ?? '');
    if (POSIX_SHELLS.has(program)) return 'posix';
    if (program === 'pwsh' || program === 'powershell') return 'powershell';
    if (program === 'cmd') return 'cmd';
    return undefined;
  }
  const runsOn = job.get('runs-on');
  const labels = [runsOn?.text, ...(runsOn?.items().map(item => item.text) ?? [])];
  return labels.some(label => label !== undefined && /windows/i.test(label)) ? 'powershell' : 'posix';
}

/**
 * A `run:` value as a script whose offsets map to the file. Block scalars (`|`, `>`) keep their
 * lines with the common indentation removed (folded `>` lines are joined with a space, as YAML
 * does); flow scalars keep their source text, quotes and line breaks turned into spaces.
 */
function runScript(run: YamlNode, dialect: ShellDialect, lines: string[]): CommandScript {
  const { region } = run;
  const raw = run.raw ?? run.text ?? '';
  const segments: Segment[] = [];
  let script = '';
  if (run.style === 'block') {
    const header = lines[region.startLine - 1]?.slice(region.startColumn - 1) ?? '';
    const folded = header.startsWith('>');
    const body = raw.replace(/\r/g, '').split('\n');
    if (body.at(-1) === '') body.pop();
    const indent = body.reduce(
      (least, line) => (line.trim() === '' ? least : Math.min(least, line.length - line.trimStart().length)),
      Number.POSITIVE_INFINITY
    );
    body.forEach((line, index) => {
      const content = line.slice(Number.isFinite(indent) ? indent : 0);
      if (index > 0) {
        const previous = body[index - 1] as string;
        const join =
          folded && previous.trim() !== '' && line.trim() !== '' && !/^\s/.test(content) ? ' ' : '\n';
        script += join;
      }
      segments.push({
        offset: script.length,
        line: region.startLine + 1 + index,
        column: (Number.isFinite(indent) ? indent : 0) + 1
      });
      script += content;
    });
  } else {
    const quoted = run.style === 'single' || run.style === 'double';
    script = raw.replace(/\r?\n|\r/g, match => ' '.repeat(match.length));
    if (quoted) script = ` ${script.slice(1, -1)} `;
    segments.push({ offset: 0, line: region.startLine, column: region.startColumn });
    for (const match of raw.matchAll(/\r\n|\r|\n/g)) {
      const offset = (match.index ?? 0) + match[0].length;
      segments.push({ offset, line: region.startLine + segments.length, column: 1 });
    }
  }
  return { script, dialect, position: mapper(segments) };
}
