import type { Region } from '../../core/location.js';
import type { ImageDocument } from './model.js';

// Registers the `image` target's document type, so rules can declare `checks.image`.
declare module '../../core/target.js' {
  interface TargetDocuments {
    image: ImageDocument;
  }
}

export type { ImageDocument };

/** An image has no lines: its findings sit at line 1 of its source and carry a logical location. */
export const IMAGE_REGION: Region = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
