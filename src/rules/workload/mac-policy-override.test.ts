import rule from './mac-policy-override.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, deployment, flow, onWindows, pod } from '../../../test/builders/workload.js';

testRule(rule, {
  valid: [
    {
      name: 'RuntimeDefault AppArmor, a container SELinux level only',
      filename: 'deploy.yaml',
      code: deployment({
        securityContext: {
          seLinuxOptions: { level: 's0:c123,c456' },
          appArmorProfile: { type: 'RuntimeDefault' }
        },
        containers: [
          container('api', 'ghcr.io/acme/api:2.0', {
            securityContext: {
              seLinuxOptions: flow({ type: 'container_t' }),
              appArmorProfile: { type: 'Localhost', localhostProfile: 'k8s-apparmor-api' }
            }
          })
        ]
      }),
      docs: true
    },
    {
      name: 'allowed annotation values and the KubeVirt container types at restricted',
      filename: 'pod.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: pod(
        {
          initContainers: [
            container('a', 'busybox:1.36', {
              securityContext: flow({ seLinuxOptions: { type: 'container_init_t' } })
            })
          ],
          containers: [
            container('b', 'quay.io/kubevirt/virt-launcher:v1.3.1', {
              securityContext: flow({ seLinuxOptions: { type: 'container_kvm_t' } })
            })
          ]
        },
        {
          name: 'p',
          annotations: {
            'container.apparmor.security.beta.kubernetes.io/a': 'runtime/default',
            'container.apparmor.security.beta.kubernetes.io/b': 'localhost/k8s-nginx'
          }
        }
      )
    },
    {
      name: 'Windows pod by os.name (the fields are BH606)',
      filename: 'win.yaml',
      code: pod({
        ...onWindows('os'),
        securityContext: { seLinuxOptions: flow({ type: 'spc_t' }) },
        containers: [
          container('w', 'mcr.microsoft.com/windows/nanoserver:ltsc2022', {
            securityContext: flow({ appArmorProfile: { type: 'Unconfined' } })
          })
        ]
      })
    },
    {
      name: 'Windows pod by required node affinity only',
      filename: 'win.yaml',
      code: `apiVersion: v1
kind: Pod
metadata:
  name: w
  annotations:
    container.apparmor.security.beta.kubernetes.io/w: unconfined
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - { key: kubernetes.io/os, operator: In, values: [windows] }
  containers:
    - name: w
      image: mcr.microsoft.com/windows/servercore:ltsc2022
      securityContext: { seLinuxOptions: { user: system_u } }
`
    },
    {
      name: 'Compose: a named AppArmor profile, an MCS level, a container type, and other options',
      filename: 'compose.yaml',
      code: `services:
  web:
    image: nginx:1.27
    security_opt:
      - apparmor=docker-nginx
      - label=level:s0:c100,c200
      - label:type:container_t
      - label=filetype:container_file_t
      - no-new-privileges:true
`,
      docs: true
    },
    {
      name: 'Compose: a Windows service (BH606 territory)',
      filename: 'compose.yaml',
      code: `services:
  iis:
    image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
    platform: windows/amd64
    security_opt: ["apparmor=unconfined", "label=disable"]
`
    }
  ],
  invalid: [
    {
      name: 'CSI node plugin as spc_t, log agent unconfined',
      filename: 'node-agents.yaml',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: csi-node }
spec:
  selector: { matchLabels: { app: csi-node } }
  template:
    metadata:
      labels: { app: csi-node }
      annotations:
        container.apparmor.security.beta.kubernetes.io/log-agent: unconfined
    spec:
      securityContext:
        seLinuxOptions:
          type: spc_t
      containers:
        - name: driver
          image: registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.12.0
        - name: log-agent
          image: fluent/fluent-bit:3.1.9
          securityContext:
            appArmorProfile:
              type: Unconfined
`,
      errors: [
        {
          messageId: 'annotation',
          line: 10,
          message:
            "Container 'log-agent' runs with AppArmor profile 'unconfined' (annotation 'container.apparmor.security.beta.kubernetes.io/log-agent')."
        },
        {
          messageId: 'selinuxType',
          line: 14,
          severity: 'medium',
          message: "The pod sets SELinux type 'spc_t', outside the container types Pod Security allows."
        },
        {
          messageId: 'apparmor',
          line: 22,
          message:
            "Container 'log-agent' sets AppArmor profile type 'Unconfined' instead of RuntimeDefault or Localhost."
        }
      ],
      docs: true
    },
    {
      name: 'custom SELinux user and role in a container, at restricted',
      filename: 'pod.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: pod(
        {
          containers: [
            container('c', 'busybox:1.36', {
              securityContext: { seLinuxOptions: { user: 'system_u', role: 'system_r', type: 'container_t' } }
            })
          ]
        },
        { name: 'p' }
      ),
      errors: [
        {
          messageId: 'selinuxUserRole',
          line: 11,
          message: "Container 'c' sets a custom SELinux user ('user: system_u')."
        },
        { messageId: 'selinuxUserRole', line: 12, message: /SELinux role \('role: system_r'\)/ }
      ]
    },
    {
      name: 'Compose: AppArmor unconfined, SELinux labels off or replaced',
      filename: 'compose.yaml',
      code: `services:
  app:
    image: alpine:3.20
    security_opt:
      - apparmor=unconfined
      - label=disable
      - label=type:spc_t
      - seccomp=unconfined
  legacy:
    image: alpine:3.20
    security_opt: ["apparmor:unconfined", "label:disable", "label:user:system_u", "label=role:\${ROLE:-system_r}"]
`,
      errors: [
        {
          messageId: 'apparmorUnconfined',
          line: 5,
          message: "Service 'app' runs without AppArmor confinement ('apparmor=unconfined')."
        },
        {
          messageId: 'labelDisable',
          line: 6,
          message: "Service 'app' runs without SELinux separation ('label=disable')."
        },
        {
          messageId: 'labelType',
          line: 7,
          message:
            "Service 'app' sets SELinux type 'spc_t' ('label=type:spc_t'), outside the container types Pod Security allows."
        },
        { messageId: 'apparmorUnconfined', line: 11, message: /'legacy' .*\('apparmor:unconfined'\)/ },
        { messageId: 'labelDisable', line: 11, message: /\('label:disable'\)/ },
        {
          messageId: 'labelUserRole',
          line: 11,
          message: "Service 'legacy' sets a custom SELinux user ('label:user:system_u')."
        },
        { messageId: 'labelUserRole', line: 11, message: /SELinux role \('label=role:system_r'\)/ }
      ],
      docs: true
    }
  ]
});
