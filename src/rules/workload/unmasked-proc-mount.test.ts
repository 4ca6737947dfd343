import rule from './unmasked-proc-mount.js';
import { testRule } from '../../../test/rule-tester.js';

const BUILDKIT_USERNS = `apiVersion: apps/v1
kind: Deployment
metadata: { name: buildkitd }
spec:
  selector: { matchLabels: { app: buildkitd } }
  template:
    metadata: { labels: { app: buildkitd } }
    spec:
      hostUsers: false
      containers:
        - name: buildkitd
          image: moby/buildkit:v0.17.0-rootless
          args: [--oci-worker-no-process-sandbox]
          securityContext:
            procMount: Unmasked
            seccompProfile: { type: Unconfined }
`;

testRule(rule, {
  valid: [
    {
      name: 'procMount Default, or unset',
      filename: 'pod.yaml',
      code: `apiVersion: v1
kind: Pod
metadata: { name: app }
spec:
  containers:
    - name: app
      image: ghcr.io/acme/app:1.0
      securityContext:
        procMount: Default
    - name: sidecar
      image: ghcr.io/acme/sidecar:1.0
`,
      docs: true
    },
    {
      name: 'rootless BuildKit in a user namespace (hostUsers: false) at baseline',
      filename: 'buildkitd.yaml',
      code: BUILDKIT_USERNS,
      docs: true
    },
    {
      name: 'Windows pod by nodeSelector (the field is BH606)',
      filename: 'win.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec:\n  nodeSelector: { kubernetes.io/os: windows }\n  containers:\n    - name: w\n      image: mcr.microsoft.com/windows/servercore:ltsc2022\n      securityContext: { procMount: Unmasked }\n'
    },
    {
      name: 'Windows pod by os.name at restricted',
      filename: 'win.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: w }\nspec:\n  os: { name: windows }\n  containers:\n    - name: w\n      image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n      securityContext: { procMount: Unmasked }\n'
    }
  ],
  invalid: [
    {
      name: 'Unmasked in a Podman-in-Kubernetes job',
      filename: 'job.yaml',
      code: `apiVersion: batch/v1
kind: Job
metadata: { name: image-build }
spec:
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: podman
          image: quay.io/podman/stable:v5.2
          command: [podman, build, -t, app, /src]
          securityContext:
            procMount: Unmasked
`,
      errors: [
        {
          messageId: 'container',
          line: 13,
          severity: 'medium',
          message: "Container 'podman' unmasks /proc ('procMount: Unmasked')."
        }
      ],
      docs: true
    },
    {
      name: 'the same user-namespace pod at restricted (PSS v1.35 procMount_restricted)',
      filename: 'buildkitd.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: BUILDKIT_USERNS,
      errors: [{ messageId: 'container', line: 15, message: /'buildkitd'/ }]
    },
    {
      name: 'hostUsers: true does not relax it; init container',
      filename: 'pod.yaml',
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  hostUsers: true\n  initContainers:\n    - name: init\n      image: busybox:1.36\n      securityContext: { procMount: Unmasked }\n  containers:\n    - name: c\n      image: busybox:1.36\n',
      errors: [{ messageId: 'container', line: 9, message: /'init'/ }]
    }
  ]
});
