import rule from './unmasked-proc-mount.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  deployment,
  flow,
  job,
  onWindows,
  pod,
  type PodSpec
} from '../../../test/builders/workload.js';

const UNMASKED = { securityContext: flow({ procMount: 'Unmasked' }) };
const windowsUnmasked = (windows: PodSpec, image: string) =>
  pod({ ...windows, containers: [container('w', image, UNMASKED)] });

const BUILDKIT_USERNS = deployment({
  hostUsers: false,
  containers: [
    container('buildkitd', 'moby/buildkit:v0.17.0-rootless', {
      args: flow(['--oci-worker-no-process-sandbox']),
      securityContext: { procMount: 'Unmasked', seccompProfile: flow({ type: 'Unconfined' }) }
    })
  ]
});

testRule(rule, {
  valid: [
    {
      name: 'procMount Default, or unset',
      filename: 'pod.yaml',
      code: pod({
        containers: [
          container('app', 'ghcr.io/acme/app:1.0', { securityContext: { procMount: 'Default' } }),
          container('sidecar', 'ghcr.io/acme/sidecar:1.0')
        ]
      }),
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
      code: windowsUnmasked(onWindows(), 'mcr.microsoft.com/windows/servercore:ltsc2022')
    },
    {
      name: 'Windows pod by os.name at restricted',
      filename: 'win.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: windowsUnmasked(onWindows('os'), 'mcr.microsoft.com/windows/nanoserver:ltsc2022')
    }
  ],
  invalid: [
    {
      name: 'Unmasked in a Podman-in-Kubernetes job',
      filename: 'job.yaml',
      code: job(
        {
          restartPolicy: 'Never',
          containers: [
            container('podman', 'quay.io/podman/stable:v5.2', {
              command: flow(['podman', 'build', '-t', 'app', '/src']),
              securityContext: { procMount: 'Unmasked' }
            })
          ]
        },
        { name: 'image-build' }
      ),
      errors: [
        {
          messageId: 'container',
          line: 14,
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
      errors: [{ messageId: 'container', line: 18, message: /'buildkitd'/ }]
    },
    {
      name: 'hostUsers: true does not relax it; init container',
      filename: 'pod.yaml',
      code: pod(
        {
          hostUsers: true,
          initContainers: [container('init', 'busybox:1.36', UNMASKED)],
          containers: [container('c', 'busybox:1.36')]
        },
        { name: 'p' }
      ),
      errors: [{ messageId: 'container', line: 10, message: /'init'/ }]
    }
  ]
});
