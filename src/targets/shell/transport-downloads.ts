import type { ShellCommand } from './shell-commands.js';
import { scriptVariables, variableValue, type BuildScript } from './transport-script.js';
import { leadingVariable, PLAIN_GIT_SCHEMES, PLAIN_SCHEMES, plainUrl } from './transport-urls.js';
import { commandSettings, optionValues, pipArguments } from './transport-words.js';

/** Something fetched without TLS: a download, or a package index every later install reads from. */
export interface PlainDownload {
  kind: 'download' | 'index';
  url: string;
  /** The program as written, or `WebClient` for .NET calls. */
  tool: string;
}

/** Per tool, options whose value is not fetched as content (proxies, referers, headers, bodies, indexes). */
const NOT_FETCHED = {
  curl: '-x --proxy --preproxy -e --referer -H --header --proxy-header -d --data --data-raw --data-binary --data-urlencode --data-ascii -F --form --form-string -A --user-agent --noproxy -w --write-out --json'.split(
    ' '
  ),
  wget: '-e --execute --header --referer -U --user-agent --post-data --body-data'.split(' '),
  cmdlet: '-proxy -headers -body -useragent -destination -proxylist'.split(' '),
  pip: '-i --index-url --extra-index-url -f --find-links --proxy --cert --client-cert --trusted-host'.split(
    ' '
  ),
  npm: '--registry --proxy --https-proxy'.split(' ')
} satisfies Record<string, string[]>;
/** curl short options taking a value that can end a cluster such as `-sSx`. */
const CURL_VALUE_LETTERS = 'xeHdFAw';
const WEB_CMDLETS = new Set(['invoke-webrequest', 'iwr', 'invoke-restmethod', 'irm', 'start-bitstransfer']);
const SYSTEM_PACKAGERS = new Set(['dnf', 'yum', 'microdnf', 'tdnf', 'zypper']);
const INSTALLS = new Set([
  'install',
  'i',
  'in',
  'add',
  'localinstall',
  'reinstall',
  'upgrade',
  'update',
  'downgrade'
]);
/** Options that set a package index, by tool: pip, npm and its relatives, Chocolatey sources. */
const INDEX_OPTIONS = new Map<string, string[]>(
  Object.entries({
    pip: ['-i', '--index-url', '--extra-index-url', '-f', '--find-links'],
    npm: ['--registry'],
    pnpm: ['--registry'],
    yarn: ['--registry'],
    choco: ['-s', '--source'],
    cinst: ['-s', '--source']
  })
);
const GIT_FETCHES = new Set(['clone', 'fetch', 'pull', 'submodule', 'archive']);
/** Variables that name a package index (pip, uv, npm, yarn). */
const INDEX_VARIABLES =
  /^(?:PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|PIP_FIND_LINKS|UV_INDEX_URL|UV_EXTRA_INDEX_URL|UV_DEFAULT_INDEX|NPM_CONFIG_REGISTRY|YARN_REGISTRY|YARN_NPM_REGISTRY_SERVER)$/i;
/** .NET download calls PowerShell scripts make without a cmdlet; the first argument is the URL. */
const DOTNET_DOWNLOAD =
  /(?:\.(?:Download(?:File|String|Data)(?:Async|TaskAsync)?|OpenRead)|WebRequest\]::Create)\(\s*\(?\s*([^,)\s]+)/gi;

/** A plain-HTTP package index set by ENV/ARG or an exported variable (`PIP_INDEX_URL=http://…`). */
export function plainIndexVariable(name: string, value: string | undefined): string | undefined {
  if (!INDEX_VARIABLES.test(name) || !value) return undefined;
  return value
    .split(/\s+/)
    .map(v => plainUrl(v))
    .find(url => url !== undefined);
}

/** Every unencrypted fetch in the script, each URL once. */
export function findPlainDownloads(script: BuildScript): PlainDownload[] {
  const found = new Map<string, PlainDownload>();
  const add = (kind: PlainDownload['kind'], url: string | undefined, tool: string): void => {
    if (url && !found.has(url)) found.set(url, { kind, url, tool });
  };
  for (const cmd of script.commands) {
    const pip = pipArguments(cmd);
    const options = INDEX_OPTIONS.get(pip ? 'pip' : cmd.program) ?? [];
    const tool = pip && !cmd.program.startsWith('pip') ? 'pip' : cmd.name.value;
    for (const url of indexUrls(pip ?? cmd.args.map(a => a.value), options, script)) add('index', url, tool);
    for (const url of fetchedUrls(cmd, script)) add('download', url, cmd.name.value);
  }
  if (/INDEX_URL|FIND_LINKS|DEFAULT_INDEX|REGISTRY/i.test(script.text))
    for (const v of scriptVariables(script))
      if (v.exported) add('index', plainIndexVariable(v.name, v.value), v.name);
  for (const m of script.text.matchAll(DOTNET_DOWNLOAD))
    add('download', resolveUrl(script, m[1] as string), 'WebClient');
  return [...found.values()];
}

/** Index URLs from options (`-i http://…`) and `config set` keys (`global.index-url`, `registry`, `@scope:registry`). */
function indexUrls(args: string[], options: string[], script: BuildScript): (string | undefined)[] {
  if (options.length === 0) return [];
  const long = options.filter(o => o.startsWith('--'));
  const values = options.flatMap(o =>
    optionValues(args, o.startsWith('--') ? undefined : o, o.startsWith('--') ? o : undefined)
  );
  const keys = new RegExp(
    `^(?:[\\w:@/.-]+[.:])?(?:${long.map(o => o.slice(2)).join('|')}|index-url|registry|npmRegistryServer)$`,
    'i'
  );
  for (const setting of commandSettings(args, keys)) if (setting.value) values.push(setting.value);
  return values.map(v => resolveUrl(script, v));
}

/** URLs a command downloads as content. */
function fetchedUrls(cmd: ShellCommand, script: BuildScript): (string | undefined)[] {
  const args = cmd.args.map(a => a.value);
  const lower = args.map(a => a.toLowerCase());
  const urls = (
    list: string[],
    skip: string[] = [],
    from = 0,
    schemes = PLAIN_SCHEMES
  ): (string | undefined)[] =>
    list
      .filter((_arg, i) => i >= from && !takesValue(list[i - 1], skip, cmd.program === 'curl'))
      .map(arg => resolveUrl(script, arg, schemes));
  const cmdlet =
    WEB_CMDLETS.has(cmd.program) || (cmd.dialect === 'powershell' && !/\.exe$/i.test(cmd.name.value));
  switch (cmd.program) {
    case 'curl':
    case 'wget':
      return urls(args, [...NOT_FETCHED[cmd.program], ...(cmdlet ? NOT_FETCHED.cmdlet : [])]);
    case 'msiexec':
      return urls(args);
    case 'certutil':
      return lower.some(a => /^[-/]urlcache$/.test(a)) ? urls(args) : [];
    case 'bitsadmin':
      return lower.some(a => /^\/(?:transfer|addfile)$/.test(a)) ? urls(args) : [];
    case 'rpm':
      return args.some(a => /^-[iUF]|^--(?:install|upgrade|freshen|reinstall)$/.test(a)) ? urls(args) : [];
    case 'git': {
      const sub = args.findIndex((a, i) => !a.startsWith('-') && !/^-[cC]$/.test(args[i - 1] ?? ''));
      return GIT_FETCHES.has(args[sub] ?? '') ? urls(args, [], sub + 1, PLAIN_GIT_SCHEMES) : [];
    }
  }
  if (cmdlet && WEB_CMDLETS.has(cmd.program)) return urls(args, NOT_FETCHED.cmdlet);
  const pip = pipArguments(cmd);
  if (pip)
    return ['install', 'download', 'wheel'].includes(pip.find(a => !a.startsWith('-')) ?? '')
      ? urls(pip, NOT_FETCHED.pip)
      : [];
  const sub = args.findIndex(a => !a.startsWith('-'));
  if (!INSTALLS.has(args[sub] ?? '')) return [];
  if (SYSTEM_PACKAGERS.has(cmd.program)) return urls(args, [], sub + 1);
  return ['npm', 'pnpm', 'yarn'].includes(cmd.program) ? urls(args, NOT_FETCHED.npm, sub + 1) : [];
}

/** Whether an argument is the value of an option that is not fetched: `-x`, `--proxy`, PowerShell `-Proxy`, curl's `-sSx`. */
function takesValue(previous: string | undefined, skip: string[], curl: boolean): boolean {
  if (!previous?.startsWith('-')) return false;
  if (skip.includes(previous) || skip.includes(previous.toLowerCase())) return true;
  return curl && /^-[A-Za-z]{2,}$/.test(previous) && CURL_VALUE_LETTERS.includes(previous.at(-1) as string);
}

/** The unencrypted URL a word starts with, following one or two variables (`$URL`, `$env:URL`, `%URL%`, `$url = 'http://…'`). */
function resolveUrl(
  script: BuildScript,
  text: string,
  schemes = PLAIN_SCHEMES,
  depth = 0
): string | undefined {
  const direct = plainUrl(text, schemes);
  if (direct || depth > 2) return direct;
  const variable = leadingVariable(text);
  const value = variable && variableValue(script, variable.reference);
  return value ? resolveUrl(script, value + variable.rest, schemes, depth + 1) : undefined;
}
