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
