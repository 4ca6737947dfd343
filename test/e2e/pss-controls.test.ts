import { DEFAULT_RULE_SETTINGS } from '../../src/core/settings.js';
import { scanDocuments } from '../../src/engine/scan-documents.js';
import { ALL_RULES } from '../../src/rules/index.js';

type Level = 'baseline' | 'restricted';
type Json = Record<string, unknown>;

/**
 * One case per Pod Security Standards control, in the shape of pod-security-admission's per-control
 * fixtures (a pod that passes restricted, changed in one place), written here rather than copied.
 * `level` is the lowest level that forbids it; `rule` is the Bulkhead rule that mirrors the control.
 */
const CONTROLS: {
  control: string;
  level: Level;
  rule: string;
  pod?: Json;
  container?: Json;
  /** Bulkhead reports it at baseline too (RULES.md BH502: `runAsUser: 0` is high at every level). */
  baselineToo?: true;
}[] = [
  { control: 'hostNamespaces', level: 'baseline', rule: 'BH504', pod: { hostPID: true } },
  {
    control: 'privileged',
    level: 'baseline',
    rule: 'BH501',
    container: { securityContext: { privileged: true } }
  },
  {
    control: 'capabilities_baseline',
    level: 'baseline',
    rule: 'BH507',
    container: { securityContext: { capabilities: { drop: ['ALL'], add: ['NET_RAW'] } } }
  },
  {
    control: 'hostPathVolumes',
    level: 'baseline',
    rule: 'BH505',
    pod: { volumes: [{ name: 'h', hostPath: { path: '/var/lib' } }] }
  },
  {
    control: 'hostPorts',
    level: 'baseline',
    rule: 'BH510',
    container: { ports: [{ containerPort: 80, hostPort: 80 }] }
  },
  {
    control: 'appArmorProfile',
    level: 'baseline',
    rule: 'BH514',
    pod: { securityContext: { appArmorProfile: { type: 'Unconfined' } } }
  },
  {
    control: 'seLinuxOptions',
    level: 'baseline',
    rule: 'BH514',
    pod: { securityContext: { seLinuxOptions: { type: 'spc_t' } } }
  },
  {
    control: 'procMount',
    level: 'baseline',
    rule: 'BH512',
    container: { securityContext: { procMount: 'Unmasked' } }
  },
  {
    control: 'seccompProfile_baseline',
    level: 'baseline',
    rule: 'BH509',
    pod: { securityContext: { seccompProfile: { type: 'Unconfined' } } }
  },
  {
    control: 'sysctls',
    level: 'baseline',
    rule: 'BH513',
    pod: { securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '65536' }] } }
  },
  {
    control: 'hostProbesAndHostLifecycle',
    level: 'baseline',
    rule: 'BH516',
    container: { livenessProbe: { tcpSocket: { host: '10.0.0.1', port: 22 } } }
  },
  {
    control: 'restrictedVolumes',
    level: 'restricted',
    rule: 'BH515',
    pod: { volumes: [{ name: 'n', nfs: { server: 'nas', path: '/x' } }] }
  },
  {
    control: 'allowPrivilegeEscalation',
    level: 'restricted',
    rule: 'BH503',
    container: { securityContext: { capabilities: { drop: ['ALL'] } } }
  },
  {
    control: 'runAsNonRoot',
    level: 'restricted',
    rule: 'BH502',
    pod: { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }
  },
  {
    control: 'seccompProfile_restricted',
    level: 'restricted',
    rule: 'BH509',
    pod: { securityContext: { runAsNonRoot: true } }
  },
  {
    control: 'runAsUser',
    level: 'restricted',
    rule: 'BH502',
    container: {
      securityContext: { runAsUser: 0, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }
    },
    baselineToo: true
  },
  {
    control: 'windowsHostProcess',
    level: 'baseline',
    rule: 'BH604',
    pod: { securityContext: { windowsOptions: { hostProcess: true } }, hostNetwork: true }
  },
  {
    control: 'capabilities_restricted',
    level: 'restricted',
    rule: 'BH511',
    container: { securityContext: { allowPrivilegeEscalation: false } }
  }
];

/** A Linux pod that passes the restricted level (and opts out of the API token, BH517), with `pod`/`container` merged over it. */
function podWith(pod: Json = {}, container: Json = {}): string {
  const base = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    spec: {
      automountServiceAccountToken: false,
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      ...pod,
      containers: [
        {
          name: 'app',
          image: 'ghcr.io/acme/app:1.0.0',
          resources: { limits: { cpu: '1', memory: '1Gi' } },
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
          ...container
        }
      ]
    }
  };
  return JSON.stringify(base, null, 2);
}

function ruleIds(text: string, podSecurityLevel: Level): string[] {
  const result = scanDocuments([{ path: 'pod.json', text }], {
    rules: [...ALL_RULES],
    settings: { ...DEFAULT_RULE_SETTINGS, podSecurityLevel }
  });
  return [...new Set(result.findings.map(f => f.ruleId))].sort();
}

describe('every Pod Security Standards control has a rule', () => {
  it('the base pod passes restricted without findings', () => {
    expect(ruleIds(podWith(), 'restricted')).toEqual([]);
  });

  it.each(CONTROLS)('$control ($level): $rule', ({ level, rule, pod, container, baselineToo }) => {
    const text = podWith(pod, container);
    expect(ruleIds(text, 'restricted')).toContain(rule);
    if (level === 'baseline' || baselineToo) expect(ruleIds(text, 'baseline')).toContain(rule);
    else expect(ruleIds(text, 'baseline')).toEqual([]);
  });
});
