import rule from './restricted-volume-type.js';
import { testRule } from '../../../test/rule-tester.js';
import { container, deployment, documents, flow, onWindows, pod } from '../../../test/builders/workload.js';

const restricted = { podSecurityLevel: 'restricted' } as const;

const NFS_AND_GIT = deployment({
  containers: [
    container('reports', 'ghcr.io/acme/reports:4.1', {
      volumeMounts: [
        flow({ name: 'archive', mountPath: '/archive' }),
        flow({ name: 'templates', mountPath: '/templates' })
      ]
    })
  ],
  volumes: [
    { name: 'archive', nfs: { server: 'nas.corp.example', path: '/exports/reports' } },
    {
      name: 'templates',
      gitRepo: { repository: 'https://github.com/acme/report-templates.git', revision: 'main' }
    }
  ]
});

testRule(rule, {
  valid: [
    {
      name: 'every restricted volume type, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: deployment({
        containers: [container('api', 'ghcr.io/acme/api:2.0')],
        volumes: [
          flow({ name: 'config', configMap: { name: 'api-config' } }),
          flow({ name: 'tls', secret: { secretName: 'api-tls' } }),
          flow({ name: 'tmp', emptyDir: {} }),
          flow({ name: 'data', persistentVolumeClaim: { claimName: 'api-data' } }),
          {
            name: 'token',
            projected: {
              sources: [{ serviceAccountToken: flow({ path: 'token', expirationSeconds: 3600 }) }]
            }
          },
          flow({
            name: 'labels',
            downwardAPI: { items: [{ path: 'labels', fieldRef: { fieldPath: 'metadata.labels' } }] }
          }),
          flow({ name: 'secrets-store', csi: { driver: 'secrets-store.csi.k8s.io', readOnly: true } }),
          flow({
            name: 'scratch',
            ephemeral: {
              volumeClaimTemplate: {
                spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }
              }
            }
          }),
          flow({
            name: 'models',
            image: { reference: 'ghcr.io/acme/models:2024-10', pullPolicy: 'IfNotPresent' }
          }),
          { name: 'defaulted-empty-dir' }
        ]
      }),
      docs: true
    },
    {
      name: 'NFS and gitRepo at baseline (restricted-only rule)',
      filename: 'deploy.yaml',
      code: NFS_AND_GIT
    },
    {
      name: 'hostPath is BH505, not reported twice',
      filename: 'pod.yaml',
      settings: restricted,
      code: pod(
        {
          containers: [container('c', 'busybox:1.36')],
          volumes: [{ name: 'logs', hostPath: flow({ path: '/var/log' }) }]
        },
        { name: 'p' }
      )
    }
  ],
  invalid: [
    {
      name: 'inline NFS share and a gitRepo volume, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: NFS_AND_GIT,
      errors: [
        {
          messageId: 'volume',
          line: 20,
          severity: 'low',
          message: "Volume 'archive' is of type 'nfs', outside the Pod Security restricted volume types."
        },
        { messageId: 'volume', line: 24, message: /'templates' is of type 'gitRepo'/ }
      ],
      docs: true
    },
    {
      name: 'Windows pods are not exempt: an AKS Windows pod with an inline Azure Files share',
      filename: 'win.yaml',
      settings: restricted,
      code: documents(
        pod(
          {
            ...onWindows('os'),
            containers: [container('cd', 'scr.sitecore.com/sxp/sitecore-xm1-cd:10.4-ltsc2022')],
            volumes: [{ name: 'media', azureFile: { secretName: 'azure-files', shareName: 'media' } }]
          },
          { name: 'sitecore-cd' }
        ),
        pod(
          {
            ...onWindows(),
            containers: [container('app', 'mcr.microsoft.com/windows/servercore:ltsc2019')],
            volumes: [{ name: 'plugin', flexVolume: flow({ driver: 'microsoft.com/smb.cmd' }) }]
          },
          { name: 'legacy' }
        )
      ),
      errors: [
        { messageId: 'volume', line: 13, message: /'media' is of type 'azureFile'/ },
        { messageId: 'volume', line: 29, message: /'plugin' is of type 'flexVolume'/ }
      ]
    }
  ]
});
