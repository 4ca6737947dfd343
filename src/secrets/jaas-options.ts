/**
 * The options of JAAS login module entries written in config text: Kafka's
 * `sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin"
 * password="…";` property (also per listener, `listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config`),
 * and the `KafkaServer { … };` sections of a `kafka_server_jaas.conf` file. An entry is
 * `<LoginModule class> <flag> name=value … ;` and may run over several lines (a properties value
 * continued with `\`, one option a line in a JAAS file).
 * https://docs.oracle.com/en/java/javase/21/security/jaas-login-configuration-file.html
 * https://kafka.apache.org/documentation/#security_sasl_jaasconfig
 */

export interface JaasOption {
  name: string;
  /** Unquoted. */
  value: string;
  quoted: boolean;
  /** The login module's class, as written. */
  module: string;
  /**
   * The module defines the option as a password whatever its name: the `user_<name>="<password>"`
   * entries of Kafka's PlainLoginModule (the broker's user list) and of ZooKeeper's DigestLoginModule.
   */
  password: boolean;
}

/** A line's part in JAAS entries: its options, and the module of an entry still open after it. */
export interface JaasLine {
  options: JaasOption[];
  /** Whether the line only continues an entry opened on an earlier line. */
  continued: boolean;
  /** The module class of the entry the next line continues; undefined when none is open. */
  open: string | undefined;
}

// The class is a Java name ending in `LoginModule`, as JAAS modules are named (PlainLoginModule,
// ScramLoginModule, Krb5LoginModule, OAuthBearerLoginModule, DigestLoginModule): a word followed by
// `required` in prose or another format is no module.
const MODULE =
  /(?<![\w$.])((?:[A-Za-z_$][\w$]*\.)*[A-Za-z_$][\w$]*LoginModule)\s+(?:required|requisite|sufficient|optional)(?=[\s;\\"']|$)/;
const OPTION_NAME = /^[A-Za-z_$][\w$.-]*/;
/** Modules whose `user_<name>` options are the passwords of the users they accept. */
const USER_LIST_MODULE = /(?:^|\.)(?:PlainLoginModule|DigestLoginModule)$/;

/** Whether `text` writes a JAAS login module entry (`…LoginModule required`). */
export function hasJaasEntry(text: string): boolean {
  return MODULE.test(text);
}

/**
 * The JAAS options written on `text`, one line of a config text. `open` is the module of an entry an
 * earlier line left open (undefined at the start of the text). An option list that does not read as
 * options ends the entry, so text after a stray `LoginModule required` is not taken for options.
 */
export function readJaasLine(text: string, open: string | undefined): JaasLine {
  const options: JaasOption[] = [];
  const continued = open !== undefined;
  let module = open;
  let at = 0;
  for (;;) {
    if (module === undefined) {
      const header = MODULE.exec(text.slice(at));
      if (!header) return { options, continued, open: undefined };
      module = header[1] as string;
      at += header.index + header[0].length;
    }
    const read = readOptions(text, at, module, options);
    if (read === undefined) return { options, continued, open: module };
    module = undefined;
    at = read;
  }
}

/**
 * Reads `name=value` options from `at` into `options`, up to the `;` that ends the entry. The
 * position after that `;` (or the line's length when the options stop being options); undefined
 * when the line ends with the entry still open.
 */
function readOptions(text: string, at: number, module: string, options: JaasOption[]): number | undefined {
  let i = at;
  for (;;) {
    // A trailing `\` continues a properties value on the next line.
    while (i < text.length && /[\s\\]/.test(text[i] as string)) i++;
    if (i >= text.length) return undefined;
    if (text[i] === ';') return i + 1;
    const name = OPTION_NAME.exec(text.slice(i))?.[0];
    if (name === undefined) return text.length;
    i += name.length;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] !== '=') return text.length;
    i++;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const value = readValue(text, i);
    i = value.end;
    // A value with quotes in it is source code building the entry (`password=\"" + secret + "\"`), not a value.
    if (/["'`]/.test(value.text)) continue;
    const password = /^user_./.test(name) && USER_LIST_MODULE.test(module);
    options.push({ name, value: value.text, quoted: value.quoted, module, password });
  }
}

/**
 * A quoted (`"…"`, `'…'`) or bare option value at `at`. Text wrapped in another quoted string (a YAML
 * or JSON `"…"` value, a shell word) writes the quotes escaped: `username=\"admin\"`.
 */
function readValue(text: string, at: number): { text: string; quoted: boolean; end: number } {
  const escaped = text[at] === '\\' && (text[at + 1] === '"' || text[at + 1] === "'");
  const quote = escaped ? text.slice(at, at + 2) : text[at];
  if (quote === '"' || quote === "'" || escaped) {
    const start = at + (quote as string).length;
    const close = text.indexOf(quote as string, start);
    const end = close < 0 ? text.length : close;
    return {
      text: text.slice(start, end),
      quoted: true,
      end: close < 0 ? end : end + (quote as string).length
    };
  }
  let end = at;
  while (end < text.length && !/[\s;"'\\]/.test(text[end] as string)) end++;
  return { text: text.slice(at, end), quoted: false, end };
}
