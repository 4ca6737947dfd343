import type { Region } from '../../core/location.js';
import { findKnownCredentials } from '../../secrets/known-credentials.js';
import { looksRandom } from '../../secrets/entropy.js';
import { classifyValue } from '../../secrets/literal-value.js';
import { findPrivateKeys } from '../../secrets/private-keys.js';
import { redactSecret } from '../../secrets/redact.js';
import { knownSecretIdType } from '../../secrets/secret-ids.js';
import {
  isNamedSecret,
  isSecretLikeName,
  isSecretSetting,
  nameWords,
  valueEmbedsCredentials
} from '../../secrets/secret-names.js';
import { configTextSettings, isSecretReference, jaasSettings } from '../../secrets/config-text-settings.js';
import { hasJaasEntry } from '../../secrets/jaas-options.js';
import {
  isCiphertext,
  isSopsDotenv,
  isSopsDotenvMetadata,
  sopsContent,
  withoutSopsValues
} from '../../secrets/sops-document.js';
import { decodedText, writtenText, type EmbeddedText } from './embedded-text.js';
import type { KubernetesDocument, ManifestObject } from './kubernetes-document.js';

/**
 * One key of a Secret's `data` (decoded) or `stringData`, with the lines of its value: a `stringData`
 * block scalar's lines are lines of the manifest, decoded `data` lines all map to the key's line.
 */
export interface SecretEntry extends EmbeddedText {
  key: string;
  field: 'data' | 'stringData';
  /** The value as the container sees it: `data` base64-decoded (UTF-8), `stringData` as written. */
  value: string;
  /** `data` that is not UTF-8 text (a keystore, a DER file): `value` is then the base64 text. */
  binary: boolean;
  /** The key's line. */
  region: Region;
}

/**
 * Core `v1` Secret objects, unless SOPS-encrypted (a top-level `sops` metadata key;
 * https://github.com/getsops/sops). Sealed Secrets (`SealedSecret`), External Secrets
 * (`ExternalSecret`) and secret-store CRDs have other kinds, and a `Secret` kind of another API
 * group is not the core object.
 */
export function secretObjects(document: KubernetesDocument): ManifestObject[] {
  return document.objects.filter(
    object => object.kind === 'Secret' && object.apiVersion === 'v1' && !object.root.get('sops')
  );
}

/**
 * A Secret's scalar `data` and `stringData` values. `data` must be standard base64 (Go's decoder
 * skips line breaks); a value that does not decode is rejected by the API server, so it holds no
 * usable secret and is left out. So is a boolean or a number (`token: true`, a test's assertion):
 * both fields hold strings, and the API server rejects anything else.
 */
export function secretEntries(secret: ManifestObject): SecretEntry[] {
  const entries = (['data', 'stringData'] as const).flatMap(field =>
    (secret.root.get(field)?.entries() ?? []).flatMap(([key, node]): SecretEntry[] => {
      const text = node.kind === 'scalar' && typeof node.scalar === 'string' ? node.text : undefined;
      if (text === undefined) return [];
      const region = node.reportRegion;
      if (field === 'stringData')
        return [{ key, field, value: text, binary: false, region, ...writtenText(node, text) }];
      const decoded = decodeBase64(text);
      if (decoded === undefined) return [];
      return [{ key, field, ...decoded, region, ...decodedText(decoded.value, region) }];
    })
  );
  // A Secret generated from SOPS-encrypted dotenv text (`envs: [secret.sops.env]`) holds SOPS's
  // metadata as keys of its own (`sops_mac`, `sops_age__list_0__map_recipient`): none is a secret.
  return isSopsDotenv(entries.map(entry => entry.key))
    ? entries.filter(entry => !isSopsDotenvMetadata(entry.key))
    : entries;
}

/**
 * Why a Secret entry is a finding; `shown` is already redacted. `line`: in a config file value, the
 * index in the entry's `lines` of the line that holds the setting or credential.
 */
export type SecretVerdict =
  | { kind: 'literal'; shown: string }
  | { kind: 'knownFormat'; type: string; shown: string; line?: number }
  | { kind: 'embedded'; variable: string; shown: string; line?: number }
  | { kind: 'registry'; registries: string[]; shown: string };

/**
 * Keys that name where or as whom a secret is used, not the secret: `username`, `host`, `port`,
 * `database` of a basic-auth or database Secret, `ca.crt`/`tls.crt`, a bootstrap token's
 * `token-id`, `expiration` and `auth-extra-groups`, and RULES.md's non-secret suffixes.
 */
const NON_SECRET_KEY_WORDS = new Set(
  (
    'user username login host hostname server port database db dbname namespace email description ' +
    'expiration groups crt cert certificate ca pub file path dir url uri endpoint name id header ' +
    'length min max enabled type policy region version'
  ).split(' ')
);

/**
 * RULES.md BH206 for one Secret entry: registry credentials in a docker config; a known credential
 * format; for other keys a literal (non-placeholder) value, except non-secret keys and public
 * material (certificates, SSH public keys); in a multi-line value (a config file), a secret-like
 * setting with a literal (references and SOPS or Ansible Vault ciphertext are none). A SOPS-encrypted
 * file is judged by the values it leaves in clear. Private keys written in `stringData` are BH207's.
 */
export function judgeSecretEntry(entry: SecretEntry): SecretVerdict | undefined {
  const { key } = entry;
  if (isCiphertext(entry.value)) return undefined;
  // A SOPS-encrypted file (a `secretGenerator`'s `files` source that Flux or KSOPS decrypts) is
  // judged by what it holds without SOPS's metadata; its `ENC[…]` values are references.
  const sops = entry.binary ? undefined : sopsContent(entry.value);
  const value = sops ?? entry.value;
  if (key === '.dockerconfigjson' || key === '.dockercfg') {
    const credentials = dockerConfigCredentials(key, value);
    if (credentials) {
      const first = credentials[0];
      return first
        ? {
            kind: 'registry',
            registries: credentials.map(c => c.registry),
            shown: redactSecret(first.secret)
          }
        : undefined;
    }
  }
  const privateKey = entry.binary ? undefined : findPrivateKeys(value)[0];
  if (privateKey) {
    return entry.field === 'data'
      ? { kind: 'knownFormat', type: privateKey.type, shown: redactSecret(value) }
      : undefined;
  }
  const known = entry.binary ? undefined : findKnownCredentials(value)[0];
  if (known) {
    const verdict = { kind: 'knownFormat', type: known.type, shown: redactSecret(known.value) } as const;
    const line = isConfigFile(value) ? entry.lines.findIndex(text => text.includes(known.value)) : -1;
    return line < 0 ? verdict : { ...verdict, line };
  }
  const idType = knownSecretIdType(value);
  if (idType) return { kind: 'knownFormat', type: idType, shown: redactSecret(value) };
  if (isNonSecretKey(key)) {
    return !entry.binary && valueEmbedsCredentials(value) ? literal(value) : undefined;
  }
  if (entry.binary) return literal(value);
  if (isPublicMaterial(value)) return undefined;
  // A config file: judged by its settings; a wrapped key file (MongoDB's keyfile) by its body, which
  // SOPS's ciphertext is not.
  if (isConfigFile(entry.value))
    return (
      embeddedSecret(value, entry.lines) ??
      (sops === undefined && looksRandom(withoutSopsValues(value).replace(/\s+/g, ''))
        ? literal(value)
        : undefined)
    );
  // A JAAS entry on one line (the `sasl.jaas.config` key of a Kafka user's Secret) is judged by its
  // options: `password="${file:…}"` or a Kerberos `keyTab="…"` holds no secret.
  if (hasJaasEntry(value)) return embeddedSecret(value, entry.lines);
  if (!classifyValue(value).literal) return undefined;
  // A Secret also carries settings (`project: default`, `LOG_LEVEL: debug`): under a neutral key,
  // only generated-looking material counts.
  return isSecretKey(key) || looksRandom(value) ? literal(value) : undefined;
}

/**
 * Whether the key names a non-secret setting. `_in`/`_out` (the iSCSI CHAP Secret's
 * `node.session.auth.username_in`) is a direction, not what the value is; an all-lower-case
 * compound (`azurestorageaccountname`, the Azure File volume's key) is judged by its ending.
 */
function isNonSecretKey(key: string): boolean {
  const words = nameWords(key);
  if (['in', 'out'].includes(words.at(-1) ?? '') && words.length > 1) words.pop();
  const last = words.at(-1) ?? '';
  return NON_SECRET_KEY_WORDS.has(last) || (words.length === 1 && COMPOUND_ENDING.test(last));
}

/**
 * Secret-like names, plus the key names Secrets use for key material: Ceph's `key`, Azure File's
 * `azurestorageaccountkey`, `tls.key`, RabbitMQ's `*_pass`, `passphrase`, `.erlang.cookie`.
 */
function isSecretKey(key: string): boolean {
  const words = nameWords(key);
  const last = words.at(-1) ?? '';
  return (
    isSecretLikeName(key) ||
    SECRET_KEY_WORDS.has(last) ||
    (words.length === 1 && /.(key|pass|password|passwd|secret|token)$/.test(last))
  );
}

const SECRET_KEY_WORDS = new Set(['key', 'keys', 'pass', 'pw', 'passphrase', 'pin', 'cookie', 'keytab']);

const COMPOUND_ENDING = /.(name|user|username|host|hostname|url|uri|endpoint|email|namespace|region)$/;

function literal(value: string): SecretVerdict {
  return { kind: 'literal', shown: redactSecret(value) };
}

// `password: x`, `password = "x"`, `"password": "x"`, `export DB_PASSWORD=x` in a config file value.
const SETTING = /^\s*(?:export\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^"'\s#]+)["']?\s*(?:,\s*)?$/;

/** A multi-line value: the text of a file (a config file, a wrapped key), judged by what it holds. */
function isConfigFile(value: string): boolean {
  return value.trim().includes('\n');
}

/**
 * The first secret-like setting with a literal value in a multi-line value (a JSON document, or one
 * setting a line), at the line of `lines` (the value as written) that sets it.
 */
function embeddedSecret(text: string, lines: readonly string[]): SecretVerdict | undefined {
  const settings =
    jsonSettings(parseJson(text)) ?? text.split(/\r?\n/).map(line => SETTING.exec(line)?.slice(1) ?? []);
  for (const [name = '', value = ''] of settings) {
    if (name && !isSecretReference(value) && isNamedSecret(name, value)) {
      const verdict = { kind: 'embedded', variable: name, shown: redactSecret(value) } as const;
      const line = settingLine(lines, name, value);
      return line === undefined ? verdict : { ...verdict, line };
    }
  }
  // JAAS login module options (`… PlainLoginModule required username="admin" password="…";`), which
  // are not one setting a line.
  const jaas = jaasSettings(text.split(/\r?\n/)).find(
    setting => !isSecretReference(setting.value) && isSecretSetting(setting)
  );
  if (!jaas) return undefined;
  const verdict = { kind: 'embedded', variable: jaas.name, shown: redactSecret(jaas.value) } as const;
  const line = settingLine(lines, jaas.name, jaas.value);
  return line === undefined ? verdict : { ...verdict, line };
}

/**
 * The line that sets `name` to `value`, read as BH209 reads a ConfigMap's embedded config
 * (`configTextSettings`, so a JSON key maps to the line that writes it); undefined when that reading
 * finds no such setting (the value is then reported at the key's line).
 */
function settingLine(lines: readonly string[], name: string, value: string): number | undefined {
  return configTextSettings(lines).find(setting => setting.name === name && setting.value === value)?.line;
}

/** String settings of a JSON document, depth first; undefined when it is not an object. */
function jsonSettings(value: unknown): string[][] | undefined {
  if (!isRecord(value)) return undefined;
  return Object.entries(value).flatMap(([name, inner]) =>
    typeof inner === 'string' ? [[name, inner]] : (jsonSettings(inner) ?? [])
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const PUBLIC_PEM =
  /-----BEGIN (?:CERTIFICATE|TRUSTED CERTIFICATE|X509 CRL|PUBLIC KEY|RSA PUBLIC KEY|PGP PUBLIC KEY BLOCK)-----[\s\S]*?-----END [A-Z0-9 ]+-----/g;
const SSH_PUBLIC_KEY =
  /(^|\s)(ssh-(rsa|dss|ed25519)|ecdsa-sha2-\S+|sk-\S+@openssh\.com)\s+AAAA[A-Za-z0-9+/=]+/;

/** Certificates, public keys and `known_hosts`/`authorized_keys` lines: public by design. */
function isPublicMaterial(value: string): boolean {
  const withoutPem = value.replace(PUBLIC_PEM, '');
  if (withoutPem !== value && withoutPem.trim() === '') return true;
  const lines = value.split(/\r?\n/).filter(line => line.trim() !== '' && !line.trim().startsWith('#'));
  return lines.length > 0 && lines.every(line => SSH_PUBLIC_KEY.test(line));
}

/** Kubernetes `data` base64 (line breaks skipped, as Go's decoder does) as UTF-8 text, else as binary. */
export function decodeBase64(text: string): { value: string; binary: boolean } | undefined {
  const compact = text.replace(/[\r\n]/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  const bytes = Buffer.from(compact, 'base64');
  try {
    const value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex -- control bytes mean binary content
    if (!/[\u0000-\u0008\u000e-\u001f]/.test(value)) return { value, binary: false };
  } catch {
    // not UTF-8: binary
  }
  return { value: compact, binary: true };
}

/**
 * The registries a `.dockerconfigjson` (`{"auths": {…}}`) or legacy `.dockercfg` (`{…}`) value
 * holds literal credentials for: `auth` (base64 `user:password`), `password`, `identitytoken`
 * or `registrytoken` (https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets).
 * Undefined when the value is not such a JSON document.
 */
export function dockerConfigCredentials(
  key: string,
  value: string
): { registry: string; secret: string }[] | undefined {
  const parsed = parseJson(value);
  const auths = key === '.dockerconfigjson' ? property(parsed, 'auths') : parsed;
  if (!isRecord(auths)) return isRecord(parsed) ? [] : undefined;
  return Object.entries(auths).flatMap(([registry, entry]) => {
    const secret = registrySecret(entry);
    return secret === undefined ? [] : [{ registry, secret }];
  });
}

function registrySecret(entry: unknown): string | undefined {
  for (const field of ['auth', 'password', 'identitytoken', 'registrytoken']) {
    const raw = property(entry, field);
    if (typeof raw !== 'string') continue;
    const secret = field === 'auth' ? authPassword(raw) : raw;
    if (classifyValue(secret).literal) return raw;
  }
  return undefined;
}

/** The password half of a base64 `user:password` `auth` value (the raw value when it does not decode). */
function authPassword(auth: string): string {
  const decoded = decodeBase64(auth);
  if (!decoded || decoded.binary) return auth;
  const colon = decoded.value.indexOf(':');
  return colon < 0 ? decoded.value : decoded.value.slice(colon + 1);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function property(value: unknown, name: string): unknown {
  return isRecord(value) ? value[name] : undefined;
}
