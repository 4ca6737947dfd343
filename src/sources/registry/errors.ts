/** Why talking to a registry failed; `kind` lets callers and tests tell the cases apart. */
export type RegistryErrorKind =
  | 'certificate'
  | 'tls'
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'denied'
  | 'not-found'
  | 'unsupported'
  | 'invalid-response'
  | 'digest-mismatch'
  | 'too-large'
  | 'server';

/**
 * A registry could not be read. Messages name the registry host and, for authentication
 * failures, the credential sources that were tried, never a credential itself.
 */
export class RegistryError extends Error {
  override name = 'RegistryError';
  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    readonly status?: number,
    /** A network failure worth another try (a reset connection, a timeout). */
    readonly retryable = false
  ) {
    super(message);
  }
}
