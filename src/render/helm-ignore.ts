/**
 * Helm's `.helmignore`: the files of a chart directory Helm leaves out when it loads or packages it
 * (`helm dependency build` packs a `file://` dependency's directory this way). One rule a line, `#`
 * comments; `!` negates; a trailing `/` matches directories only; a rule without `/` is matched against
 * the base name, one with `/` against the whole path relative to the chart (a leading `/` is dropped).
 * A directory that is left out leaves out all it holds. Rules use shell-glob syntax (`*`, `?`, `[a-z]`),
 * matched with Helm's own glob matcher (helm-glob.ts).
 */
import { join } from 'node:path';
import { helmGlobMatcher } from './helm-glob.js';
import { readOptionalText } from './read-optional-text.js';

interface IgnoreRule {
  negate: boolean;
  directoryOnly: boolean;
  /** Whether the rule names the whole path (it has a `/`), else only the base name. */
  wholePath: boolean;
  match: (name: string) => boolean;
}

/** Rules read, at most: a real `.helmignore` has a few dozen. */
const MAX_RULES = 500;

/**
 * A test of a path relative to `chartDir` (`test-chart/values.yaml`, POSIX separators) that says
 * whether Helm leaves it out of the chart; `directory`: the path is a directory.
 */
export function helmIgnore(chartDir: string): (path: string, directory: boolean) => boolean {
  const rules = parseRules(readOptionalText(join(chartDir, '.helmignore')) ?? '');
  if (!rules.length) return () => false;
  return (path, directory) => {
    const segments = path.split('/').filter(segment => segment !== '' && segment !== '.');
    // Helm walks the tree and skips a directory it ignores with all it holds.
    for (let end = 1; end <= segments.length; end++)
      if (ignored(rules, segments.slice(0, end).join('/'), end < segments.length || directory)) return true;
    return false;
  };
}

function parseRules(text: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r\n|\r|\n/).slice(0, MAX_RULES)) {
    let rule = raw.trim();
    // Helm refuses `**` (the whole file fails); such a rule is left out here.
    if (rule === '' || rule.startsWith('#') || rule.includes('**')) continue;
    const negate = rule.startsWith('!');
    if (negate) rule = rule.slice(1);
    const directoryOnly = rule.endsWith('/');
    if (directoryOnly) rule = rule.slice(0, -1);
    const wholePath = rule.includes('/');
    const match = helmGlobMatcher(rule.replace(/^\//, ''));
    if (match) rules.push({ negate, directoryOnly, wholePath, match });
  }
  return rules;
}

/** Helm's Rules.Ignore for one path: the first rule that decides it. */
function ignored(rules: readonly IgnoreRule[], path: string, directory: boolean): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  for (const rule of rules) {
    const matches = rule.match(rule.wholePath ? path : base);
    // Helm's negation: a path the rule does not match (or a file under a directory-only rule) is left out.
    if (rule.negate) {
      if ((rule.directoryOnly && !directory) || !matches) return true;
      continue;
    }
    if (rule.directoryOnly && !directory) continue;
    if (matches) return true;
  }
  return false;
}
