import type { Finding } from '../core/finding.js';
import { EMPTY_REPOSITORY } from '../core/repository.js';
import type { ImageDocument } from '../targets/image/target.js';
import { IMAGE_REGION } from '../targets/image/target.js';
import { computeLineFingerprints } from './line-fingerprints.js';
import { runChecks } from './run-checks.js';
import type { DocumentsResult, EngineOptions } from './scan-documents.js';
import { compareFindings } from '../core/sort-findings.js';
import { redactFindings } from '../secrets/redact-findings.js';

/**
 * Runs every rule with an `image` check over built images: the same pipeline as `scanDocuments`
 * (config `off`/severity, config ignores by path and rule id, fingerprints) for documents that have
 * no text. A finding sits at line 1 of the image's `source` and names its place inside the image as
 * a logical location (`config.User`, `config.Env[2]`, `history[5].created_by`, `<layer digest>:<path>`).
 */
export function scanImageDocuments(images: ImageDocument[], options: EngineOptions): DocumentsResult {
  const rules = options.rules.filter(r => options.ruleConfig?.[r.meta.id] !== 'off');
  const repository = options.repository?.facts ?? EMPTY_REPOSITORY;
  const result: DocumentsResult = { findings: [], notes: [], files: [], complete: true };
  for (const document of images) {
    const file = document.source;
    result.files.push({ path: file, target: 'image' });
    const run = runChecks(
      {
        target: 'image',
        document,
        file,
        repository,
        locate: report => ({
          file,
          region: { ...IMAGE_REGION },
          ...(report.logical ? { logical: report.logical } : {})
        })
      },
      rules,
      options,
      result.notes
    );
    for (const finding of run.findings) {
      finishImageFinding(finding, options);
      result.findings.push(finding);
    }
  }
  result.findings.sort(compareFindings);
  redactFindings(result.findings, result.notes);
  return result;
}

/**
 * An image has no lines to hash, so its findings are fingerprinted by their logical location with the
 * layer digest left out: a rebuilt image (new layer digests) keeps the fingerprint of a file that is
 * still there, so `--baseline` and code scanning treat it as the same alert.
 */
function finishImageFinding(finding: Finding, options: EngineOptions): void {
  const suppression = options.ignores?.suppression(finding);
  if (suppression) finding.suppression = suppression;
  const key = (finding.location.logical ?? '').replace(LAYER_DIGEST, 'layer:');
  const fingerprint = computeLineFingerprints(key).get(1);
  if (fingerprint) finding.fingerprint = fingerprint;
}

const LAYER_DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-f]{16,}:/;
