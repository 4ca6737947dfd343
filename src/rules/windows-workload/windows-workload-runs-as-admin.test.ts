import rule from './windows-workload-runs-as-admin.js';
import { runRule, testRule } from '../../../test/rule-tester.js';
import {
  container,
  cronJob,
  daemonSet,
  deployment,
  hostProcess,
  job,
  onWindows,
  pod,
  runAsUserName,
  windowsPod
} from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';
const NANO = 'mcr.microsoft.com/windows/nanoserver:ltsc2022';
const SERVER_CORE = 'mcr.microsoft.com/windows/servercore:ltsc2022';
const HELPER_AS_ADMIN = {
  ...onWindows('os'),
  securityContext: runAsUserName('ContainerUser'),
  containers: [
    container('web', NANO),
    container('setup-helper', NANO, { securityContext: runAsUserName('ContainerAdministrator') })
  ]
};
const IIS = 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022';

const builtByRepository = {
  filename,
  code: deployment({ ...onWindows('os'), containers: [container()] }),
  files: {
    'app/Dockerfile': 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\n',
    'compose.yaml': 'services:\n  app:\n    build: app\n    image: myorg/app:1.0\n'
  }
};

testRule(rule, {
  valid: [
    {
      name: 'Windows pod as ContainerUser with runAsNonRoot',
      filename,
      code: deployment({
        ...onWindows('os'),
        securityContext: { runAsNonRoot: true, ...runAsUserName('ContainerUser') },
        containers: [container('web', IIS)]
      }),
      docs: true
    },
    {
      name: "Kubernetes PSA's minimal restricted Windows pod (Nano Server runs as ContainerUser)",
      filename,
      code: pod(
        {
          ...onWindows('os'),
          securityContext: { runAsNonRoot: true },
          containers: [container('container1', NANO)],
          initContainers: [container('initcontainer1', NANO)]
        },
        { name: 'base-windows' }
      )
    },
    {
      name: 'LOCAL SERVICE is not an administrator',
      filename,
      code: windowsPod({
        securityContext: runAsUserName('NT AUTHORITY\\LOCAL SERVICE'),
        containers: [container('svc', SERVER_CORE)]
      })
    },
    {
      name: 'container overrides an administrator pod value everywhere',
      filename,
      code: pod(
        {
          ...onWindows('os'),
          securityContext: runAsUserName('ContainerAdministrator'),
          containers: [container('app', NANO, { securityContext: runAsUserName('ContainerUser') })]
        },
        { name: 'p' }
      )
    },
    {
      name: 'HostProcess pods are BH604',
      filename,
      code: daemonSet({
        ...onWindows(),
        hostNetwork: true,
        securityContext: hostProcess('NT AUTHORITY\\SYSTEM'),
        containers: [container('agent', SERVER_CORE)]
      })
    },
    {
      name: 'Linux pod with a Linux image',
      filename,
      code: pod({ os: { name: 'linux' }, containers: [container('app', 'nginx:1.27')] }, { name: 'p' })
    },
    {
      name: 'unknown image on a Windows pod is BH602',
      filename,
      code: pod({ ...onWindows('os'), containers: [container()] }, { name: 'p' })
    },
    {
      name: 'runAsUserName on a pod declared Linux is BH607, not BH601',
      filename: 'overlays/linux/patch-run-as.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      os:
        name: linux
      securityContext:
        windowsOptions:
          runAsUserName: ContainerAdministrator
      containers:
        - name: api
`
    },
    {
      name: 'Compose: ContainerUser on a Windows image',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: mcr.microsoft.com/windows/servercore:ltsc2022\n    user: ContainerUser\n'
    },
    {
      name: "Compose: 'isolation: default' is not Windows evidence (Linux supports it too)",
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: myorg/web:1\n    isolation: default\n    user: ContainerAdministrator\n'
    },
    {
      name: 'Compose: a variant-named Windows Dockerfile behind a back-slashed context ends as ContainerUser',
      filename: 'docker-compose.yml',
      code: 'services:\n  agent:\n    build:\n      context: .\\build\\windows\n      dockerfile: Dockerfile_windows\n',
      files: {
        'build/windows/Dockerfile_windows':
          'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nUSER ContainerAdministrator\nRUN mkdir C:\\agent\nUSER ContainerUser\n'
      }
    },
    {
      name: 'Compose: no user on a Nano Server image (ContainerUser by default)',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n'
    },
    {
      name: 'Compose: ContainerAdministrator on a non-Windows image',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n    user: ContainerAdministrator\n'
    },
    {
      // Sitecore/docker-images: a variable does not make the Nano Server Solr image Server Core, and a
      // name behind a variable registry whose tag is all variables says nothing.
      name: 'Compose: variables in a Nano Server tag, or in all but a name glued to a registry variable',
      filename: 'docker-compose.xm.yml',
      code: 'services:\n  solr:\n    image: ${REGISTRY}sitecore-xm-solr:${SITECORE_VERSION}-nanoserver-${NANOSERVER_VERSION}\n  cm:\n    image: ${SITECORE_DOCKER_REGISTRY}sitecore-xm1-cm:${SITECORE_VERSION}\n  app:\n    image: ${REGISTRY}/${NAME}:${TAG}\n'
    },
    {
      name: 'a Nano Server image with a variable tag on a Windows pod',
      filename,
      code: pod(
        { ...onWindows('os'), containers: [container('app', 'mcr.microsoft.com/windows/nanoserver:${TAG}')] },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'pod sets ContainerUser, one container ContainerAdministrator',
      filename,
      code: pod(HELPER_AS_ADMIN),
      errors: [
        {
          messageId: 'container',
          line: 18,
          message: "Container 'setup-helper' runs as 'ContainerAdministrator', an administrator account."
        }
      ],
      output: pod({
        ...HELPER_AS_ADMIN,
        containers: [container('web', NANO), container('setup-helper', NANO)]
      }),
      docs: true
    },
    {
      name: 'Server Core image without runAsUserName (sig-windows-tools style Deployment)',
      filename,
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: iis
spec:
  replicas: 1
  selector:
    matchLabels:
      app: iis
  template:
    metadata:
      labels:
        app: iis
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
          ports:
            - containerPort: 80
`,
      errors: [
        {
          messageId: 'image',
          line: 18,
          message:
            "Container 'iis' sets no runAsUserName, so image 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022' runs it as 'ContainerAdministrator', an administrator account (Server Core images run as ContainerAdministrator)."
        }
      ],
      output: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: iis
spec:
  replicas: 1
  selector:
    matchLabels:
      app: iis
  template:
    metadata:
      labels:
        app: iis
    spec:
      nodeSelector:
        kubernetes.io/os: windows
      containers:
        - name: iis
          image: mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022
          ports:
            - containerPort: 80
      securityContext:
        windowsOptions:
          runAsUserName: ContainerUser
`,
      docs: true
    },
    {
      name: 'pod-level administrator is reported once, at the pod field',
      filename,
      code: pod(
        {
          ...onWindows('os'),
          securityContext: runAsUserName('NT AUTHORITY\\SYSTEM'),
          initContainers: [container('init', NANO)],
          containers: [container('app', NANO)]
        },
        { name: 'p' }
      ),
      errors: [
        {
          messageId: 'pod',
          line: 10,
          message:
            "The pod runs containers 'init' and 'app' as 'NT AUTHORITY\\SYSTEM', an administrator account."
        }
      ]
    },
    {
      name: 'the init container only',
      filename,
      code: job({
        ...onWindows('os'),
        restartPolicy: 'Never',
        securityContext: { runAsNonRoot: true },
        initContainers: [
          container('prepare', 'mcr.microsoft.com/dotnet/framework/runtime:4.8-windowsservercore-ltsc2022')
        ],
        containers: [container('migrate', NANO)]
      }),
      errors: [{ messageId: 'image', line: 14 }]
    },
    {
      name: 'CronJob, lower-case account',
      filename,
      code: cronJob(
        {
          ...onWindows(),
          restartPolicy: 'OnFailure',
          containers: [
            container('report', NANO, { securityContext: runAsUserName('containeradministrator') })
          ]
        },
        {},
        '0 3 * * *'
      ),
      errors: [{ messageId: 'container', line: 19 }]
    },
    {
      name: 'List of a Windows and a Linux pod',
      filename,
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: {name: win}
    spec:
      os: {name: windows}
      containers:
        - name: app
          image: mcr.microsoft.com/windows/servercore:ltsc2019
  - apiVersion: v1
    kind: Pod
    metadata: {name: lin}
    spec:
      containers:
        - name: app
          image: nginx:1.27
`,
      errors: [{ messageId: 'image', line: 10 }]
    },
    {
      name: 'image built by a repository Dockerfile on Server Core (via Compose build + image)',
      ...builtByRepository,
      errors: [{ messageId: 'image', line: 15, message: /myorg\/app:1\.0.*ContainerAdministrator/ }]
    },
    {
      // A variable in the tag hides neither the Server Core path nor a literal `windowsservercore` tag word.
      name: 'Server Core images with a variable in the tag on a Windows pod',
      filename,
      code: pod(
        {
          ...onWindows('os'),
          containers: [
            container('a', 'mcr.microsoft.com/windows/servercore:${TAG}'),
            container('b', 'myreg/app:${VERSION}-windowsservercore-ltsc2022')
          ]
        },
        { name: 'p' }
      ),
      errors: [
        {
          messageId: 'image',
          line: 9,
          message:
            "Container 'a' sets no runAsUserName, so image 'mcr.microsoft.com/windows/servercore:${TAG}' runs it as 'ContainerAdministrator', an administrator account (Server Core images run as ContainerAdministrator)."
        },
        {
          messageId: 'image',
          line: 11,
          message: /^Container 'b' .*'myreg\/app:\$\{VERSION\}-windowsservercore-ltsc2022'/
        }
      ]
    },
    {
      name: 'OS unknown, but the image is Server Core',
      filename,
      code: pod({ containers: [container('app', SERVER_CORE)] }, { name: 'p' }),
      errors: [{ messageId: 'image', line: 7 }]
    },
    {
      name: 'kustomize patch that sets only runAsUserName: windowsOptions make it a Windows workload',
      filename: 'overlays/windows/patch-run-as.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      securityContext:
        windowsOptions:
          runAsUserName: ContainerAdministrator
      containers:
        - name: api
`,
      errors: [
        {
          messageId: 'pod',
          line: 10,
          message: "The pod runs container 'api' as 'ContainerAdministrator', an administrator account."
        }
      ],
      docs: true
    },
    {
      name: 'partial manifest with a container-level administrator and an image of unknown OS',
      filename: 'patches/worker.yaml',
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: cleanup
              image: acme.azurecr.io/cleanup:3.1
              securityContext:
                windowsOptions:
                  runAsUserName: "NT AUTHORITY\\\\SYSTEM"
`,
      errors: [{ messageId: 'container', line: 15, message: /'NT AUTHORITY\\SYSTEM'/ }]
    },
    {
      name: 'Compose: ContainerAdministrator on a Windows image',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: mcr.microsoft.com/windows/nanoserver:ltsc2022\n    user: ContainerAdministrator\n',
      errors: [
        {
          messageId: 'compose',
          line: 4,
          message:
            "Service 'web' runs its Windows container as 'ContainerAdministrator', an administrator account."
        }
      ],
      docs: true
    },
    {
      // Sitecore/docker-images build/windows/tests/9.3.x/docker-compose.xm.yml, and a default-less tag variable.
      name: 'Compose: Server Core images whose registry or tag is a variable without a default',
      filename: 'docker-compose.xm.yml',
      code: 'services:\n  sql:\n    image: ${REGISTRY}sitecore-xm-sqldev:${SITECORE_VERSION}-windowsservercore-${WINDOWSSERVERCORE_VERSION}\n  core:\n    image: mcr.microsoft.com/windows/servercore:${TAG}\n  legacy:\n    image: ${REGISTRY:-}sitecore-sqldev:7.5.150212-windowsservercore-1803\n',
      errors: [
        {
          messageId: 'composeImage',
          line: 2,
          message:
            "Service 'sql' sets no user, so its image runs its Windows container as 'ContainerAdministrator', an administrator account (Server Core images run as ContainerAdministrator)."
        },
        { messageId: 'composeImage', line: 4, message: /^Service 'core' sets no user/ },
        { messageId: 'composeImage', line: 6, message: /^Service 'legacy' sets no user/ }
      ]
    },
    {
      // Virtualization-Documentation's ASP.NET blog sample: both services build Server Core images with no USER.
      name: 'Compose: no user on a Server Core image, or on a repo Dockerfile that ends as the admin default',
      filename: 'docker-compose.yml',
      code: "services:\n  core:\n    image: mcr.microsoft.com/windows/servercore:ltsc2022\n  web:\n    build: ./web\n    ports: ['80:80']\n",
      files: {
        'web/Dockerfile':
          'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019\nCOPY site/ C:/inetpub/wwwroot\n'
      },
      errors: [
        {
          messageId: 'composeImage',
          line: 2,
          message:
            /^Service 'core' sets no user, so its image runs its Windows container as 'ContainerAdministrator'/
        },
        { messageId: 'composeImage', line: 4, message: /^Service 'web' sets no user/ }
      ]
    },
    {
      // microsoft/windows-containers-demos' eshop-mvc-modernized-app: a context written with back-slashes,
      // and a Dockerfile named `Dockerfile_windows`, both as Docker Compose on Windows takes them.
      name: 'Compose: a back-slashed build context, and a variant-named Windows Dockerfile',
      filename: 'application/docker-compose.yml',
      code: 'services:\n  eshop.modernized.mvc:\n    image: eshop/modernizedmvc\n    build:\n      context: .\\src\\eShopModernizedMVC\n      dockerfile: Dockerfile\n  agent:\n    build:\n      context: .\n      dockerfile: Dockerfile_windows\n',
      files: {
        'application/src/eShopModernizedMVC/Dockerfile':
          'FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019\nCOPY . /inetpub/wwwroot\n',
        'application/Dockerfile_windows': 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["cmd"]\n'
      },
      errors: [
        {
          messageId: 'composeImage',
          line: 2,
          message: /^Service 'eshop.modernized.mvc' sets no user/,
          related: ['application/src/eShopModernizedMVC/Dockerfile:1']
        },
        {
          messageId: 'composeImage',
          line: 7,
          message: /^Service 'agent' sets no user/,
          related: ['application/Dockerfile_windows:1']
        }
      ]
    },
    {
      name: 'Compose: Windows by isolation and by platform',
      filename: 'compose.yaml',
      code: 'services:\n  a:\n    image: myorg/a:1\n    isolation: hyperv\n    user: Administrator\n  b:\n    image: myorg/b:1\n    platform: windows/amd64\n    user: "NT AUTHORITY\\\\SYSTEM"\n',
      errors: [
        { messageId: 'compose', line: 5 },
        { messageId: 'compose', line: 9 }
      ]
    }
  ]
});

describe('BH601 cross-file evidence', () => {
  it('links the Dockerfile that builds the image', () => {
    const [finding] = runRule(rule, builtByRepository);
    expect(finding?.relatedLocations).toEqual([
      expect.objectContaining({ file: 'app/Dockerfile', region: expect.objectContaining({ startLine: 1 }) })
    ]);
  });
});
