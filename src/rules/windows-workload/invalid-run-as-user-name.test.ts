import rule from './invalid-run-as-user-name.js';
import { testRule } from '../../../test/rule-tester.js';

const filename = 'deploy.yaml';

const pod = (runAsUserName: string) => `apiVersion: v1
kind: Pod
metadata:
  name: svc
spec:
  os:
    name: windows
  containers:
    - name: svc
      image: myorg/svc:1.0
      securityContext:
        windowsOptions:
          runAsUserName: ${runAsUserName}
`;

testRule(rule, {
  valid: [
    {
      name: 'single-quoted account with one backslash',
      filename,
      code: pod("'NT AUTHORITY\\Local service'"),
      docs: true
    },
    { name: 'plain scalar with one backslash', filename, code: pod('NT AUTHORITY\\Local service') },
    {
      name: 'double-quoted with a doubled backslash',
      filename,
      code: pod('"NT AUTHORITY\\\\NETWORK SERVICE"'),
      docs: true
    },
    { name: 'ContainerUser', filename, code: pod('ContainerUser') },
    { name: 'DNS domain', filename, code: pod('contoso.example.com\\svc-web') },
    { name: 'null is unset', filename, code: pod('null') },
    {
      name: 'JSON manifest with an escaped backslash',
      filename: 'pod.json',
      code: '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p"}, "spec": {"containers": [{"name": "a", "image": "x", "securityContext": {"windowsOptions": {"runAsUserName": "CONTOSO\\\\svc"}}}]}}\n'
    }
  ],
  invalid: [
    {
      name: 'double-quoted "NT AUTHORITY\\Local service": \\L is an escape',
      filename,
      code: pod('"NT AUTHORITY\\Local service"'),
      errors: [
        {
          messageId: 'escape',
          line: 13,
          message:
            "The runAsUserName 'NT AUTHORITY\\Local service' of container 'svc' is double-quoted, so YAML reads '\\L' as an escape sequence and Kubernetes receives 'NT AUTHORITY\\u2028ocal service'."
        }
      ],
      output: pod("'NT AUTHORITY\\Local service'"),
      docs: true
    },
    {
      name: 'forward slash instead of a backslash',
      filename,
      code: pod('NT AUTHORITY/NETWORK SERVICE'),
      errors: [
        {
          messageId: 'invalid',
          line: 13,
          message:
            "The runAsUserName 'NT AUTHORITY/NETWORK SERVICE' of container 'svc' is rejected by Kubernetes: its user name contains '/'."
        }
      ],
      docs: true
    },
    {
      name: 'pod-level values, regardless of OS (Linux pod, List)',
      filename,
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: {name: d}
    spec:
      selector: {matchLabels: {app: d}}
      template:
        metadata: {labels: {app: d}}
        spec:
          securityContext:
            windowsOptions:
              runAsUserName: ""
          containers:
            - name: a
              image: myorg/a:1
              securityContext:
                windowsOptions: {runAsUserName: 'CONTOSO\\svc\\extra'}
            - name: b
              image: myorg/b:1
              securityContext:
                windowsOptions: {runAsUserName: 'THIS-DOMAIN-IS-TOO_LONG\\user@contoso'}
`,
      errors: [
        {
          messageId: 'invalid',
          line: 14,
          message: "The runAsUserName '' of the pod is rejected by Kubernetes: it is empty."
        },
        { messageId: 'invalid', line: 19, message: /container 'a' .*more than one backslash/ },
        {
          messageId: 'invalid',
          line: 23,
          message:
            "The runAsUserName 'THIS-DOMAIN-IS-TOO_LONG\\user@contoso' of container 'b' is rejected by Kubernetes: its domain 'THIS-DOMAIN-IS-TOO_LONG' is neither a NetBIOS name (1-15 characters) nor a DNS name; its user name contains '@'."
        }
      ]
    },
    {
      name: 'a TAB from "\\t" in a CronJob init container',
      filename,
      code: `apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          initContainers:
            - name: init
              image: myorg/init:1
              securityContext:
                windowsOptions:
                  runAsUserName: "CONTOSO\\tsvc"
          containers:
            - name: main
              image: myorg/main:1
`,
      errors: [{ messageId: 'escape', line: 16, message: /'CONTOSO\\tsvc'.*'\\t'.*'CONTOSO\\u0009svc'/ }]
    },
    {
      name: 'user part longer than 104 bytes',
      filename,
      code: pod(`CONTOSO\\${'a'.repeat(105)}`),
      errors: [{ messageId: 'invalid', line: 13, message: /longer than 104 bytes/ }]
    }
  ]
});
