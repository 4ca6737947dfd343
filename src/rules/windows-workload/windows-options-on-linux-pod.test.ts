import rule from './windows-options-on-linux-pod.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  deployment,
  onWindows,
  pod,
  runAsUserName
} from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';
const LINUX = { os: { name: 'linux' } };
const API = {
  ...LINUX,
  securityContext: { runAsNonRoot: true },
  containers: [container('api', 'myorg/api:2.1')]
};

testRule(rule, {
  valid: [
    {
      name: 'windowsOptions on a Windows pod',
      filename,
      code: pod({
        ...onWindows('os'),
        securityContext: runAsUserName('ContainerUser'),
        containers: [container('web', 'mcr.microsoft.com/windows/nanoserver:ltsc2022')]
      }),
      docs: true
    },
    {
      name: 'no os.name: legal (ignored on Linux nodes)',
      filename,
      code: pod(
        {
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          securityContext: runAsUserName('ContainerUser'),
          containers: [container('app', 'nginx:1.27')]
        },
        { name: 'p' }
      )
    },
    {
      name: 'null windowsOptions',
      filename,
      code: pod(
        {
          ...LINUX,
          containers: [container('app', 'nginx:1.27', { securityContext: { windowsOptions: null } })]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'Windows account on a Linux pod',
      filename,
      code: deployment({
        ...API,
        securityContext: { runAsNonRoot: true, ...runAsUserName('ContainerUser') }
      }),
      errors: [
        {
          messageId: 'pod',
          line: 16,
          message: "The pod sets 'windowsOptions' with os.name 'linux': the API server rejects it."
        }
      ],
      output: deployment(API),
      docs: true
    },
    {
      name: 'empty windowsOptions in an init container (CronJob)',
      filename,
      code: cronJob(
        {
          ...LINUX,
          restartPolicy: 'Never',
          initContainers: [container('init', 'busybox:1.36', { securityContext: { windowsOptions: {} } })],
          containers: [container('main', 'busybox:1.36')]
        },
        { name: 'c' }
      ),
      errors: [
        {
          messageId: 'container',
          line: 18,
          message:
            "Container 'init' sets 'windowsOptions' on a pod with os.name 'linux': the API server rejects it."
        }
      ]
    }
  ]
});
