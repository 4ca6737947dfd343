import { InputParseError } from '../../core/errors.js';

/** A blob the index or manifest names is not in the source (exporters leave other platforms out). */
export class MissingBlobError extends InputParseError {
  override name = 'MissingBlobError';
}
