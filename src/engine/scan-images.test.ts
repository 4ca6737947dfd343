import { defineRule } from '../core/rule.js';
import { DEFAULT_RULE_SETTINGS } from '../core/settings.js';
import imageRunsAsRoot from '../rules/image-user/image-runs-as-root.js';
import secretFileInImage from '../rules/secrets/secret-file-in-image.js';
import { IMAGE_REGION } from '../targets/image/target.js';
import { imageDoc, testLayerDigest } from '../../test/image-document.js';
import { scanDocuments } from './scan-documents.js';
import { scanImageDocuments } from './scan-images.js';
import { ConfigIgnores } from './suppressions.js';

const settings = DEFAULT_RULE_SETTINGS;
const golang = imageDoc({ source: 'images/golang.tar', names: ['golang:1.23'] });
const withKey = (digestSeed: number) =>
  imageDoc({
    source: 'images/app.tar',
    files: [{ path: 'root/.ssh/id_rsa', layerIndex: 1, layerDigest: testLayerDigest(digestSeed) }]
  });

describe('scanImageDocuments', () => {
  it('runs image checks with the image as the file, at line 1, with the logical location', () => {
    const result = scanImageDocuments([golang], { rules: [imageRunsAsRoot], settings });
    expect(result.complete).toBe(true);
    expect(result.files).toEqual([{ path: 'images/golang.tar', target: 'image' }]);
    expect(result.findings).toEqual([
      expect.objectContaining({
        ruleId: 'BH101',
        slug: 'image-runs-as-root',
        severity: 'high',
        target: 'image',
        message: 'The image has no user set (runs as root by default).',
        location: { file: 'images/golang.tar', region: IMAGE_REGION, logical: 'config.User' },
        fingerprint: expect.stringMatching(/^[0-9a-f]+:1$/)
      })
    ]);
  });

  it('applies the config: rules off, severity overrides, path-scoped ignores', () => {
    expect(
      scanImageDocuments([golang], { rules: [imageRunsAsRoot], settings, ruleConfig: { BH101: 'off' } })
        .findings
    ).toEqual([]);
    const [medium] = scanImageDocuments([golang], {
      rules: [imageRunsAsRoot],
      settings,
      ruleConfig: { BH101: 'medium' }
    }).findings;
    expect(medium?.severity).toBe('medium');
    const ignores = new ConfigIgnores(
      [{ rules: ['BH101'], paths: ['images/*.tar'], reason: 'entrypoint drops root' }],
      '2025-01-01',
      path => path
    );
    const [ignored] = scanImageDocuments([golang], { rules: [imageRunsAsRoot], settings, ignores }).findings;
    expect(ignored?.suppression).toEqual({ kind: 'external', justification: 'entrypoint drops root' });
  });

  it('keeps a file finding’s fingerprint when the layer digest changes, and tells paths apart', () => {
    const scanKey = (seed: number) =>
      scanImageDocuments([withKey(seed)], { rules: [secretFileInImage], settings }).findings[0];
    const [before, after] = [scanKey(1), scanKey(7)];
    expect(before?.location.logical).toBe(`${testLayerDigest(1)}:root/.ssh/id_rsa`);
    expect(after?.location.logical).toBe(`${testLayerDigest(7)}:root/.ssh/id_rsa`);
    expect(before?.fingerprint).toBeDefined();
    expect(after?.fingerprint).toBe(before?.fingerprint);
    const other = scanImageDocuments([imageDoc({ files: [{ path: 'root/.ssh/id_ed25519' }] })], {
      rules: [secretFileInImage],
      settings
    }).findings[0];
    expect(other?.fingerprint).not.toBe(before?.fingerprint);
  });

  it('notes a rule that throws, keeps the scan complete and runs the others', () => {
    const broken = defineRule({
      meta: { ...imageRunsAsRoot.meta, id: 'BH999', slug: 'broken', messages: { x: 'x.' } },
      checks: {
        image() {
          throw new Error('boom');
        }
      }
    });
    const result = scanImageDocuments([golang], { rules: [broken, imageRunsAsRoot], settings });
    expect(result.complete).toBe(true);
    expect(result.notes).toEqual([
      {
        kind: 'internal-error',
        file: 'images/golang.tar',
        rule: 'BH999',
        message: 'Internal error in rule BH999 (broken); the rest of the scan went on: boom.'
      }
    ]);
    expect(result.findings.map(f => f.ruleId)).toEqual(['BH101']);
  });
});

describe('logical locations of text documents', () => {
  it('are passed through to the finding', () => {
    const rule = defineRule({
      meta: { ...imageRunsAsRoot.meta, id: 'BH998', slug: 'logical', messages: { x: 'x.' } },
      checks: {
        dockerfile({ report }) {
          report({ messageId: 'x', region: IMAGE_REGION, logical: 'stage[0]' });
        }
      }
    });
    const [finding] = scanDocuments([{ path: 'Dockerfile', text: 'FROM alpine\n' }], {
      rules: [rule],
      settings
    }).findings;
    expect(finding?.location).toEqual({ file: 'Dockerfile', region: IMAGE_REGION, logical: 'stage[0]' });
  });
});
