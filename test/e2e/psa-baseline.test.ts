import type { Rule } from '../../src/core/rule.js';
import { DEFAULT_RULE_SETTINGS } from '../../src/core/settings.js';
import { scanDocuments } from '../../src/engine/scan-documents.js';
import { ALL_RULES } from '../../src/rules/index.js';

/** Every rule: a hardened workload must give no finding at all. */
const RULES: Rule[] = [...ALL_RULES];

/**
 * Pod Security Admission's own minimal restricted Windows pod (kubernetes/pod-security-admission
 * `test/testdata/restricted/v1.35/pass/base_windows.yaml`: `os.name: windows` and pod-level
 * `runAsNonRoot: true`, nothing else), with a Nano Server image. Since policy v1.25 PSA exempts such
 * pods from the Linux-only restricted checks (allowPrivilegeEscalation, capabilities, seccomp), and
 * the API server rejects those fields on them: a Linux-hardening finding here is a false positive
 * whose fix cannot be applied. Resource limits are added because BH508 holds on every OS, and
 * `automountServiceAccountToken: false` because BH517 (not a PSS control) holds on every OS too.
 */
const PSA_RESTRICTED_WINDOWS_POD = `apiVersion: v1
kind: Pod
metadata:
  name: base-windows
spec:
  os:
    name: windows
  automountServiceAccountToken: false
  securityContext:
    runAsNonRoot: true
  initContainers:
    - name: initcontainer1
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
      resources:
        limits: { cpu: 500m, memory: 256Mi }
  containers:
    - name: container1
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
      resources:
        limits: { cpu: "1", memory: 512Mi }
`;

/** A Linux Deployment hardened to the restricted Pod Security Standard, plus resource limits and no API token. */
const HARDENED_LINUX_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  replicas: 2
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      automountServiceAccountToken: false
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        runAsGroup: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: api
          image: ghcr.io/acme/api:1.4.2
          ports:
            - containerPort: 8080
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: api-db, key: password }
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            capabilities:
              drop: [ALL]
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { cpu: 500m, memory: 256Mi }
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
      volumes:
        - name: tmp
          emptyDir: {}
`;

describe('workloads that satisfy the restricted Pod Security Standard', () => {
  it.each([
    ['PSA minimal restricted Windows pod', 'base-windows.yaml', PSA_RESTRICTED_WINDOWS_POD],
    ['hardened Linux Deployment', 'deploy.yaml', HARDENED_LINUX_DEPLOYMENT]
  ])('%s: no findings at baseline or restricted', (_name, path, text) => {
    for (const podSecurityLevel of ['baseline', 'restricted'] as const) {
      const result = scanDocuments([{ path, text }], {
        rules: RULES,
        settings: { ...DEFAULT_RULE_SETTINGS, podSecurityLevel }
      });
      expect(result.files).toEqual([{ path, target: 'kubernetes' }]);
      expect(result.complete).toBe(true);
      const findings = result.findings.map(
        f => `${podSecurityLevel} ${f.ruleId} line ${f.location.region.startLine}: ${f.message}`
      );
      expect(findings).toEqual([]);
    }
  });
});
