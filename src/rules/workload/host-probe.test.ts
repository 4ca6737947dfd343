import rule from './host-probe.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, deployment, flow, onWindows, pod } from '../../../test/builders/workload.js';

testRule(rule, {
  valid: [
    {
      name: 'probes and hooks against the pod itself',
      filename: 'deploy.yaml',
      code: deployment({
        containers: [
          container('web', 'ghcr.io/acme/web:1.2', {
            livenessProbe: {
              httpGet: flow({
                path: '/healthz',
                port: 8080,
                httpHeaders: [{ name: 'Host', value: 'web.example.com' }]
              })
            },
            readinessProbe: { tcpSocket: flow({ port: 8080 }) },
            lifecycle: { preStop: { exec: flow({ command: ['/bin/sh', '-c', 'sleep 5'] }) } }
          })
        ]
      }),
      docs: true
    },
    {
      name: 'an empty host is the pod IP, at restricted',
      filename: 'pod.yaml',
      settings: { podSecurityLevel: 'restricted' },
      code: pod(
        {
          containers: [
            container('c', 'busybox:1.36', {
              startupProbe: { httpGet: flow({ host: '', path: '/', port: 80 }) }
            })
          ]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'liveness probe aimed at the cloud metadata endpoint, preStop hook at a node service',
      filename: 'deploy.yaml',
      code: deployment({
        containers: [
          container('web', 'ghcr.io/acme/web:1.2', {
            livenessProbe: {
              httpGet: {
                host: '169.254.169.254',
                path: '/latest/meta-data/iam/security-credentials/',
                port: 80
              }
            },
            lifecycle: { preStop: { httpGet: { host: '127.0.0.1', path: '/drain', port: 10255 } } }
          })
        ]
      }),
      errors: [
        {
          messageId: 'container',
          line: 17,
          severity: 'low',
          message:
            "The livenessProbe of container 'web' connects to host '169.254.169.254' ('livenessProbe.httpGet.host')."
        },
        {
          messageId: 'container',
          line: 23,
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
      code: pod(
        {
          ...onWindows('os'),
          initContainers: [
            container('wait-db', 'mcr.microsoft.com/windows/nanoserver:ltsc2022', {
              readinessProbe: { tcpSocket: flow({ host: 'sql.corp.example', port: 1433 }) }
            })
          ],
          containers: [
            container('app', 'mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022', {
              lifecycle: { postStart: { tcpSocket: flow({ host: '10.0.0.10', port: 8080 }) } }
            })
          ]
        },
        { name: 'w' }
      ),
      errors: [
        {
          messageId: 'container',
          line: 12,
          message: /readinessProbe of container 'wait-db'.*'sql.corp.example'/
        },
        { messageId: 'container', line: 18, message: /'lifecycle.postStart.tcpSocket.host'/ }
      ]
    }
  ]
});
