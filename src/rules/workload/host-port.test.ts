import rule from './host-port.js';
import { testRule } from '../../../test/rule-tester.js';
import {
  container,
  deployment,
  documents,
  flow,
  onWindows,
  pod,
  type YamlValue
} from '../../../test/builders/workload.js';

const withPorts = (...ports: YamlValue[]) => ({ ports });
const IIS = 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-';

testRule(rule, {
  valid: [
    {
      name: 'containerPort only, exposed through a Service',
      filename: 'deploy.yaml',
      code: documents(
        deployment({
          containers: [
            container('web', 'ghcr.io/acme/web:1.2', withPorts({ name: 'http', containerPort: 8080 }))
          ]
        }),
        'apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  selector: { app: web }\n  ports:\n    - port: 80\n      targetPort: http\n'
      ),
      docs: true
    },
    {
      name: 'hostPort 0 (unset) at restricted',
      filename: 'pod.yaml',
      code: pod(
        {
          containers: [
            container(
              'c',
              'busybox:1.36',
              withPorts(flow({ containerPort: 9000, hostPort: 0, protocol: 'TCP' }))
            )
          ]
        },
        { name: 'p' }
      ),
      settings: { podSecurityLevel: 'restricted' }
    },
    {
      name: 'Windows HostProcess exporter on the host network (BH604)',
      filename: 'windows-exporter.yaml',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: windows-exporter, namespace: monitoring }
spec:
  selector: { matchLabels: { app: windows-exporter } }
  template:
    metadata: { labels: { app: windows-exporter } }
    spec:
      hostNetwork: true
      nodeSelector: { kubernetes.io/os: windows }
      securityContext:
        windowsOptions:
          hostProcess: true
          runAsUserName: "NT AUTHORITY\\\\system"
      containers:
        - name: exporter
          image: ghcr.io/prometheus-community/windows-exporter:0.29.2
          ports:
            - { containerPort: 9182, hostPort: 9182, name: http }
`
    },
    {
      name: 'a templated hostPort is not a number the API accepts',
      filename: 'rendered.yaml',
      code: pod(
        {
          containers: [
            container('c', 'busybox:1.36', withPorts({ containerPort: 53, hostPort: '${DNS_PORT}' }))
          ]
        },
        { name: 'p' }
      )
    },
    {
      name: 'Compose published ports are not host ports in the PSS sense',
      filename: 'compose.yaml',
      code: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n'
    }
  ],
  invalid: [
    {
      name: 'ingress controller DaemonSet binding 80 and 443 on every node',
      filename: 'ingress-nginx.yaml',
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: ingress-nginx-controller, namespace: ingress-nginx }
spec:
  selector: { matchLabels: { app: ingress-nginx } }
  template:
    metadata: { labels: { app: ingress-nginx } }
    spec:
      containers:
        - name: controller
          image: registry.k8s.io/ingress-nginx/controller:v1.11.3
          ports:
            - name: http
              containerPort: 80
              hostPort: 80
            - name: https
              containerPort: 443
              hostPort: 443
            - name: webhook
              containerPort: 8443
`,
      errors: [
        {
          messageId: 'container',
          line: 15,
          severity: 'medium',
          message: "Container 'controller' binds port 80 on the node ('hostPort: 80')."
        },
        { messageId: 'container', line: 18, message: /port 443 on the node/ }
      ],
      docs: true
    },
    {
      name: 'init container at restricted, in JSON',
      filename: 'pod.json',
      settings: { podSecurityLevel: 'restricted' },
      code: `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "p" },
  "spec": {
    "initContainers": [
      { "name": "probe", "image": "busybox:1.36", "ports": [{ "containerPort": 5000, "hostPort": 5000 }] }
    ],
    "containers": [{ "name": "app", "image": "app:1" }]
  }
}
`,
      errors: [{ messageId: 'container', line: 7, message: /'probe' binds port 5000/ }]
    },
    {
      name: 'Windows pods are not exempt (os.name and nodeSelector)',
      filename: 'iis.yaml',
      code: documents(
        pod({
          ...onWindows('os'),
          containers: [
            container('iis', `${IIS}ltsc2022`, withPorts(flow({ containerPort: 80, hostPort: 8080 })))
          ]
        }),
        pod(
          {
            ...onWindows(),
            containers: [
              container('iis', `${IIS}ltsc2019`, withPorts(flow({ containerPort: 80, hostPort: 8081 })))
            ]
          },
          { name: 'iis-legacy' }
        )
      ),
      errors: [
        { messageId: 'container', line: 12, message: /port 8080/ },
        { messageId: 'container', line: 25, message: /port 8081/ }
      ]
    }
  ]
});
