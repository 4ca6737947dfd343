import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigurationError, errorMessage } from '../core/errors.js';
import { PRODUCT_VERSION } from '../core/product.js';
import type { FailOn } from '../core/severity.js';
import { decodeText } from '../engine/read-text-file.js';
import { scan } from '../engine/scan.js';
import { remoteConfigReader } from '../github/read-remote-config.js';
import { formatResult } from '../reporters/format-result.js';
import type { RuleMeta } from '../core/rule.js';
import { redactText } from '../secrets/redact-text.js';
import { ALL_RULES, findRule } from '../rules/index.js';
import { helpFor } from './help-text.js';
import { cliGate, readCliGateSources } from './new-findings-gate.js';
import { parseCliArgs, type ScanCliOptions } from './parse-cli-args.js';
import { startProgress } from './progress-line.js';

/** What the CLI touches of the outside world (injected so tests run it in-process). */
export interface CliIo {
  cwd: string;
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  readStdin: () => Promise<Uint8Array>;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
export const EXIT_SCAN_FAILED = 3;

/** Runs the CLI; returns the exit code (DESIGN.md CLI contract). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(helpFor(command.topic));
        return EXIT_OK;
      case 'version':
        io.stdout.write(`${PRODUCT_VERSION}\n`);
        return EXIT_OK;
      // Commands other than `scan` load their code when they run: a scan does not compile `fix` (with
      // the registry client of --pin-digests), the rule list or the terminal Markdown renderer.
      case 'rules': {
        const { formatRuleList } = await import('./rule-list.js');
        io.stdout.write(
          formatRuleList(
            ALL_RULES.map(r => r.meta),
            command.format
          )
        );
        return EXIT_OK;
      }
      case 'explain': {
        const rule = findRule(command.rule);
        if (!rule)
          throw new ConfigurationError(`Unknown rule '${command.rule}'. Run 'bulkhead rules' for the list.`);
        io.stdout.write(await explainRule(rule.meta, command.format, io));
        return EXIT_OK;
      }
      case 'scan':
        return await runScan(command.options, io);
      case 'fix': {
        const { runFix } = await import('./run-fix.js');
        return await runFix(command.options, io);
      }
    }
  } catch (error) {
    if (error instanceof ConfigurationError) {
      io.stderr.write(`bulkhead: ${redactText(error.message)}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(
      redactText(
        `bulkhead: internal error: ${errorMessage(error)}\n${io.env.BULKHEAD_DEBUG && error instanceof Error ? `${error.stack}\n` : ''}`
      )
    );
    return EXIT_SCAN_FAILED;
  }
}

/** `bulkhead explain`: the rule's help with a title line, rendered for the terminal or as raw Markdown. */
async function explainRule(meta: RuleMeta, format: 'text' | 'markdown', io: CliIo): Promise<string> {
  const [{ ruleHelpMarkdown }, { renderTerminalMarkdown }] = await Promise.all([
    import('../reporters/rule-help.js'),
    import('../reporters/terminal-markdown.js')
  ]);
  const markdown = [
    `# ${meta.id}: ${meta.title}`,
    `Severity: ${meta.severity} · slug \`${meta.slug}\` · ${meta.tags.join(', ')}`,
    ruleHelpMarkdown(meta)
  ].join('\n\n');
  if (format === 'markdown') return `${markdown}\n`;
  const toTerminal = io.stdout.isTTY === true;
  return renderTerminalMarkdown(markdown, {
    color: toTerminal && !io.env.NO_COLOR && io.env.TERM !== 'dumb',
    // Long lines are hard to read even on a wide terminal.
    width: Math.min(io.stdout.columns ?? 80, 100)
  });
}

async function runScan(options: ScanCliOptions, io: CliIo): Promise<number> {
  const stdin = options.readStdin ? decodeText(await io.readStdin()) : undefined;
  if (stdin && stdin.kind !== 'text') throw new ConfigurationError('stdin is not a text file.');
  // Before the scan: a bad --new-since or --baseline is a usage error, not a report and then an error.
  const gateSources = readCliGateSources({
    newSince: options.newSince,
    baseline: options.baseline,
    cwd: io.cwd
  });
  const progress = startProgress(io.stderr, io.env);
  let outcome;
  try {
    outcome = await scan({
      paths: options.paths,
      cwd: io.cwd,
      exclude: options.exclude,
      useGitignore: options.gitignore,
      maxFileSize: options.maxFileSize,
      jobs: options.jobs,
      // Undocumented: tests force the worker pool on a few files with BULKHEAD_POOL_MIN_TARGETS=0.
      poolMinTargets: poolMinTargets(io.env.BULKHEAD_POOL_MIN_TARGETS),
      configFile: options.config,
      settings: {
        podSecurityLevel: options.podSecurityLevel,
        trustedRegistries: options.trustedRegistries,
        trustedRegistriesSource: options.trustedRegistries ? 'set by --trusted-registries' : undefined,
        requireDigest: options.requireDigest
      },
      stdin:
        stdin?.kind === 'text' ? { filename: options.stdinFilename ?? 'stdin', text: stdin.text } : undefined,
      image: {
        images: options.images,
        platform: options.platform,
        insecureRegistries: options.insecureRegistries,
        env: io.env
      },
      onProgress: progress.update,
      readRemoteConfig: remoteConfigReader({
        apiUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
        token: io.env.GITHUB_TOKEN
      }),
      env: io.env
    });
  } finally {
    progress.stop();
  }
  const { result, config } = outcome;
  const toTerminal = !options.output && io.stdout.isTTY === true;
  const color = options.color ?? (toTerminal && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
  const report = formatResult(result, options.format, {
    color,
    verbose: options.verbose,
    category: options.category,
    srcRoot: pathToFileURL(io.cwd.endsWith('/') ? io.cwd : `${io.cwd}/`).href
  });
  if (options.output)
    writeFileSync(resolve(io.cwd, options.output), report.endsWith('\n') ? report : `${report}\n`);
  else io.stdout.write(report.endsWith('\n') ? report : `${report}\n`);

  if (!result.complete) {
    io.stderr.write('bulkhead: the scan did not complete (see the notes); treat its result as partial.\n');
    return EXIT_SCAN_FAILED;
  }
  const failOn: FailOn = options.failOn ?? config?.failOn ?? 'high';
  const verdict = cliGate(result.findings, failOn, gateSources);
  return verdict.gate === 'fail' ? EXIT_FINDINGS : EXIT_OK;
}

function poolMinTargets(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
