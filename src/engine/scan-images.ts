import type { Finding } from '../core/finding.js';
import { EMPTY_REPOSITORY } from '../core/repository.js';
import type { ImageDocument } from '../targets/image/target.js';
import { IMAGE_REGION } from '../targets/image/target.js';
import { computeLineFingerprints } from './line-fingerprints.js';
import { runChecks } from './run-checks.js';
import type { DocumentsResult, EngineOptions } from './scan-documents.js';
import { compareFindings } from '../core/sort-findings.js';
import { redactFindings } from '../secrets/redact-findings.js';
import { parseImageReference } from '../targets/dockerfile/image-reference.js';
import { locateInDockerfile } from '../targets/image/locate-in-dockerfile.js';
import type { RepositoryBuild } from './repository-facts.js';

/**
 * Runs every rule with an `image` check over built images: the same pipeline as `scanDocuments`
 * (config `off`/severity, config ignores by path and rule id, fingerprints) for documents that have
 * no text. A finding sits at line 1 of the image's `source` and names its place inside the image as
 * a logical location (`config.User`, `config.Env[2]`, `history[5].created_by`, `<layer digest>:<path>`).
 * When one Dockerfile of the repository builds the image, the finding moves to that Dockerfile's
 * instruction (so a pull request shows it) and the image location becomes a related location.
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
    const dockerfile = options.repository && dockerfileOf(document, options.repository);
    for (const finding of run.findings) {
      finishImageFinding(finding, options);
      if (dockerfile) moveToDockerfile(finding, document, dockerfile);
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

type BuildingDockerfile = RepositoryBuild['imageDockerfiles'] extends Map<string, infer T> ? T : never;

/** The one Dockerfile linked to any of the image's names; none when its names lead to different ones. */
function dockerfileOf(document: ImageDocument, repository: RepositoryBuild): BuildingDockerfile | undefined {
  let found: BuildingDockerfile | undefined;
  for (const name of document.names) {
    const reference = parseImageReference(name.trim());
    const linked = reference && repository.imageDockerfiles.get(reference.name.toLowerCase());
    if (!linked) continue;
    if (found && found.path !== linked.path) return undefined;
    found = linked;
  }
  return found;
}

/**
 * Puts the finding on the Dockerfile instruction it comes from and keeps the image location (with its
 * logical location) as the last related location. Runs after suppression and fingerprinting, which
 * stay keyed on the image, so ignores and alerts carry over unchanged. A related location on the same
 * line as the new primary one (the USER line BH501 already names) would only repeat it.
 */
function moveToDockerfile(finding: Finding, image: ImageDocument, dockerfile: BuildingDockerfile): void {
  const origin = locateInDockerfile(finding.location.logical, image, dockerfile.document);
  if (!origin) return;
  const imageLocation = finding.location;
  const where = imageLocation.logical ? ` at ${imageLocation.logical}` : '';
  const related = (finding.relatedLocations ?? []).filter(
    r => r.file !== dockerfile.path || r.region.startLine !== origin.region.startLine
  );
  finding.location = { file: dockerfile.path, region: { ...origin.region } };
  // Appended, so a message's `[text](1)` links keep pointing at the locations the rule gave.
  finding.relatedLocations = [
    ...related,
    { ...imageLocation, message: `Found in the built image ${imageLocation.file}${where}.` }
  ];
  finding.properties = {
    ...finding.properties,
    imageSource: imageLocation.file,
    dockerfileInstruction: origin.keyword,
    dockerfileMatch: origin.approximate ? 'approximate' : 'exact'
  };
}
