import { scanDocuments } from './scan-documents.js';
import { defineRule } from '../core/rule.js';
import { DEFAULT_RULE_SETTINGS } from '../core/settings.js';

// A rule that reports every container, to see which findings the annotations suppress.
const everyContainer = defineRule({
  meta: {
    id: 'BH999',
    slug: 'every-container',
    title: 'Test rule',
    description: 'Reports every container of every workload, for tests.',
    severity: 'low',
    remediation: 'None.',
    references: ['https://example.com'],
    tags: [],
    messages: { container: "Container '{name}'." }
  },
  checks: {
    kubernetes({ document, report }) {
      for (const w of document.workloads)
        for (const c of w.containers)
          report({ messageId: 'container', data: { name: c.name }, region: c.region });
    }
  }
});

const MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: ignored
  annotations:
    bulkhead.io/ignore: "BH508, BH999"
    bulkhead.io/ignore-reason: batch job, limits set by the namespace quota
spec:
  containers:
    - name: a
      image: busybox:1.36
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: template-annotated
spec:
  template:
    metadata:
      annotations:
        bulkhead.io/ignore: BH999
    spec:
      containers:
        - name: b
          image: busybox:1.36
---
apiVersion: v1
kind: Pod
metadata:
  name: not-ignored
  annotations:
    bulkhead.io/ignore: BH601
spec:
  containers:
    - name: c
      image: busybox:1.36
`;

describe('Kubernetes annotation suppressions', () => {
  it('suppress findings of the annotated object only, with the reason', () => {
    const { findings } = scanDocuments([{ path: 'pods.yaml', text: MANIFEST }], {
      rules: [everyContainer],
      settings: DEFAULT_RULE_SETTINGS
    });
    expect(findings.map(f => [f.message, f.suppression])).toEqual([
      ["Container 'a'.", { kind: 'inSource', justification: 'batch job, limits set by the namespace quota' }],
      ["Container 'b'.", { kind: 'inSource', justification: undefined }],
      ["Container 'c'.", undefined]
    ]);
  });
});

describe('Kubernetes annotation suppressions in a large bundle', () => {
  // A generated bundle shaped like `kubectl get pods -o yaml` across namespaces: every third pod is annotated.
  const pods = Array.from({ length: 600 }, (_, i) =>
    [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      `  name: pod-${i}`,
      ...(i % 3 === 0
        ? ['  annotations:', '    bulkhead.io/ignore: BH999', `    bulkhead.io/ignore-reason: reviewed ${i}`]
        : []),
      'spec:',
      '  containers:',
      `    - name: c${i}`,
      '      image: busybox:1.36'
    ].join('\n')
  );

  it('suppresses exactly the annotated objects, each with its own reason', () => {
    const { findings } = scanDocuments([{ path: 'pods.yaml', text: `${pods.join('\n---\n')}\n` }], {
      rules: [everyContainer],
      settings: DEFAULT_RULE_SETTINGS
    });
    expect(findings).toHaveLength(600);
    findings.forEach((finding, i) =>
      expect(finding.suppression).toEqual(
        i % 3 === 0 ? { kind: 'inSource', justification: `reviewed ${i}` } : undefined
      )
    );
  });

  it('tells apart List items written on one line', () => {
    const list = `apiVersion: v1
kind: List
items: [{apiVersion: v1, kind: Pod, metadata: {name: a}, spec: {containers: [{name: a, image: busybox}]}}, {apiVersion: v1, kind: Pod, metadata: {name: b, annotations: {bulkhead.io/ignore: BH999}}, spec: {containers: [{name: b, image: busybox}]}}]
`;
    const { findings } = scanDocuments([{ path: 'list.yaml', text: list }], {
      rules: [everyContainer],
      settings: DEFAULT_RULE_SETTINGS
    });
    // Both containers sit on line 3, inside the annotated item's lines, so both are suppressed (as before the index).
    expect(findings.map(f => [f.message, f.suppression?.kind])).toEqual([
      ["Container 'a'.", 'inSource'],
      ["Container 'b'.", 'inSource']
    ]);
  });
});
