/**
 * SOPS-encrypted files as `sops --encrypt` writes them (YAML, JSON, dotenv, INI), built from
 * deterministic pseudo-random text: an age recipient, an age-encrypted data key, `ENC[…]` values
 * and the MAC. Nothing in them decrypts.
 */
import { pseudoRandom } from './credentials.js';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';

/** An `ENC[AES256_GCM,…]` value as SOPS writes an encrypted string. */
export function sopsEncrypted(seed = 1): string {
  const b64 = (length: number, offset: number) => pseudoRandom(length, seed * 10 + offset, BASE64);
  return `ENC[AES256_GCM,data:${b64(24, 1)},iv:${b64(43, 2)}=,tag:${b64(22, 3)}==,type:str]`;
}

const RECIPIENT = `age1${pseudoRandom(58, 11, BECH32)}`;
const DATA_KEY = [
  '-----BEGIN AGE ENCRYPTED FILE-----',
  ...[21, 22, 23, 24].map(seed => pseudoRandom(64, seed, BASE64)),
  `${pseudoRandom(40, 25, BASE64)}==`,
  '-----END AGE ENCRYPTED FILE-----'
];
const MAC = sopsEncrypted(9);
const LAST_MODIFIED = '2025-03-14T09:26:53Z';

/** `content` (YAML) followed by the `sops` metadata block of SOPS 3.9, indented by `indent`. */
export function sopsYaml(content: string, indent = 2): string {
  const pad = (level: number) => ' '.repeat(indent * level);
  return [
    content.trimEnd(),
    'sops:',
    `${pad(1)}age:`,
    `${pad(2)}- recipient: ${RECIPIENT}`,
    `${pad(2)}  enc: |`,
    ...DATA_KEY.map(line => `${pad(3)}${line}`),
    `${pad(1)}lastmodified: "${LAST_MODIFIED}"`,
    `${pad(1)}mac: ${MAC}`,
    `${pad(1)}unencrypted_suffix: _unencrypted`,
    `${pad(1)}version: 3.9.0`,
    ''
  ].join('\n');
}

/** A JSON document with `content`'s keys and SOPS's `sops` object, tab-indented as SOPS writes it. */
export function sopsJson(content: Record<string, unknown>): string {
  const sops = {
    kms: null,
    age: [{ recipient: RECIPIENT, enc: `${DATA_KEY.join('\n')}\n` }],
    lastmodified: LAST_MODIFIED,
    mac: MAC,
    pgp: null,
    unencrypted_suffix: '_unencrypted',
    version: '3.7.3'
  };
  return `${JSON.stringify({ ...content, sops }, null, '\t')}\n`;
}

/** Dotenv `content` followed by SOPS's `sops_*` metadata lines. */
export function sopsDotenv(content: string): string {
  return [
    content.trimEnd(),
    `sops_age__list_0__map_enc=${DATA_KEY.join('\\n')}\\n`,
    `sops_age__list_0__map_recipient=${RECIPIENT}`,
    `sops_lastmodified=${LAST_MODIFIED}`,
    `sops_mac=${MAC}`,
    'sops_unencrypted_suffix=_unencrypted',
    'sops_version=3.9.0',
    ''
  ].join('\n');
}

/** INI `content` followed by SOPS's `[sops]` section. */
export function sopsIni(content: string): string {
  return [
    content.trimEnd(),
    '',
    '[sops]',
    `age__list_0__map_enc = ${DATA_KEY.join('\\n')}\\n`,
    `age__list_0__map_recipient = ${RECIPIENT}`,
    `lastmodified = ${LAST_MODIFIED}`,
    `mac = ${MAC}`,
    'unencrypted_suffix = _unencrypted',
    'version = 3.9.0',
    ''
  ].join('\n');
}
