import type { RuleMeta } from '../core/rule.js';
import type { ScanResult } from '../core/scan-result.js';

/** A small hand-built scan result shared by the reporter tests. */
export const SAMPLE_RULES: RuleMeta[] = [
  {
    id: 'BH101',
    slug: 'image-runs-as-root',
    title: 'Image runs as root',
    description:
      'The final image runs as root, so a compromise of the process is a compromise of the container.',
    severity: 'high',
    remediation: 'Add a `USER` instruction with a non-root user to the final stage.',
    references: ['https://docs.docker.com/reference/dockerfile/#user'],
    tags: ['dockerfile', 'CWE-250'],
    messages: { root: 'The final image runs as "{user}".' }
  },
  {
    id: 'BH505',
    slug: 'host-path-mount',
    title: 'Host path mounted into a container',
    description: 'A hostPath volume exposes the node file system to the container.',
    severity: 'medium',
    remediation: 'Use a persistent volume or an emptyDir instead of a hostPath volume.',
    references: ['https://kubernetes.io/docs/concepts/storage/volumes/#hostpath'],
    tags: ['kubernetes', 'CWE-668'],
    messages: { hostPath: 'The hostPath volume "{path}" is mounted.' },
    whenToIgnore: 'Node agents that must read host logs.'
  },
  {
    id: 'BH403',
    slug: 'image-tag-mutable',
    title: 'Image tag is mutable',
    description: 'A `:latest` or missing tag can resolve to a different image on every build.',
    severity: 'low',
    remediation: 'Pin the image to a specific tag or digest.',
    references: [],
    tags: ['supply-chain', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'],
    messages: { latest: 'The image "{image}" has a mutable tag.' }
  }
];

export function sampleResult(): ScanResult {
  return {
    findings: [
      {
        ruleId: 'BH403',
        slug: 'image-tag-mutable',
        severity: 'low',
        message: 'The image "ubuntu:latest" has a mutable tag.',
        target: 'dockerfile',
        location: { file: 'Dockerfile', region: { startLine: 1, startColumn: 6, endLine: 1, endColumn: 19 } },
        fingerprint: '54703d4cd895b18:1'
      },
      {
        ruleId: 'BH101',
        slug: 'image-runs-as-root',
        severity: 'high',
        message: 'The final image runs as "root".',
        target: 'dockerfile',
        location: {
          file: 'Dockerfile',
          region: { startLine: 12, startColumn: 1, endLine: 12, endColumn: 10 }
        },
        fingerprint: 'a7f2ff13bc495cf2:1'
      },
      {
        ruleId: 'BH505',
        slug: 'host-path-mount',
        severity: 'high',
        message: 'The hostPath volume "/var/run/docker.sock" is mounted; see [the volume](1).',
        target: 'kubernetes',
        location: {
          file: 'deploy/my app/pod,1.yaml',
          region: { startLine: 20, startColumn: 9, endLine: 21, endColumn: 40 }
        },
        relatedLocations: [
          {
            file: 'deploy/my app/pod,1.yaml',
            region: { startLine: 8, startColumn: 7, endLine: 8, endColumn: 20 },
            message: 'The volume is used here.'
          }
        ],
        fingerprint: '180aee12dab6264:1'
      },
      {
        ruleId: 'BH403',
        slug: 'image-tag-mutable',
        severity: 'low',
        message: 'The image "nginx" has a mutable tag.',
        target: 'kubernetes',
        location: {
          file: 'deploy/my app/pod,1.yaml',
          region: { startLine: 25, startColumn: 14, endLine: 25, endColumn: 19 }
        },
        suppression: { kind: 'inSource', justification: 'Pinned by the deploy pipeline.' }
      }
    ],
    notes: [
      {
        kind: 'expired-ignore',
        message: 'The ignore of BH101 expired on 2024-01-01.',
        file: '.bulkhead.yml'
      },
      { kind: 'template', message: 'Skipped a Helm template.', file: 'charts/app/templates/deployment.yaml' }
    ],
    files: [
      { path: 'Dockerfile', target: 'dockerfile' },
      { path: 'deploy/my app/pod,1.yaml', target: 'kubernetes' },
      { path: 'compose.yaml', target: 'compose' }
    ],
    rules: SAMPLE_RULES,
    complete: true,
    startedAt: '2025-01-02T03:04:05.000Z',
    finishedAt: '2025-01-02T03:04:06.500Z'
  };
}
