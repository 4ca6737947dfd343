import rule from './restricted-volume-type.js';
import { testRule } from '../../../test/rule-tester.js';

const restricted = { podSecurityLevel: 'restricted' } as const;

const NFS_AND_GIT = `apiVersion: apps/v1
kind: Deployment
metadata: { name: reports }
spec:
  selector: { matchLabels: { app: reports } }
  template:
    metadata: { labels: { app: reports } }
    spec:
      containers:
        - name: reports
          image: ghcr.io/acme/reports:4.1
          volumeMounts:
            - { name: archive, mountPath: /archive }
            - { name: templates, mountPath: /templates }
      volumes:
        - name: archive
          nfs:
            server: nas.corp.example
            path: /exports/reports
        - name: templates
          gitRepo:
            repository: https://github.com/acme/report-templates.git
            revision: main
`;

testRule(rule, {
  valid: [
    {
      name: 'every restricted volume type, at restricted',
      filename: 'deploy.yaml',
      settings: restricted,
      code: `apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:2.0
      volumes:
        - { name: config, configMap: { name: api-config } }
        - { name: tls, secret: { secretName: api-tls } }
        - { name: tmp, emptyDir: {} }
        - { name: data, persistentVolumeClaim: { claimName: api-data } }
        - name: token
          projected:
            sources:
              - serviceAccountToken: { path: token, expirationSeconds: 3600 }
        - { name: labels, downwardAPI: { items: [{ path: labels, fieldRef: { fieldPath: metadata.labels } }] } }
        - { name: secrets-store, csi: { driver: secrets-store.csi.k8s.io, readOnly: true } }
        - { name: scratch, ephemeral: { volumeClaimTemplate: { spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } } } } }
        - { name: models, image: { reference: ghcr.io/acme/models:2024-10, pullPolicy: IfNotPresent } }
        - name: defaulted-empty-dir
`,
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
      code: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n  volumes:\n    - name: logs\n      hostPath: { path: /var/log }\n'
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
          line: 17,
          severity: 'low',
          message: "Volume 'archive' is of type 'nfs', outside the Pod Security restricted volume types."
        },
        { messageId: 'volume', line: 21, message: /'templates' is of type 'gitRepo'/ }
      ],
      docs: true
    },
    {
      name: 'Windows pods are not exempt: an AKS Windows pod with an inline Azure Files share',
      filename: 'win.yaml',
      settings: restricted,
      code: `apiVersion: v1
kind: Pod
metadata: { name: sitecore-cd }
spec:
  os: { name: windows }
  containers:
    - name: cd
      image: scr.sitecore.com/sxp/sitecore-xm1-cd:10.4-ltsc2022
  volumes:
    - name: media
      azureFile:
        secretName: azure-files
        shareName: media
---
apiVersion: v1
kind: Pod
metadata: { name: legacy }
spec:
  nodeSelector: { kubernetes.io/os: windows }
  containers:
    - name: app
      image: mcr.microsoft.com/windows/servercore:ltsc2019
  volumes:
    - name: plugin
      flexVolume: { driver: microsoft.com/smb.cmd }
`,
      errors: [
        { messageId: 'volume', line: 11, message: /'media' is of type 'azureFile'/ },
        { messageId: 'volume', line: 25, message: /'plugin' is of type 'flexVolume'/ }
      ]
    }
  ]
});
