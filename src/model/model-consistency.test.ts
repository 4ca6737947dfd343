import { DEFAULT_RULE_SETTINGS } from '../core/settings.js';
import { scanDocuments, type SourceFile } from '../engine/scan-documents.js';
import { ALL_RULES } from '../rules/index.js';

/** Every rule over the files; the main file's findings as `ruleId line`, and the findings themselves. */
function scan(main: SourceFile, others: SourceFile[] = []) {
  const { findings } = scanDocuments([main, ...others], {
    rules: [...ALL_RULES],
    settings: DEFAULT_RULE_SETTINGS
  });
  const own = findings.filter(f => f.location.file === main.path);
  return { ids: own.map(f => `${f.ruleId} ${f.location.region.startLine}`), findings: own };
}

// A kustomize strategic-merge patch: it only sets the account, nothing else says Windows.
const patch = (extra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
${extra}      securityContext:
        windowsOptions:
          runAsUserName: ContainerAdministrator
      containers:
        - name: api
          securityContext:
            privileged: true
`;

describe('one pod OS for every rule', () => {
  it('a kustomize patch with runAsUserName is Windows for all rules: BH601, BH603 and BH508, no Linux rule', () => {
    const { ids, findings } = scan({ path: 'overlays/windows/patch.yaml', text: patch() });
    expect(ids.sort()).toEqual(['BH508 12', 'BH601 10', 'BH603 14']);
    for (const finding of findings)
      expect(finding.properties).toEqual({
        podOs: 'windows',
        podOsEvidence: 'windowsOptions.runAsUserName is set'
      });
  });

  it('the same patch on a pod declared Linux is BH607 and BH501, never BH601 or BH603', () => {
    const { ids } = scan({ path: 'overlays/linux/patch.yaml', text: patch('      os: {name: linux}\n') });
    expect(ids.sort()).toEqual(['BH501 15', 'BH508 13', 'BH607 10']);
  });

  it('an AKS Windows pool by os-sku: BH603 not BH501, no BH610, and the evidence in SARIF properties', () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: iis}
spec:
  selector: {matchLabels: {app: iis}}
  template:
    metadata: {labels: {app: iis}}
    spec:
      nodeSelector:
        kubernetes.azure.com/os-sku: Windows2022
      securityContext:
        windowsOptions: {runAsUserName: ContainerUser}
      containers:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
          resources: {limits: {cpu: "1", memory: 1Gi}}
          securityContext: {privileged: true}
`;
    const { ids, findings } = scan({ path: 'aks/iis.yaml', text });
    expect(ids).toEqual(['BH603 17']);
    expect(findings[0]?.properties).toEqual({
      podOs: 'windows',
      podOsEvidence: 'nodeSelector kubernetes.azure.com/os-sku=Windows2022'
    });
  });

  it('a Compose build-only service whose Dockerfile runs as root: BH502 medium, with the service OS', () => {
    const { ids, findings } = scan({ path: 'compose.yaml', text: 'services:\n  web:\n    build: ./web\n' }, [
      { path: 'web/Dockerfile', text: 'FROM node:22-bookworm-slim\nCMD ["node", "server.js"]\n' }
    ]);
    expect(ids).toEqual(['BH502 2']);
    expect(findings[0]).toMatchObject({
      severity: 'medium',
      properties: {
        serviceOs: 'linux',
        serviceOsEvidence: 'the repository Dockerfile that builds it makes a linux image'
      }
    });
  });
});
