import rule from './windows-privileged-unsupported.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  daemonSet,
  deployment,
  hostProcess,
  onWindows,
  pod
} from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';

testRule(rule, {
  valid: [
    {
      name: 'HostProcess instead of privileged',
      filename,
      code: daemonSet(
        {
          ...onWindows('os'),
          hostNetwork: true,
          securityContext: hostProcess('NT AUTHORITY\\LOCAL SERVICE'),
          containers: [container('agent', 'myorg/node-agent:1.0')]
        },
        { name: 'node-agent' }
      ),
      docs: true
    },
    {
      name: 'privileged on a Linux pod is BH501',
      filename,
      code: pod(
        { containers: [container('app', 'nginx:1.27', { securityContext: { privileged: true } })] },
        { name: 'p' }
      )
    },
    {
      // dockur/windows runs a Windows VM under QEMU in a Linux container: privileged is BH501's.
      name: "dockur/windows is a Linux image despite its name (dockur/windows' kubernetes.yml)",
      filename,
      code: deployment(
        {
          containers: [
            container('windows', 'dockurr/windows', {
              securityContext: { capabilities: { add: ['NET_ADMIN'] }, privileged: true }
            })
          ]
        },
        { name: 'windows' }
      )
    },
    {
      name: 'privileged: false is not BH603 (BH606 covers the field)',
      filename,
      code: pod(
        {
          ...onWindows(),
          containers: [container('app', 'myorg/app:1', { securityContext: { privileged: false } })]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'privileged with os.name windows',
      filename,
      code: pod({
        ...onWindows('os'),
        containers: [
          container('tools', 'mcr.microsoft.com/windows/servercore:ltsc2022', {
            securityContext: { privileged: true }
          })
        ]
      }),
      errors: [
        {
          messageId: 'rejected',
          line: 12,
          message:
            "Container 'tools' sets 'privileged: true' on a pod with os.name 'windows': the API server rejects it."
        }
      ],
      docs: true
    },
    {
      name: 'privileged init container on a Windows-scheduled Deployment',
      filename,
      code: deployment({
        ...onWindows(),
        initContainers: [container('setup', 'myorg/setup:1', { securityContext: { privileged: true } })],
        containers: [container('web', 'myorg/web:1')]
      }),
      errors: [
        {
          messageId: 'ignored',
          line: 18,
          message:
            "Container 'setup' sets 'privileged: true' on a Windows pod (nodeSelector kubernetes.io/os=windows): Windows ignores it."
        }
      ]
    },
    {
      name: 'AKS Windows node pool selected by os-sku (not BH501)',
      filename: 'aks/win-agent.yaml',
      code: daemonSet(
        {
          nodeSelector: { 'kubernetes.azure.com/os-sku': 'Windows2025' },
          containers: [
            container('agent', 'acme.azurecr.io/win-agent:1.0', { securityContext: { privileged: true } })
          ]
        },
        { name: 'win-agent' }
      ),
      errors: [
        {
          messageId: 'ignored',
          line: 18,
          message:
            "Container 'agent' sets 'privileged: true' on a Windows pod (nodeSelector kubernetes.azure.com/os-sku=Windows2025): Windows ignores it."
        }
      ]
    }
  ]
});
