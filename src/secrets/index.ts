/**
 * Credential detection shared by every target (Dockerfile, image, Kubernetes, Compose, registry
 * config): secret-like names, literal vs placeholder values, known credential formats, private
 * keys and redaction. Pure: no I/O.
 */
export { redactAll, redactSecret } from './redact.js';
export { isSecretLikeName, isSecretLikeUrlName, valueEmbedsCredentials } from './secret-names.js';
export { classifyValue, type LiteralVerdict, type NonLiteralReason } from './literal-value.js';
export { looksRandom, shannonEntropy } from './entropy.js';
export { findKnownCredentials, type CredentialMatch } from './known-credentials.js';
export { findPrivateKeys, type PrivateKeyMatch } from './private-keys.js';
