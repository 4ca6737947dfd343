import rule from './windows-secret-on-node-disk.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, cronJob, deployment, flow, onWindows, pod } from '../../../test/builders/workload.js';

const filename = 'deploy.yaml';

testRule(rule, {
  valid: [
    {
      name: 'Secret as a Linux pod volume',
      filename,
      code: pod({
        os: { name: 'linux' },
        containers: [
          container('api', 'myorg/api:1.0', { volumeMounts: [{ name: 'creds', mountPath: '/etc/creds' }] })
        ],
        volumes: [{ name: 'creds', secret: { secretName: 'api-creds' } }]
      }),
      docs: true
    },
    {
      name: 'Secret volume that no container mounts, ConfigMap and token projections',
      filename,
      code: pod(
        {
          ...onWindows('os'),
          containers: [
            container('app', 'myorg/app:1', {
              volumeMounts: [
                flow({ name: 'config', mountPath: 'C:\\config' }),
                flow({ name: 'token', mountPath: 'C:\\token' })
              ]
            })
          ],
          volumes: [
            { name: 'unused', secret: flow({ secretName: 's' }) },
            { name: 'config', configMap: flow({ name: 'app-config' }) },
            {
              name: 'token',
              projected: {
                sources: [
                  { serviceAccountToken: flow({ path: 'token', audience: 'api' }) },
                  { configMap: flow({ name: 'ca' }) }
                ]
              }
            }
          ]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'Secret volume in a Windows Deployment',
      filename,
      code: deployment({
        ...onWindows(),
        containers: [
          container('web', 'mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022', {
            volumeMounts: [{ name: 'tls', mountPath: 'C:\\certs', readOnly: true }]
          })
        ],
        volumes: [{ name: 'tls', secret: { secretName: 'web-tls' } }]
      }),
      errors: [
        {
          messageId: 'mounted',
          line: 23,
          severity: 'info',
          message:
            "Volume 'tls' puts Secret 'web-tls' into container 'web' of a Windows pod: Windows nodes store it in clear text on the node's disk."
        }
      ],
      docs: true
    },
    {
      name: 'projected Secret sources, mounted by an init container and a container (CronJob)',
      filename,
      code: cronJob(
        {
          ...onWindows('os'),
          restartPolicy: 'OnFailure',
          initContainers: [
            container('init', 'myorg/init:1', {
              volumeMounts: flow([{ name: 'all-creds', mountPath: 'C:\\creds' }])
            })
          ],
          containers: [
            container('sync', 'myorg/sync:1', {
              volumeMounts: flow([{ name: 'all-creds', mountPath: 'C:\\creds' }])
            })
          ],
          volumes: [
            {
              name: 'all-creds',
              projected: {
                sources: [
                  { secret: flow({ name: 'db' }) },
                  { configMap: flow({ name: 'settings' }) },
                  { secret: flow({ name: 'api' }) }
                ]
              }
            }
          ]
        },
        { name: 'sync' },
        '@hourly'
      ),
      errors: [
        { messageId: 'mounted', line: 26, message: /Secret 'db' into containers 'init' and 'sync'/ },
        { messageId: 'mounted', line: 28, message: /Secret 'api'/ }
      ]
    }
  ]
});
