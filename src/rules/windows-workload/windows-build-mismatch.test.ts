import rule from './windows-build-mismatch.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, deployment, documents, flow, pod } from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';
const WINDOWS_2022_POOL = {
  nodeSelector: { 'kubernetes.io/os': 'windows', 'kubernetes.azure.com/os-sku': 'Windows2022' }
};
/** A pod named `name` pinned by `nodeSelector` (written on one line) running `image`. */
const pinnedPod = (name: string, nodeSelector: Record<string, string>, image: string) =>
  pod(
    { nodeSelector: flow(nodeSelector), containers: [container(name === 'api' ? 'api' : 'app', image)] },
    { name }
  );

testRule(rule, {
  valid: [
    {
      name: 'AKS Windows2022 node pool running an ltsc2022 image',
      filename,
      code: deployment({
        ...WINDOWS_2022_POOL,
        containers: [container('iis', 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022')]
      }),
      docs: true
    },
    {
      name: '1809 is the Windows Server 2019 build; build-version tags match on the build, not the revision',
      filename,
      code: pod(
        {
          nodeSelector: { 'node.kubernetes.io/windows-build': '10.0.17763' },
          initContainers: [container('setup', 'mcr.microsoft.com/powershell:lts-nanoserver-1809')],
          containers: [container('agent', 'mcr.microsoft.com/windows/servercore:10.0.17763.5576')]
        },
        { name: 'agent' }
      )
    },
    {
      name: 'multi-platform and unknown tags are not pinned to a build (CSI node DaemonSet)',
      filename,
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-smb-node-win, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi-smb-node-win}}
  template:
    metadata: {labels: {app: csi-smb-node-win}}
    spec:
      nodeSelector:
        kubernetes.io/os: windows
        node.kubernetes.io/windows-build: "10.0.20348"
      containers:
        - name: node-driver-registrar
          image: mcr.microsoft.com/oss/kubernetes-csi/csi-node-driver-registrar:v2.10.1
        - name: smb
          image: mcr.microsoft.com/k8s/csi/smb-csi:v1.15.0
        - name: pause
          image: mcr.microsoft.com/windows/nanoserver
        - name: templated
          image: mcr.microsoft.com/windows/nanoserver:\${OSVERSION}
`
    },
    {
      name: 'Hyper-V isolation: a RuntimeClass of the scan with the hypervisor handler, and one known only by name',
      filename,
      code: `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: windows-hyperv}
handler: runhcs-wcow-hypervisor
scheduling:
  nodeSelector: {kubernetes.io/os: windows}
---
apiVersion: v1
kind: Pod
metadata: {name: legacy-a}
spec:
  runtimeClassName: windows-hyperv
  nodeSelector: {node.kubernetes.io/windows-build: "10.0.20348"}
  containers:
    - name: app
      image: mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019
---
apiVersion: v1
kind: Pod
metadata: {name: legacy-b}
spec:
  runtimeClassName: runhcs-wcow-hypervisor
  nodeSelector: {node.kubernetes.io/windows-build: "10.0.20348"}
  containers:
    - name: app
      image: mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019
`,
      docs: true
    },
    {
      name: 'Windows Server 2022 images on Annual Channel 23H2 nodes (portability)',
      filename,
      code: pinnedPod(
        'api',
        { 'node.kubernetes.io/windows-build': '10.0.25398' },
        'mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022'
      )
    },
    {
      name: 'HostProcess containers do not depend on the host build',
      filename,
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: kube-proxy-windows, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-proxy-windows}}
  template:
    metadata: {labels: {k8s-app: kube-proxy-windows}}
    spec:
      hostNetwork: true
      securityContext:
        windowsOptions: {hostProcess: true, runAsUserName: "NT AUTHORITY\\\\system"}
      nodeSelector: {node.kubernetes.io/windows-build: "10.0.20348"}
      containers:
        - name: kube-proxy
          image: sigwindowstools/kube-proxy:v1.29.0-windows-ltsc2019
`
    },
    {
      name: 'ORed affinity terms that leave the build open, and Linux pods',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: node.kubernetes.io/windows-build, operator: In, values: ["10.0.20348"]}
          - matchExpressions:
              - {key: kubernetes.io/os, operator: In, values: [windows]}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:ltsc2019
---
apiVersion: v1
kind: Pod
metadata: {name: b}
spec:
  os: {name: linux}
  nodeSelector: {kubernetes.azure.com/os-sku: Windows2022}
  containers:
    - name: app
      image: nginx:1.27
`
    },
    {
      name: 'an unknown os-sku (WindowsAnnual moves with releases) and no pin at all',
      filename,
      code: documents(
        pinnedPod(
          'a',
          { 'kubernetes.azure.com/os-sku': 'WindowsAnnual' },
          'mcr.microsoft.com/windows/nanoserver:ltsc2022'
        ),
        pinnedPod('b', { 'kubernetes.io/os': 'windows' }, 'mcr.microsoft.com/windows/nanoserver:ltsc2019')
      )
    }
  ],
  invalid: [
    {
      name: 'Sitecore-style image built in the repository on an ltsc2019 base, deployed to Windows2022 nodes',
      filename: 'k8s/cm.yaml',
      files: {
        'docker-compose.yml': `services:
  cm:
    image: contosoacr.azurecr.io/contoso-xm1-cm:1.4.0
    build:
      context: ./docker/build/cm
  cd:
    image: contosoacr.azurecr.io/contoso-xm1-cd:1.4.0
    build:
      context: ./docker/build/cd
`,
        'docker/build/cm/Dockerfile': `# escape=\`
ARG BASE_IMAGE=scr.sitecore.com/sxp/sitecore-xm1-cm:10.3-ltsc2019
FROM \${BASE_IMAGE}
COPY .\\artifacts\\website\\ .\\
`,
        'docker/build/cd/Dockerfile': `FROM scr.sitecore.com/sxp/sitecore-xm1-cd:10.3-ltsc2022
`
      },
      code: `apiVersion: apps/v1
kind: Deployment
metadata: {name: cm}
spec:
  selector: {matchLabels: {app: cm}}
  template:
    metadata: {labels: {app: cm}}
    spec:
      nodeSelector: {kubernetes.azure.com/os-sku: Windows2022}
      containers:
        - name: sitecore-xm1-cm
          image: contosoacr.azurecr.io/contoso-xm1-cm:1.4.0
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: cd}
spec:
  selector: {matchLabels: {app: cd}}
  template:
    metadata: {labels: {app: cd}}
    spec:
      nodeSelector: {kubernetes.azure.com/os-sku: Windows2022}
      containers:
        - name: sitecore-xm1-cd
          image: contosoacr.azurecr.io/contoso-xm1-cd:1.4.0
`,
      errors: [
        {
          messageId: 'mismatch',
          line: 12,
          related: ['k8s/cm.yaml:9', 'docker/build/cm/Dockerfile:3'],
          message: /'contosoacr\.azurecr\.io\/contoso-xm1-cm:1\.4\.0', a Windows Server 2019 image/
        }
      ]
    },
    {
      // Only a literal release word counts: `servercore:${TAG}` pins no build.
      name: 'AKS Windows2022 node pool with an ltsc2019 tag word beside a variable',
      filename,
      code: deployment(
        {
          ...WINDOWS_2022_POOL,
          containers: [
            container('web', 'myreg/web:${VERSION}-windowsservercore-ltsc2019'),
            container('core', 'mcr.microsoft.com/windows/servercore:${TAG}')
          ]
        },
        { name: 'orders-web' }
      ),
      errors: [
        {
          messageId: 'mismatch',
          line: 17,
          message: /'myreg\/web:\$\{VERSION\}-windowsservercore-ltsc2019', a Windows Server 2019 image/
        }
      ]
    },
    {
      name: 'AKS Windows2022 node pool with an ltsc2019 image',
      filename,
      code: deployment(
        {
          ...WINDOWS_2022_POOL,
          containers: [
            container('web', 'mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019')
          ]
        },
        { name: 'orders-web' }
      ),
      errors: [
        {
          messageId: 'mismatch',
          line: 17,
          related: ['deploy.yaml:14'],
          message:
            "Container 'web' runs 'mcr.microsoft.com/dotnet/framework/aspnet:4.8-windowsservercore-ltsc2019', a Windows Server 2019 image (build 10.0.17763), but the pod is pinned to Windows Server 2022 nodes (build 10.0.20348) by nodeSelector kubernetes.azure.com/os-sku=Windows2022: with process isolation the container will not start."
        }
      ],
      docs: true
    },
    {
      name: 'CSI node DaemonSet pinned by required affinity to 2019 nodes, with an ltsc2022 init container',
      filename,
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: csi-proxy-node, namespace: kube-system}
spec:
  selector: {matchLabels: {app: csi-proxy-node}}
  template:
    metadata: {labels: {app: csi-proxy-node}}
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - {key: kubernetes.io/os, operator: In, values: [windows]}
                  - {key: node.kubernetes.io/windows-build, operator: In, values: ["10.0.17763"]}
      initContainers:
        - name: init
          image: mcr.microsoft.com/windows/nanoserver:ltsc2022
      containers:
        - name: driver
          image: mcr.microsoft.com/oss/kubernetes-csi/csi-node-driver-registrar:v2.10.1
`,
      errors: [
        {
          messageId: 'mismatch',
          line: 18,
          related: ['deploy.yaml:15'],
          message:
            /a Windows Server 2022 image \(build 10\.0\.20348\), but the pod is pinned to Windows Server 2019 nodes \(build 10\.0\.17763\) by required node affinity/
        }
      ]
    },
    {
      name: "through a process-isolated RuntimeClass's scheduling (related location: the RuntimeClass line)",
      filename,
      files: {
        'runtimeclasses.yaml': `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: windows-2022}
handler: runhcs-wcow-process
scheduling:
  nodeSelector:
    kubernetes.io/os: windows
    node.kubernetes.io/windows-build: "10.0.20348"
`
      },
      code: pod(
        {
          runtimeClassName: 'windows-2022',
          containers: [container('cm', 'scr.sitecore.com/sxp/sitecore-xp0-cm:10.3-ltsc2019')]
        },
        { name: 'sitecore-cm' }
      ),
      errors: [
        {
          messageId: 'mismatch',
          line: 9,
          related: ['runtimeclasses.yaml:8'],
          message: /by RuntimeClass 'windows-2022' \(node\.kubernetes\.io\/windows-build=10\.0\.20348\)/
        }
      ]
    },
    {
      name: 'a SAC image on 2022 nodes, and affinity allowing two builds that the image matches neither of',
      filename,
      code: `apiVersion: v1
kind: Pod
metadata: {name: a}
spec:
  nodeSelector: {node.kubernetes.io/windows-build: "10.0.20348"}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/servercore:20H2
---
apiVersion: v1
kind: Pod
metadata: {name: b}
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
          - matchExpressions:
              - {key: kubernetes.azure.com/os-sku, operator: In, values: [Windows2022, Windows2025]}
  containers:
    - name: app
      image: mcr.microsoft.com/windows/nanoserver:1809
`,
      errors: [
        {
          messageId: 'mismatch',
          line: 8,
          message: /Windows Server, version 20H2 image \(build 10\.0\.19042\)/
        },
        {
          messageId: 'mismatch',
          line: 22,
          message:
            /pinned to Windows Server 2022 or Windows Server 2025 nodes \(build 10\.0\.20348 or 10\.0\.26100\)/
        }
      ]
    },
    {
      name: 'an ltsc2019 image on Annual Channel 23H2 nodes: portability covers Windows Server 2022 images only',
      filename,
      code: pinnedPod(
        'api',
        { 'node.kubernetes.io/windows-build': '10.0.25398' },
        'mcr.microsoft.com/windows/servercore:ltsc2019'
      ),
      errors: [
        {
          messageId: 'mismatch',
          line: 9,
          message: /Windows Server, version 23H2 nodes \(build 10\.0\.25398\)/
        }
      ]
    }
  ]
});
