import rule from './windows-runasnonroot-contradiction.js';
import { runRule, testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  deployment,
  onWindows,
  pod,
  runAsUserName
} from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';
const NANO = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';
const WINDOWS = onWindows('os');

const builtWithAdminUser = {
  filename,
  code: deployment({ ...WINDOWS, securityContext: { runAsNonRoot: true }, containers: [container()] }),
  files: {
    'app/Dockerfile':
      'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerAdministrator\nCOPY app.exe C:/app/\n',
    'compose.yaml': 'services:\n  app:\n    build: app\n    image: myorg/app:1.0\n'
  }
};

testRule(rule, {
  valid: [
    {
      name: "Kubernetes PSA's minimal restricted Windows pod",
      filename,
      code: pod(
        { ...WINDOWS, securityContext: { runAsNonRoot: true }, containers: [container('container1', NANO)] },
        { name: 'base-windows' }
      ),
      docs: true
    },
    {
      name: "Server Core's empty default user passes the kubelet's check (BH601)",
      filename,
      code: pod(
        {
          ...WINDOWS,
          securityContext: { runAsNonRoot: true },
          containers: [container('app', 'mcr.microsoft.com/windows/servercore:ltsc2022')]
        },
        { name: 'p' }
      )
    },
    {
      name: 'ContainerAdministrator without runAsNonRoot (BH601 only)',
      filename,
      code: pod(
        {
          ...WINDOWS,
          securityContext: runAsUserName('ContainerAdministrator'),
          containers: [container('app', NANO)]
        },
        { name: 'p' }
      )
    },
    {
      name: 'container sets runAsNonRoot false over the pod',
      filename,
      code: pod(
        {
          ...WINDOWS,
          securityContext: { runAsNonRoot: true, ...runAsUserName('ContainerAdministrator') },
          containers: [container('app', NANO, { securityContext: { runAsNonRoot: false } })]
        },
        { name: 'p' }
      )
    },
    {
      name: 'domain-prefixed names are not what the kubelet compares',
      filename,
      code: pod(
        {
          ...WINDOWS,
          securityContext: { runAsNonRoot: true, ...runAsUserName('User Manager\\ContainerAdministrator') },
          containers: [container('app', NANO)]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'runAsNonRoot with ContainerAdministrator',
      filename,
      code: deployment({
        ...WINDOWS,
        securityContext: { runAsNonRoot: true },
        containers: [container('web', NANO, { securityContext: runAsUserName('ContainerAdministrator') })]
      }),
      errors: [
        {
          messageId: 'container',
          line: 21,
          message:
            "Container 'web' runs as 'ContainerAdministrator' with runAsNonRoot true: the kubelet refuses to start it."
        }
      ],
      docs: true
    },
    {
      name: 'pod-level account inherited by two containers (CronJob)',
      filename,
      code: cronJob(
        {
          ...onWindows(),
          restartPolicy: 'Never',
          securityContext: runAsUserName('containeradministrator'),
          initContainers: [container('init', 'myorg/init:1', { securityContext: { runAsNonRoot: true } })],
          containers: [
            container('main', 'myorg/main:1', { securityContext: { runAsNonRoot: true } }),
            container('free', 'myorg/free:1')
          ]
        },
        { name: 'c' }
      ),
      errors: [
        {
          messageId: 'pod',
          line: 16,
          message:
            "The pod's runAsUserName 'containeradministrator' contradicts runAsNonRoot true: the kubelet refuses to start containers 'init' and 'main'."
        }
      ]
    },
    {
      name: 'image whose Dockerfile ends in USER ContainerAdministrator',
      ...builtWithAdminUser,
      errors: [
        {
          messageId: 'image',
          line: 17,
          message:
            /image 'myorg\/app:1\.0' is configured to run as 'ContainerAdministrator' \(its Dockerfile ends in USER ContainerAdministrator\)/
        }
      ],
      docs: true
    }
  ]
});

describe('BH611 cross-file evidence', () => {
  it('links the USER line of the Dockerfile', () => {
    const [finding] = runRule(rule, builtWithAdminUser);
    expect(finding?.relatedLocations).toEqual([
      expect.objectContaining({ file: 'app/Dockerfile', region: expect.objectContaining({ startLine: 2 }) })
    ]);
  });
});
