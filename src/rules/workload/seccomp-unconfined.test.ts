import rule from './seccomp-unconfined.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, cronJob, deployment, flow, onWindows, pod } from '../../../test/builders/workload.js';

const restricted = { podSecurityLevel: 'restricted' } as const;
const seccomp = (type: string) => ({ seccompProfile: { type } });
const webWith = (type: string) =>
  deployment({ containers: [container('web', 'nginx:1.27', { securityContext: seccomp(type) })] });
/** The pod profile, an init container, an app container on RuntimeDefault and a sidecar. */
const podProfile = (type: string) =>
  pod(
    {
      securityContext: { seccompProfile: flow({ type }) },
      initContainers: [container('init', 'busybox:1.36')],
      containers: [
        container('app', 'app:1', { securityContext: { seccompProfile: flow({ type: 'RuntimeDefault' }) } }),
        container('sidecar', 'envoyproxy/envoy:v1.31.0')
      ]
    },
    { name: 'p' }
  );
/** A CronJob whose init container sets no profile; `securityContext` is the pod's. */
const cronWith = (securityContext?: ReturnType<typeof seccomp>) =>
  cronJob(
    {
      restartPolicy: 'Never',
      initContainers: [container('fetch', 'busybox:1.36')],
      containers: [
        container('job', 'busybox:1.36', {
          securityContext: flow({ seccompProfile: { type: 'RuntimeDefault' } })
        })
      ],
      securityContext
    },
    { name: 'c' }
  );

testRule(rule, {
  valid: [
    {
      name: 'pod-level RuntimeDefault, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: deployment({
        securityContext: seccomp('RuntimeDefault'),
        containers: [container('web', 'nginx:1.27')]
      }),
      docs: true
    },
    {
      name: 'container Localhost profile over a pod Unconfined',
      filename: 'pod.yaml',
      code: pod(
        {
          securityContext: { seccompProfile: flow({ type: 'Unconfined' }) },
          containers: [
            container('app', 'app:1', {
              securityContext: {
                seccompProfile: flow({ type: 'Localhost', localhostProfile: 'profiles/app.json' })
              }
            })
          ]
        },
        { name: 'p' }
      )
    },
    {
      name: 'none set, at baseline',
      filename: 'pod.yaml',
      code: pod({ containers: [container('c', 'busybox:1.36')] }, { name: 'p' })
    },
    {
      name: 'Windows pod at restricted',
      filename: 'win.yaml',
      settings: restricted,
      code: pod({
        ...onWindows('os'),
        securityContext: { runAsNonRoot: true },
        containers: [container('w', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')]
      }),
      docs: true
    },
    {
      name: 'Compose with a profile file and other security options',
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: app:1\n    security_opt:\n      - seccomp=./seccomp.json\n      - no-new-privileges:true\n      - apparmor=unconfined\n'
    }
  ],
  invalid: [
    {
      name: 'container Unconfined',
      filename: 'deploy.yaml',
      code: webWith('Unconfined'),
      errors: [
        {
          messageId: 'container',
          line: 16,
          severity: 'medium',
          message: "Container 'web' runs without seccomp ('seccompProfile.type: Unconfined')."
        }
      ],
      output: webWith('RuntimeDefault'),
      docs: true
    },
    {
      name: 'pod-level Unconfined reported once; one container overrides it',
      filename: 'pod.yaml',
      code: podProfile('Unconfined'),
      errors: [
        {
          messageId: 'pod',
          line: 7,
          message:
            "The pod's 'seccompProfile.type: Unconfined' runs containers 'init', 'sidecar' without seccomp."
        }
      ],
      output: podProfile('RuntimeDefault')
    },
    {
      name: 'none set at restricted: CronJob init and app containers',
      filename: 'cron.yaml',
      settings: restricted,
      code: cronWith(),
      errors: [{ messageId: 'unset', line: 13, severity: 'low', message: /'fetch'/ }],
      output: cronWith(seccomp('RuntimeDefault'))
    },
    {
      name: 'Compose seccomp=unconfined and seccomp:unconfined',
      filename: 'compose.yaml',
      code: 'services:\n  app:\n    image: app:1\n    security_opt:\n      - seccomp=unconfined\n  tools:\n    image: tools:1\n    security_opt: ["seccomp:unconfined"]\n',
      errors: [
        {
          messageId: 'service',
          line: 5,
          message: "Service 'app' runs without seccomp ('seccomp=unconfined')."
        },
        { messageId: 'service', line: 8, message: /'tools'/ }
      ],
      docs: true
    }
  ]
});
