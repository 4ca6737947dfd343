/**
 * `--image`: loads each built image (layout, archive or registry reference) into an image document. An
 * image that is not an image (broken archive, bad JSON) is a BH000 finding at the image; one that could
 * not be fetched (network, credentials, TLS) leaves a note and makes the scan incomplete, since its
 * findings are unknown. `--insecure-registry` is reported as a note on every scan that uses it.
 */
import { relative, resolve } from 'node:path';
import { ConfigurationError, errorMessage, InputParseError } from '../core/errors.js';
import type { Finding, Note } from '../core/finding.js';
import type { Rule } from '../core/rule.js';
import type { ImageDocument, LoadImageOptions } from '../targets/image/model.js';
import { IMAGE_REGION } from '../targets/image/target.js';
import { buildFinding } from './run-checks.js';
import type { EngineOptions } from './scan-documents.js';

export interface ImageScanOptions {
  /** `--image` values, as given. */
  images: string[];
  /** `--platform os/arch[/variant]`. */
  platform?: string;
  /** `--insecure-registry host[:port]` (repeatable). */
  insecureRegistries?: string[];
  env?: NodeJS.ProcessEnv;
}

export interface LoadedImages {
  documents: ImageDocument[];
  findings: Finding[];
  notes: Note[];
  complete: boolean;
}

const PARSE_ERROR_RULE_ID = 'BH000';

/** How an image is named in findings: a path relative to cwd, or the reference as given. */
function displayName(spec: string, cwd: string, document?: ImageDocument): string {
  if (document) return document.source;
  return spec.startsWith('/') || spec.startsWith('.')
    ? relative(cwd, resolve(cwd, spec)).split('\\').join('/')
    : spec;
}

/** Loads every `--image`, one after the other (each streams its layers; memory stays bounded). */
export async function loadImages(
  options: ImageScanOptions,
  cwd: string,
  engine: Pick<EngineOptions, 'rules' | 'ruleConfig'>
): Promise<LoadedImages> {
  const loaded: LoadedImages = { documents: [], findings: [], notes: [], complete: true };
  const parseErrorRule: Rule | undefined = engine.rules.find(r => r.meta.id === PARSE_ERROR_RULE_ID);
  for (const host of options.insecureRegistries ?? []) {
    loaded.notes.push({
      kind: 'info',
      file: host,
      message: `--insecure-registry ${host}: TLS certificates of this registry were not verified (and plain HTTP was allowed) for this scan.`
    });
  }
  const loadOptions: LoadImageOptions = {
    cwd,
    ...(options.platform ? { platform: options.platform } : {}),
    ...(options.insecureRegistries?.length ? { insecureRegistries: options.insecureRegistries } : {}),
    ...(options.env ? { env: options.env } : {})
  };
  // The image readers (archives, layers, the registry client with node:https and node:tls) are loaded
  // here, so a scan without --image never compiles them (scan.ts calls this only with images).
  const { loadImage } = await import('../sources/image/load-image.js');
  for (const spec of options.images) {
    try {
      const { document, notes } = await loadImage(spec, loadOptions);
      loaded.documents.push(document);
      for (const message of notes) loaded.notes.push({ kind: 'info', file: document.source, message });
    } catch (error) {
      if (error instanceof ConfigurationError) throw error;
      const file = displayName(spec, cwd);
      if (error instanceof InputParseError) {
        if (parseErrorRule) {
          const location = { file, region: { ...IMAGE_REGION } };
          loaded.findings.push(
            buildFinding(
              parseErrorRule,
              'image',
              location,
              `Not a readable image: ${error.message}`,
              engine.ruleConfig
            )
          );
        }
      } else {
        loaded.complete = false;
        loaded.notes.push({
          kind: 'unreadable',
          file,
          message: `The image could not be scanned: ${errorMessage(error)}`
        });
      }
    }
  }
  return loaded;
}
