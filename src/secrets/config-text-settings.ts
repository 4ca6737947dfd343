/**
 * The settings of config-file text embedded in another file (a ConfigMap value holding
 * `application.properties`, a `.env` file, YAML, JSON or INI), each with its line: a JSON document is
 * parsed as JSON; anything else is read line by line as `key=value`, `key: value`, `export KEY=value`,
 * `"key": "value",` or `- key: value`. Lines that are not one setting (nginx directives, section
 * headers, comments) are not settings; known credential formats in them are found by scanning the
 * text itself. Nor is a YAML value a tag reads from elsewhere (`api_key: !env_var SONARR_API_KEY`,
 * `password: !secret mqtt_password`), unless it names a default, which is then the setting's value.
 * The options of a JAAS login module entry (Kafka's `sasl.jaas.config=… PlainLoginModule required
 * username="admin" password="…";`, a `kafka_server_jaas.conf` section) are settings too, at their lines.
 */
import { readJaasLine, type JaasOption } from './jaas-options.js';
import { isCiphertext } from './sops-document.js';

export interface ConfigTextSetting {
  /** The key as written; under a .NET `ConnectionStrings` section, `ConnectionStrings.<key>`. */
  name: string;
  /** Unquoted; a trailing `# comment` after an unquoted value is left out. */
  value: string;
  /** Whether the value is a string written in quotes (a JSON string, or `key = "value"`). */
  quoted: boolean;
  /** 0-based index of the line in the text. */
  line: number;
  /** For an option of a JAAS login module entry: the module's class (`…PlainLoginModule`). */
  module?: string;
  /** The format defines the value as a password whatever its name (a JAAS `user_<name>` option). */
  password?: boolean;
}

// Names as config formats write them: Spring's `spring.datasource.password`, `.env`'s `DB_PASSWORD`,
// INI's `db-password`, JSON's `"apiKey"`, array-style `users[0].password`. One name per line.
const SETTING = /^(\s*)(?:-\s+)?(?:export\s+)?(["']?)([A-Za-z_][\w.[\]-]*)\2\s*(?::(?=\s|$|["'])|=)(.*)$/;
/** Lines that are comments in the formats above (`#`, `;`, `//`, and `!` in .properties). */
const COMMENT = /^\s*(?:#|;|\/\/|!)/;
/** .NET's section whose entries are connection strings (`ConnectionStrings:Default`), whatever their key. */
const CONNECTION_STRINGS = /^connectionstrings$/i;
const MAX_LINE_LENGTH = 4096;
/** Nesting followed in a JSON document; deeper values are not read. */
const MAX_JSON_DEPTH = 32;

/** Every setting with a string value in `lines`, in order. */
export function configTextSettings(lines: readonly string[]): ConfigTextSetting[] {
  return jsonSettings(lines) ?? lineSettings(lines);
}

/** The settings of `lines` that are options of JAAS login module entries. */
export function jaasSettings(lines: readonly string[]): ConfigTextSetting[] {
  return configTextSettings(lines).filter(setting => setting.module !== undefined);
}

/**
 * The settings of a YAML, properties, `.env` or INI text. A YAML mapping key without a value opens a
 * section for the more-indented lines below it (only a `ConnectionStrings` section changes names).
 */
function lineSettings(lines: readonly string[]): ConfigTextSetting[] {
  const settings: ConfigTextSetting[] = [];
  const sections: { indent: number; name: string }[] = [];
  const inComment = blockCommentLines(lines);
  let jaasModule: string | undefined;
  lines.forEach((text, line) => {
    if (inComment[line] || text.length > MAX_LINE_LENGTH || COMMENT.test(text)) return;
    const jaas = readJaasLine(text, jaasModule);
    jaasModule = jaas.open;
    // A line that continues a JAAS entry holds its options only; a line that opens one (the
    // `sasl.jaas.config=…` property) is also the setting it is written as.
    const options = jaas.options.map(option => jaasSetting(option, line));
    if (jaas.continued) {
      settings.push(...options);
      return;
    }
    pushLineSetting(text, line, settings, sections);
    settings.push(...options);
  });
  return settings;
}

/** A JAAS option as a setting at `line`; a password by definition is marked so. */
function jaasSetting(option: JaasOption, line: number): ConfigTextSetting {
  const { name, value, quoted, module, password } = option;
  const setting = { name, value, quoted, line, module };
  return password ? { ...setting, password } : setting;
}

/** The one `key=value` / `key: value` setting a line writes, if any; a YAML key alone opens a section. */
function pushLineSetting(
  text: string,
  line: number,
  settings: ConfigTextSetting[],
  sections: { indent: number; name: string }[]
): void {
  const match = SETTING.exec(text);
  if (!match) return;
  const indent = (match[1] ?? '').length;
  while ((sections.at(-1)?.indent ?? -1) >= indent) sections.pop();
  const key = match[3] ?? '';
  let raw = (match[4] ?? '').trim().replace(/,$/, '').trimEnd();
  if (raw === '') {
    sections.push({ indent, name: key });
    return;
  }
  const tagged = referenceTag(raw);
  if (tagged) {
    // Read from elsewhere: only a default the loader falls back to is written here.
    if (tagged.fallback === undefined) return;
    raw = tagged.fallback;
  }
  const value = unquote(raw);
  if (value === undefined) return;
  const inConnectionStrings = sections.some(section => CONNECTION_STRINGS.test(section.name));
  const quoted = raw[0] === '"' || raw[0] === "'";
  settings.push({ name: inConnectionStrings ? `ConnectionStrings.${key}` : key, value, quoted, line });
}

/**
 * Which lines a `/* … *\/` block comment covers, from a line that opens it to the line that closes it
 * (JSON with comments, as Orthanc's `orthanc.json` comments out whole sections; a line's own `//` or `#`
 * comment is COMMENT's). A comment opens only at the start of a line, so `/*` in a value opens none.
 */
function blockCommentLines(lines: readonly string[]): boolean[] {
  const covered: boolean[] = [];
  let open = false;
  lines.forEach((text, line) => {
    // On the line that opens it, the comment closes after its `/*` (`/**/` is no close).
    let from = 0;
    if (!open && /^\s*\/\*/.test(text)) {
      open = true;
      from = text.indexOf('/*') + 2;
    }
    covered[line] = open;
    if (open && text.includes('*/', from)) open = false;
  });
  return covered;
}

/**
 * YAML local tags with which config loaders read a value from elsewhere: an environment variable
 * (`!env_var NAME [default]` in Home Assistant, AppDaemon and recyclarr; `!ENV NAME` or
 * `!ENV [NAME, …, default]` in pyyaml-env-tag, as MkDocs uses it; `!env`, `!env?`,
 * `!environment_variable`), a secrets file (`!secret name` in Home Assistant, ESPHome and recyclarr),
 * another file (`!include`, `!include_dir_*`, `!file`, `!file/trim`), a blueprint input (`!input`),
 * a CloudFormation reference (`!Ref`, `!GetAtt`, `!ImportValue`), or Ansible Vault ciphertext
 * (`!vault |`). A type tag (`!!str`) or any other tag leaves the value a value.
 */
const REFERENCE_TAG = /^!([A-Za-z][\w.]*)(?:\?|\/[\w/]*)?\s+(\S.*)$/;
const REFERENCE_TAG_NAMES = new Set(
  'env env_var environment_variable secret include input file ref getatt importvalue vault'.split(' ')
);
/** Tags whose argument names an environment variable and may add a default. */
const ENVIRONMENT_TAG_NAMES = new Set(['env', 'env_var', 'environment_variable']);

/**
 * The reference a YAML tag makes of a value, with the default the loader falls back to when the
 * variable is unset: the text after the name (`!env_var NAME default`), the last of two or more
 * names (`!ENV [NAME, default]`), or the whole argument when it is a `${NAME:-default}` text.
 * Undefined when the value has no reference tag.
 */
function referenceTag(raw: string): { fallback?: string } | undefined {
  const match = REFERENCE_TAG.exec(raw);
  const name = (match?.[1] ?? '').toLowerCase();
  if (!match || !(REFERENCE_TAG_NAMES.has(name) || name.startsWith('include_dir_'))) return undefined;
  const argument = (match[2] as string).replace(/\s+#.*$/, '');
  if (!ENVIRONMENT_TAG_NAMES.has(name)) return {};
  if (argument.startsWith('[')) {
    const items = argument.replace(/^\[|\]$/g, '').split(',');
    return items.length > 1 ? { fallback: (items.at(-1) as string).trim() } : {};
  }
  if (argument.includes('${')) return { fallback: argument };
  const fallback = /^\S+\s+(\S.*)$/.exec(argument)?.[1];
  return fallback === undefined ? {} : { fallback };
}

/**
 * A value without its quotes; an unquoted value loses a trailing ` # comment`. Undefined when the value
 * opens a nested structure or a multi-line form (`{`, `[`, `|`, `>`): it is not one setting's value.
 */
function unquote(raw: string): string | undefined {
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    const end = quote === '"' ? closingDoubleQuote(raw) : raw.indexOf(quote, 1);
    return end < 0 ? raw.slice(1) : raw.slice(1, end);
  }
  if (/^[{[|>]/.test(raw)) return undefined;
  return raw.replace(/\s+#.*$/, '').replace(/;$/, '');
}

/**
 * Where a double-quoted value ends: a shell script's `"$(xmlstarlet sel -v "/Config/ApiKey" …)"` (a
 * ConfigMap's `notify.sh`) has quotes of its own inside the command substitution, and `\"` is a quote
 * in the value. -1 when it does not end on the line.
 */
function closingDoubleQuote(raw: string): number {
  let depth = 0;
  for (let i = 1; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === '$' && raw[i + 1] === '(') {
      depth++;
      i++;
    } else if (c === ')' && depth > 0) depth--;
    else if (c === '"' && depth === 0) return i;
  }
  return -1;
}

/**
 * The string values of a JSON object document (`appsettings.json`, inline objects included), each at
 * the first line at or after the previous one that writes its key. Undefined when the text is not a
 * JSON object.
 */
function jsonSettings(lines: readonly string[]): ConfigTextSetting[] | undefined {
  const text = lines.join('\n');
  if (!text.trimStart().startsWith('{')) return undefined;
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return undefined;
  }
  const settings: ConfigTextSetting[] = [];
  let cursor = 0;
  const visit = (value: unknown, key: string, section: string | undefined, depth: number): void => {
    if (depth > MAX_JSON_DEPTH) return;
    if (key !== '') cursor = findKeyLine(lines, JSON.stringify(key), cursor);
    if (typeof value === 'string' && key !== '') {
      const inConnectionStrings = section !== undefined && CONNECTION_STRINGS.test(section);
      const name = inConnectionStrings ? `ConnectionStrings.${key}` : key;
      settings.push({ name, value, quoted: true, line: cursor });
      settings.push(...jaasSettingsOf(value, cursor));
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, '', section, depth + 1);
    } else if (typeof value === 'object' && value !== null) {
      for (const [inner, item] of Object.entries(value)) visit(item, inner, key || section, depth + 1);
    }
  };
  visit(document, '', undefined, 0);
  return settings;
}

/** The JAAS options of one JSON string value (`"sasl.jaas.config": "… password=\"…\";"`), all at `line`. */
function jaasSettingsOf(value: string, line: number): ConfigTextSetting[] {
  let open: string | undefined;
  return value.split(/\r?\n/).flatMap(text => {
    const jaas = readJaasLine(text, open);
    open = jaas.open;
    return jaas.options.map(option => jaasSetting(option, line));
  });
}

/** Lines searched ahead for the next key: a key written differently (escaped) must not cost a scan to the end. */
const KEY_SEARCH_WINDOW = 256;

/** The line at or after `from` that writes `quoted`, else `from`; over-long (minified) lines are not searched. */
function findKeyLine(lines: readonly string[], quoted: string, from: number): number {
  const end = Math.min(lines.length, from + KEY_SEARCH_WINDOW);
  for (let index = from; index < end; index++) {
    const line = lines[index] as string;
    if (line.length <= MAX_LINE_LENGTH && line.includes(quoted)) return index;
  }
  return from;
}

/**
 * Values config files use to point at a secret kept elsewhere, or to hold it encrypted: Grafana's
 * `$__env{X}`/`$__file{path}`/`$__vault{…}`, Python and supervisord `%(X)s`, Jasypt `ENC(…)`, SOPS
 * `ENC[AES256_GCM,…]`, Ansible Vault, Bank-Vaults `vault:path#key`, vals `ref+vault://…`, Azure
 * Container Apps `secretref:`, App Service `@Microsoft.KeyVault(…)`, AWS Secrets Manager ARNs,
 * LiteLLM's `os.environ/NAME` and opencode's `{env:NAME}`/`{file:path}`.
 */
const SECRET_REFERENCE = new RegExp(
  [
    String.raw`^\$__(?:env|file|vault)\{[^}]*\}$`,
    String.raw`^%\([A-Za-z_]\w*\)s$`,
    String.raw`^ENC\(.+\)$`,
    String.raw`^vault:[\w./-]+#[\w.-]+$`,
    String.raw`^ref\+[a-z0-9]+://`,
    String.raw`^secretref:`,
    String.raw`^@Microsoft\.KeyVault\(`,
    String.raw`^os\.environ/[A-Za-z_]\w*$`,
    String.raw`^\{(?:env|file):[^{}\s]+\}$`,
    String.raw`^arn:aws[\w-]*:secretsmanager:`
  ].join('|')
);

/** Whether a config value refers to (or encrypts) a secret kept elsewhere, rather than holding it. */
export function isSecretReference(value: string): boolean {
  return isCiphertext(value) || SECRET_REFERENCE.test(value.trim());
}
