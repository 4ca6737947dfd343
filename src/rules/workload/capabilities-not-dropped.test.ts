import rule from './capabilities-not-dropped.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  capabilities,
  container,
  daemonSet,
  deployment,
  flow,
  onWindows,
  pod,
  type SecurityContext
} from '../../../test/builders/workload.js';

const restricted = { podSecurityLevel: 'restricted' } as const;
const busybox = (securityContext: SecurityContext) =>
  pod({ containers: [container('c', 'busybox:1.36', { securityContext })] }, { name: 'p' });
const api = (securityContext: SecurityContext) =>
  deployment({
    securityContext: { runAsNonRoot: true, seccompProfile: flow({ type: 'RuntimeDefault' }) },
    containers: [container('api', 'ghcr.io/acme/api:2.0', { securityContext })]
  });

testRule(rule, {
  valid: [
    {
      name: 'drop ALL, add back NET_BIND_SERVICE, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: deployment({
        initContainers: [
          container('migrate', 'ghcr.io/acme/web:1.2', { securityContext: capabilities({ drop: ['ALL'] }) })
        ],
        containers: [
          container('web', 'ghcr.io/acme/web:1.2', {
            securityContext: { capabilities: { drop: flow(['ALL']), add: flow(['NET_BIND_SERVICE']) } }
          })
        ]
      }),
      docs: true
    },
    {
      name: 'nothing dropped at baseline (restricted-only rule)',
      filename: 'pod.yaml',
      code: busybox(capabilities({ add: ['CHOWN'] }))
    },
    {
      name: 'Windows pod by os.name (PSA exempts it since v1.25)',
      filename: 'win.yaml',
      settings: restricted,
      code: pod({
        ...onWindows('os'),
        securityContext: flow({ runAsNonRoot: true }),
        containers: [container('w', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')]
      })
    },
    {
      name: 'Windows pod by nodeSelector only (AKS Windows node pool)',
      filename: 'aks-win.yaml',
      settings: restricted,
      code: deployment(
        {
          ...onWindows(),
          containers: [container('cm', 'scr.sitecore.com/sxp/sitecore-xm1-cm:10.4-ltsc2022')]
        },
        { name: 'sitecore-cm' }
      )
    },
    {
      name: 'capabilities beyond the baseline are BH507 only',
      filename: 'pod.yaml',
      settings: restricted,
      code: busybox(capabilities({ drop: ['ALL'], add: ['SYS_ADMIN', 'chown'] }))
    }
  ],
  invalid: [
    {
      name: 'no securityContext at all, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: api({ allowPrivilegeEscalation: false }),
      errors: [
        {
          messageId: 'notDropped',
          line: 16,
          severity: 'low',
          message: "Container 'api' does not drop all capabilities (no 'ALL' in 'capabilities.drop')."
        }
      ],
      output: api({ allowPrivilegeEscalation: false, capabilities: { drop: flow(['ALL']) } }),
      docs: true
    },
    {
      name: 'drop list without ALL, lower-case all, and baseline capabilities added back',
      filename: 'pod.yaml',
      settings: restricted,
      code: pod(
        {
          initContainers: [
            container('chown-data', 'busybox:1.36', {
              securityContext: {
                capabilities: { drop: flow(['NET_RAW']), add: flow(['CHOWN', 'FOWNER', 'NET_BIND_SERVICE']) }
              }
            })
          ],
          containers: [
            container('app', 'ghcr.io/acme/app:3', {
              securityContext: { capabilities: { drop: flow(['all']) } }
            })
          ]
        },
        { name: 'fixperms' }
      ),
      errors: [
        { messageId: 'notDropped', line: 11, message: /'chown-data'/ },
        {
          messageId: 'added',
          line: 12,
          message:
            "Container 'chown-data' adds capability 'CHOWN'; the restricted level allows only 'NET_BIND_SERVICE'."
        },
        { messageId: 'added', line: 12, message: /'FOWNER'/ },
        { messageId: 'notDropped', line: 18, message: /'app'/ }
      ],
      docs: true
    },
    {
      name: 'SYS_ADMIN added and nothing dropped: BH507 for the add, BH511 for the drop',
      filename: 'csi-node.yaml',
      settings: restricted,
      code: daemonSet(
        {
          containers: [
            container('driver', 'registry.k8s.io/sig-storage/hostpathplugin:v1.15.0', {
              securityContext: { capabilities: { add: flow(['SYS_ADMIN']) } }
            })
          ]
        },
        { name: 'csi-node' }
      ),
      errors: [{ messageId: 'notDropped', line: 13, message: /'driver'/ }]
    }
  ]
});
