import rule from './windows-user-unset.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  deployment,
  hostProcess,
  onWindows,
  pod,
  runAsUserName,
  windowsPod
} from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';
const NANO = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';
const WHOAMI = {
  ...onWindows(),
  containers: [container('whoami', 'stefanscherer/whoami:windows-amd64-2.0.1')]
};
const SERVER_CORE = 'mcr.microsoft.com/windows/servercore:ltsc2022';

testRule(rule, {
  valid: [
    {
      name: 'ContainerUser set on the pod',
      filename,
      code: pod({
        ...onWindows('os'),
        securityContext: { runAsNonRoot: true, ...runAsUserName('ContainerUser') },
        containers: [container()]
      }),
      docs: true
    },
    {
      name: "Kubernetes PSA's minimal restricted Windows pod with Nano Server (known default)",
      filename,
      code: pod(
        {
          ...onWindows('os'),
          securityContext: { runAsNonRoot: true },
          containers: [container('container1', NANO)]
        },
        { name: 'base-windows' }
      )
    },
    {
      name: 'a container-level runAsUserName counts',
      filename,
      code: pod(
        {
          ...onWindows('os'),
          containers: [container('app', undefined, { securityContext: runAsUserName('ContainerUser') })]
        },
        { name: 'p' }
      )
    },
    {
      name: 'Server Core default is known (BH601)',
      filename,
      code: windowsPod({ containers: [container('app', SERVER_CORE)] }, { name: 'p' })
    },
    {
      // Their default is known whatever the variable holds: Server Core (BH601), Nano Server (fine).
      name: 'Server Core and Nano Server images with a variable in the tag',
      filename,
      code: windowsPod(
        {
          containers: [
            container('core', 'mcr.microsoft.com/windows/servercore:${TAG}'),
            container('app', 'myreg/app:${VERSION}-windowsservercore-ltsc2022'),
            container('nano', 'mcr.microsoft.com/windows/nanoserver:${TAG}')
          ]
        },
        { name: 'p' }
      )
    },
    {
      name: 'OS unknown',
      filename,
      code: pod({ containers: [container()] }, { name: 'p' })
    },
    {
      name: 'HostProcess pods are BH604',
      filename,
      code: pod(
        {
          hostNetwork: true,
          securityContext: hostProcess(),
          containers: [container('app', 'myorg/agent:1.0')]
        },
        { name: 'p' }
      )
    },
    {
      name: 'image built by a repository Dockerfile ending in USER ContainerUser',
      filename,
      code: pod({ ...onWindows('os'), containers: [container()] }, { name: 'p' }),
      files: {
        'app/Dockerfile': 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n',
        'compose.yaml': 'services:\n  app:\n    build: app\n    image: myorg/app:1.0\n'
      }
    }
  ],
  invalid: [
    {
      name: 'Windows Deployment (sig-windows-tools style) with a third-party image',
      filename,
      code: deployment(WHOAMI),
      errors: [
        {
          messageId: 'unset',
          line: 15,
          message:
            "Container 'whoami' runs as the default user of image 'stefanscherer/whoami:windows-amd64-2.0.1', which is unknown: no runAsUserName is set in the pod."
        }
      ],
      output: deployment({ ...WHOAMI, securityContext: runAsUserName('ContainerUser') }),
      docs: true
    },
    {
      name: 'every container with an unknown image, init container included (CronJob)',
      filename,
      code: cronJob(
        {
          ...onWindows('os'),
          restartPolicy: 'Never',
          initContainers: [container('fetch', 'myorg/fetch:2')],
          containers: [container('run', 'myorg/run:2'), container('nano', NANO)]
        },
        { name: 'nightly' }
      ),
      errors: [
        { messageId: 'unset', line: 15 },
        { messageId: 'unset', line: 18 }
      ]
    },
    {
      // Behind a variable registry, `myorg/app` is not known to be the image the repository builds as `myorg/app`.
      name: 'an image behind a variable registry is not the repository image of the same path',
      filename,
      code: pod(
        { ...onWindows('os'), containers: [container('app', '${REGISTRY}/myorg/app:1.0')] },
        { name: 'p' }
      ),
      files: {
        'app/Dockerfile': 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerUser\n',
        'compose.yaml': 'services:\n  app:\n    build: app\n    image: myorg/app:1.0\n'
      },
      errors: [{ messageId: 'unset', line: 9 }]
    },
    {
      // The name behind a variable registry and a variable tag says nothing: still unknown.
      name: 'an image whose registry and tag are variables',
      filename,
      code: pod(
        { ...onWindows('os'), containers: [container('app', '${REGISTRY}myapp:${TAG}')] },
        { name: 'p' }
      ),
      errors: [
        {
          messageId: 'unset',
          line: 9,
          message:
            "Container 'app' runs as the default user of image '${REGISTRY}myapp:${TAG}', which is unknown: no runAsUserName is set in the pod."
        }
      ]
    }
  ]
});
