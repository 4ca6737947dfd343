/** Why a file is sensitive, for messages: e.g. "an SSH private key". */
export type SensitiveKind = string;

// Maps, not object literals: a file named `constructor` or `__proto__` must not find Object's own.
const BY_NAME = new Map<string, SensitiveKind>(
  Object.entries({
    id_rsa: 'an SSH private key',
    id_dsa: 'an SSH private key',
    id_ecdsa: 'an SSH private key',
    id_ed25519: 'an SSH private key',
    '.npmrc': 'npm credentials',
    '.pypirc': 'PyPI credentials',
    '.netrc': 'netrc credentials',
    '.git-credentials': 'git credentials',
    kubeconfig: 'a kubeconfig',
    '.env': 'an environment file'
  })
);

const BY_EXTENSION = new Map<string, SensitiveKind>(
  Object.entries({
    key: 'a private key',
    pfx: 'a PKCS#12 certificate store with its private key',
    p12: 'a PKCS#12 certificate store with its private key',
    kdbx: 'a KeePass database',
    pem: 'PEM key material'
  })
);

const SSH_KEY_COPY = /^id_(?:rsa|dsa|ecdsa|ed25519)[._-]/;

// `.env.example`-style templates hold no secrets; `.env.production` does.
const ENV_TEMPLATE = /^\.env\.(example|sample|template|dist|defaults?)$/i;
// PEM files that by name hold certificates (public), not keys: `ca.pem`, `fullchain.pem`, `cert.pem`.
const PUBLIC_PEM =
  /(^|[._-])(ca|cacert|cert|certificate|chain|fullchain|bundle|pub|public|root)([._-]|\.pem$)/i;

/**
 * What a file is when it holds credentials or private key material (RULES.md BH203), by its path
 * (relative, POSIX). `*.pub` and certificates are not sensitive.
 */
export function sensitiveFileKind(path: string): SensitiveKind | undefined {
  const lower = path.toLowerCase();
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  if (base.endsWith('.pub')) return undefined;
  if (lower.endsWith('.aws/credentials')) return 'AWS credentials';
  if (lower.endsWith('.docker/config.json')) return 'Docker registry credentials';
  if (lower.endsWith('.kube/config')) return 'a kubeconfig';
  const byName = BY_NAME.get(base);
  if (byName) return byName;
  // A named copy of an SSH key: `id_rsa.capi` (image-builder's CAPI context), `id_ed25519_deploy`.
  if (SSH_KEY_COPY.test(base)) return 'an SSH private key';
  if (base.startsWith('.env.') && !ENV_TEMPLATE.test(base)) return 'an environment file';
  const extension = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : '';
  if (extension === 'pem' && PUBLIC_PEM.test(base)) return undefined;
  return BY_EXTENSION.get(extension);
}
