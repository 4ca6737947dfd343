import { fileURLToPath } from 'node:url';
/** SARIF validation for tests: the official 2.1.0 schema and Microsoft's SARIF multitool (`Sarif;Gh` rules). */
import { Ajv } from 'ajv';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import type * as Sarif from 'sarif';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_PATH = join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const MULTITOOL = join(ROOT, 'node_modules/.bin/sarif-multitool');

/**
 * The OASIS schema is draft-04. Ajv 8 speaks draft-06+, but this schema uses no keyword whose
 * meaning changed after draft-04 (no boolean `exclusiveMinimum`/`exclusiveMaximum`, no
 * `dependencies`); only its top-level `id` (draft-06: `$id`) and `$schema` need to go.
 */
let compiled: ReturnType<typeof compileSarifSchemaOnce> | undefined;
export function compileSarifSchema() {
  compiled ??= compileSarifSchemaOnce();
  return compiled;
}

function compileSarifSchemaOnce() {
  const {
    $schema: _draft,
    id: _id,
    ...schema
  } = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
  // Draft-04 patterns are plain ECMA-262 regexes; the schema's `language` pattern is not valid with the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // The formats the schema uses (no ajv-formats package here): absolute URI, URI reference, RFC 3339.
  ajv.addFormat('uri', (value: string) => /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => !/[\s<>"{}|\\^`]/.test(value));
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i);
  return ajv.compile(schema);
}

/** Multitool findings that are by design: each needs I/O or data a pure reporter does not have. */
export const EXPECTED_NOTES = new Set([
  'SARIF2002', // message.id + arguments: GitHub does not support results without message.text
  'SARIF2003', // versionControlProvenance: the repository/commit is known to the action, not the reporter
  'SARIF2006', // URIs reachable: checked over the network, which tests do not use
  'SARIF2010', // code snippets: would need file contents
  'SARIF2011', // context regions: would need file contents
  'SARIF2012' // rule `name` in PascalCase: RULES.md makes `name` the kebab-case slug
]);

export function runMultitool(sarif: string): Sarif.Result[] {
  const dir = mkdtempSync(join(tmpdir(), 'bulkhead-sarif-'));
  try {
    const input = join(dir, 'in.sarif');
    const output = join(dir, 'out.sarif');
    writeFileSync(input, sarif);
    // The npm wrapper spawns the .NET tool through a shell, so a `;` list must be quoted for it.
    execFileSync(
      process.execPath,
      [MULTITOOL, 'validate', input, '--rule-kind', '"Sarif;Gh"', '--level', '"Error;Warning;Note"'].concat([
        '--output',
        output,
        '--log',
        'ForceOverwrite'
      ]),
      { stdio: 'pipe' }
    );
    // The tool exits 0 even when it finds errors: its verdict is in the output log.
    const log = JSON.parse(readFileSync(output, 'utf8')) as Sarif.Log;
    return log.runs[0]?.results ?? [];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function describeResults(results: Sarif.Result[]): string {
  return results
    .map(
      r =>
        `${r.level} ${r.ruleId}: ${r.message.text ?? `${r.message.id} ${JSON.stringify(r.message.arguments)}`}`
    )
    .join('\n');
}
