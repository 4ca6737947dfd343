/**
 * SOPS-encrypted files (https://github.com/getsops/sops): SOPS encrypts a document's values in place
 * (`ENC[AES256_GCM,data:…,type:str]`) and adds its own metadata — the recipients' public keys, the
 * encrypted data keys, a MAC and a timestamp — under a `sops` key (YAML, JSON), a `[sops]` section
 * (INI) or `sops_*` lines (dotenv). Flux's kustomize-controller and KSOPS decrypt such a file when a
 * Kustomize `secretGenerator` reads it, so the generated Secret holds it as committed. The metadata
 * is no secret; the values SOPS left in clear (`unencrypted_regex`, `encrypted_regex`) are judged as
 * any other value.
 */

/**
 * A value encrypted in place: SOPS ciphertext (`ENC[AES256_GCM,data:…,type:str]`) or an Ansible Vault
 * payload (`$ANSIBLE_VAULT;1.1;AES256`). It holds no secret in clear.
 */
const CIPHERTEXT = /^\s*(?:ENC\[[A-Z0-9_]+,data:|\$ANSIBLE_VAULT;)/;
/** Every SOPS-encrypted value inside a text (`password: ENC[AES256_GCM,data:…,type:str]`). */
const SOPS_VALUES = /ENC\[[A-Z0-9_]+,data:[^\]\s]*\]/g;

/** Whether a value is SOPS or Ansible Vault ciphertext. */
export function isCiphertext(value: string): boolean {
  return CIPHERTEXT.test(value);
}

/** The text with each SOPS-encrypted value taken out (what a SOPS file holds in clear). */
export function withoutSopsValues(text: string): string {
  return text.replace(SOPS_VALUES, '');
}

/**
 * The document without its SOPS metadata, or undefined when the text is not SOPS output: a JSON
 * document comes back re-serialized without its `sops` key; in YAML, INI and dotenv text the metadata
 * lines are blanked, so every other line keeps its index. A document is SOPS output when its metadata
 * holds the two entries SOPS always writes, `mac` and `version`.
 */
export function sopsContent(text: string): string | undefined {
  if (text.trimStart().startsWith('{')) return jsonContent(text);
  const lines = text.split('\n');
  const metadata = [yamlMetadata, iniMetadata, dotenvMetadata]
    .map(find => find(lines))
    .find(found => found.length > 0);
  if (!metadata) return undefined;
  const blanked = new Set(metadata);
  return lines.map((line, index) => (blanked.has(index) ? '' : line)).join('\n');
}

/**
 * Whether keys are those of SOPS-encrypted dotenv text (`sops_mac`, `sops_version`), as a Secret
 * generated from such a file (`envs: [secret.sops.env]`) has them; its `sops_*` keys are then
 * SOPS's metadata ({@link isSopsDotenvMetadata}).
 */
export function isSopsDotenv(keys: readonly string[]): boolean {
  return keys.includes('sops_mac') && keys.includes('sops_version');
}

/** A key of the metadata SOPS writes into dotenv text (`sops_age__list_0__map_recipient`). */
export function isSopsDotenvMetadata(key: string): boolean {
  return key.startsWith('sops_');
}

function jsonContent(text: string): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(document) || !isMetadata(document['sops'])) return undefined;
  const content = { ...document };
  delete content['sops'];
  return JSON.stringify(content, null, 2);
}

function isMetadata(value: unknown): boolean {
  return isRecord(value) && 'mac' in value && 'version' in value;
}

/**
 * The lines of each top-level `sops:` block whose direct entries include `mac` and `version` (a
 * multi-document file has one a document). The block runs to the next line at column 0 that is not
 * blank, a comment or a sequence item.
 */
function yamlMetadata(lines: readonly string[]): number[] {
  const found: number[] = [];
  lines.forEach((line, start) => {
    if (!/^sops:\s*(?:#.*)?$/.test(line)) return;
    let end = start + 1;
    while (end < lines.length && isInsideBlock(lines[end] as string)) end++;
    const body = lines.slice(start + 1, end);
    const first = body.find(text => text.trim() !== '' && !text.trimStart().startsWith('#')) ?? '';
    const indent = first.length - first.trimStart().length;
    const entries = new Set(
      body.flatMap(text => {
        const entry = /^(\s*)([\w-]+):/.exec(text);
        return entry && (entry[1] as string).length === indent ? [entry[2] as string] : [];
      })
    );
    if (indent > 0 && entries.has('mac') && entries.has('version'))
      for (let index = start; index < end; index++) found.push(index);
  });
  return found;
}

function isInsideBlock(line: string): boolean {
  if (line.startsWith('---') || line.startsWith('...')) return false;
  return line.trim() === '' || /^[\s#-]/.test(line);
}

/** The lines of a `[sops]` section that sets `mac` and `version` (SOPS's INI output). */
function iniMetadata(lines: readonly string[]): number[] {
  const start = lines.findIndex(line => line.trim() === '[sops]');
  if (start < 0) return [];
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end] as string)) end++;
  const body = lines.slice(start + 1, end);
  const sets = (name: string) => body.some(line => new RegExp(`^\\s*${name}\\s*=`).test(line));
  if (!sets('mac') || !sets('version')) return [];
  return Array.from({ length: end - start }, (_, offset) => start + offset);
}

/** The `sops_*` lines of dotenv text that has `sops_mac` and `sops_version` (SOPS's dotenv output). */
function dotenvMetadata(lines: readonly string[]): number[] {
  const keys = lines.map(line => /^([A-Za-z_]\w*)=/.exec(line)?.[1] ?? '');
  if (!isSopsDotenv(keys)) return [];
  return keys.flatMap((key, index) => (isSopsDotenvMetadata(key) ? [index] : []));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
