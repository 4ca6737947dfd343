import rule from './privilege-escalation-allowed.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  deployment,
  flow,
  onWindows,
  pod,
  type Container
} from '../../../test/builders/workload.js';

const restricted = { podSecurityLevel: 'restricted' } as const;
const noEscalation = (value = false) => ({ securityContext: { allowPrivilegeEscalation: value } });
const webAs = (allowPrivilegeEscalation: boolean) =>
  deployment({
    containers: [container('web', 'ghcr.io/acme/web:1.2', noEscalation(allowPrivilegeEscalation))]
  });
/** A pod with an init, an app (escalation off, on one line) and an ephemeral container. */
const threeContainers = (fix: Partial<Container> = {}) =>
  pod(
    {
      initContainers: [container('init', 'busybox:1.36', fix)],
      containers: [
        container('app', 'busybox:1.36', { securityContext: flow({ allowPrivilegeEscalation: false }) })
      ],
      ephemeralContainers: [container('debug', 'busybox:1.36', fix)]
    },
    { name: 'p' }
  );

testRule(rule, {
  valid: [
    {
      name: 'explicit false on every container, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: deployment({
        initContainers: [
          container('migrate', 'ghcr.io/acme/web:1.2', {
            securityContext: flow({ allowPrivilegeEscalation: false })
          })
        ],
        containers: [container('web', 'ghcr.io/acme/web:1.2', noEscalation())]
      }),
      docs: true
    },
    {
      name: 'unset at baseline',
      filename: 'pod.yaml',
      code: pod({ containers: [container('c', 'busybox:1.36')] }, { name: 'p' })
    },
    {
      name: 'Windows pod at restricted (PSA exempts os.name windows)',
      filename: 'win.yaml',
      settings: restricted,
      code: pod(
        {
          ...onWindows('os'),
          securityContext: { runAsNonRoot: true },
          containers: [container('app', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')]
        },
        { name: 'win' }
      ),
      docs: true
    },
    {
      name: 'pod scheduled to Windows by nodeSelector, field set to true (BH606 territory)',
      filename: 'win.yaml',
      code: pod(
        { ...onWindows(), containers: [container('app', 'example.com/app:1', noEscalation(true))] },
        { name: 'win' }
      )
    },
    {
      name: 'unpinned pod with a Server Core image at restricted',
      filename: 'pod.yaml',
      settings: restricted,
      code: pod({ containers: [container('w', 'mcr.microsoft.com/windows/servercore:ltsc2022')] })
    }
  ],
  invalid: [
    {
      name: 'explicit true',
      filename: 'deploy.yaml',
      code: webAs(true),
      errors: [
        {
          messageId: 'allowed',
          line: 16,
          severity: 'medium',
          message: "Container 'web' allows privilege escalation ('allowPrivilegeEscalation: true')."
        }
      ],
      output: webAs(false),
      docs: true
    },
    {
      name: 'unset at restricted: init, app and ephemeral containers',
      filename: 'pod.yaml',
      settings: restricted,
      code: threeContainers(),
      errors: [
        { messageId: 'unset', line: 7, severity: 'low', message: /'init'/ },
        { messageId: 'unset', line: 14, severity: 'low', message: /'debug'/ }
      ],
      output: threeContainers(noEscalation())
    },
    {
      name: 'fix: merged into an existing security context, comments and quoting kept',
      filename: 'worker.yaml',
      settings: restricted,
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: "worker"
spec:
  template:
    spec:
      containers:
        - name: worker
          image: "registry.example.com/worker:2.4.1"
          securityContext:
            runAsNonRoot: true # the image's USER is 10001
            capabilities: { drop: ["ALL"] }
          # probes below
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
`,
      errors: [{ messageId: 'unset', line: 9 }],
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: "worker"
spec:
  template:
    spec:
      containers:
        - name: worker
          image: "registry.example.com/worker:2.4.1"
          securityContext:
            runAsNonRoot: true # the image's USER is 10001
            capabilities: { drop: ["ALL"] }
            allowPrivilegeEscalation: false
          # probes below
          livenessProbe:
            httpGet: { path: /healthz, port: 8080 }
`
    },
    {
      name: 'no fix: a security context shared through a YAML anchor',
      filename: 'anchored.yaml',
      settings: restricted,
      code: `apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: a
      image: busybox:1.36
      securityContext: &sc
        runAsNonRoot: true
    - name: b
      image: busybox:1.36
      securityContext: *sc
`,
      errors: [
        { messageId: 'unset', line: 6 },
        { messageId: 'unset', line: 10 }
      ],
      output: null
    },
    {
      name: 'CronJob in a JSON List',
      filename: 'jobs.json',
      code: `{
  "apiVersion": "v1",
  "kind": "List",
  "items": [
    {
      "apiVersion": "batch/v1",
      "kind": "CronJob",
      "metadata": { "name": "nightly" },
      "spec": {
        "schedule": "0 1 * * *",
        "jobTemplate": { "spec": { "template": { "spec": {
          "restartPolicy": "Never",
          "containers": [
            { "name": "job", "image": "busybox:1.36",
              "securityContext": { "allowPrivilegeEscalation": true } }
          ]
        } } } }
      }
    }
  ]
}
`,
      errors: [{ messageId: 'allowed', line: 15 }]
    }
  ]
});
