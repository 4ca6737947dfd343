import rule from './host-probe.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'probes and hooks against the pod itself',
      filename: 'deploy.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2
          livenessProbe:
            httpGet: { path: /healthz, port: 8080, httpHeaders: [{ name: Host, value: web.example.com }] }
          readinessProbe:
            tcpSocket: { port: 8080 }
          lifecycle:
            preStop:
              exec: { command: [/bin/sh, -c, sleep 5] }
`,
      docs: true
    },
    {
      name: 'an empty host is the pod IP, at restricted',
      filename: 'pod.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      startupProbe:\n        httpGet: { host: "", path: /, port: 80 }\n'
    }
  ],
  invalid: [
    {
      name: 'liveness probe aimed at the cloud metadata endpoint, preStop hook at a node service',
      filename: 'deploy.yaml',
      code: `apiVersion: apps/v1
kind: Deployment
metadata: { name: web }
spec:
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec:
      containers:
        - name: web
          image: ghcr.io/acme/web:1.2
          livenessProbe:
            httpGet:
              host: 169.254.169.254
              path: /latest/meta-data/iam/security-credentials/
              port: 80
          lifecycle:
            preStop:
              httpGet:
                host: 127.0.0.1
                path: /drain
                port: 10255
`,
      errors: [
        {
          messageId: 'container',
          line: 14,
          severity: 'low',
          message:
            "The livenessProbe of container 'web' connects to host '169.254.169.254' ('livenessProbe.httpGet.host')."
        },
        {
          messageId: 'container',
          line: 20,
          message:
            /lifecycle.preStop of container 'web' connects to host '127.0.0.1' \('lifecycle.preStop.httpGet.host'\)/
        }
      ],
      docs: true
    },
    {
      name: 'tcpSocket probes and the deprecated tcpSocket hook, init container, Windows pods alike',
      filename: 'win.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: `apiVersion: v1
kind: Pod
metadata: { name: w }
spec:
  os: { name: windows }
  initContainers:
    - name: wait-db
      image: mcr.microsoft.com/windows/nanoserver:ltsc2022
      readinessProbe:
        tcpSocket: { host: sql.corp.example, port: 1433 }
  containers:
    - name: app
      image: mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022
      lifecycle:
        postStart:
          tcpSocket: { host: 10.0.0.10, port: 8080 }
`,
      errors: [
        {
          messageId: 'container',
          line: 10,
          message: /readinessProbe of container 'wait-db'.*'sql.corp.example'/
        },
        { messageId: 'container', line: 16, message: /'lifecycle.postStart.tcpSocket.host'/ }
      ]
    }
  ]
});
