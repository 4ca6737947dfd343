import rule from './image-from-insecure-registry.js';
import { testRule } from '../../../test/rule-tester.js';

const DAEMON_JSON =
  '{\n  "insecure-registries": [\n    "registry.lab.example:5000",\n    "10.20.0.0/16"\n  ]\n}\n';
const MANIFEST = (image: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tool\nspec:\n  template:\n    spec:\n      containers:\n        - name: tool\n          image: ${image}\n`;

testRule(rule, {
  valid: [
    {
      name: 'same manifest, another registry',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('ghcr.io/team/tool:1.0'),
      files: { 'etc/docker/daemon.json': DAEMON_JSON },
      docs: true
    },
    {
      name: 'a port is part of the registry: no port means the default port',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('registry.lab.example/team/tool:1.0'),
      files: { 'etc/docker/daemon.json': DAEMON_JSON }
    },
    {
      name: 'no registry configuration in the repository',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('registry.lab.example:5000/team/tool:1.0')
    },
    {
      name: 'registries.conf location is a prefix at path boundaries',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('quay.example/teamwork/tool:1.0'),
      files: {
        'etc/containers/registries.conf': '[[registry]]\nlocation = "quay.example/team"\ninsecure = true\n'
      }
    }
  ],
  invalid: [
    {
      name: 'manifest pulling from a registry daemon.json marks insecure',
      filename: 'deploy/tool.yaml',
      code: MANIFEST('registry.lab.example:5000/team/tool:1.0'),
      files: { 'etc/docker/daemon.json': DAEMON_JSON },
      errors: [
        {
          messageId: 'workload',
          line: 10,
          message:
            "Container 'tool' pulls 'registry.lab.example:5000/team/tool:1.0' from registry 'registry.lab.example:5000', configured as an insecure registry in 'etc/docker/daemon.json' ('insecure-registries')."
        }
      ],
      docs: true
    },
    {
      name: 'a config that repeats its entry: each config line once, at most ten',
      code: 'FROM registry.lab.example:5000/base/alpine:3.20\n',
      files: {
        'etc/docker/daemon.json': `{\n  "insecure-registries": [\n${Array.from({ length: 40 }, () => '    "registry.lab.example:5000"').join(',\n')}\n  ]\n}\n`
      },
      errors: [
        {
          messageId: 'dockerfile',
          line: 1,
          related: Array.from({ length: 10 }, (_, i) => `etc/docker/daemon.json:${i + 3}`)
        }
      ]
    },
    {
      name: 'Dockerfile FROM an IP registry inside an insecure CIDR',
      code: 'FROM 10.20.3.4:5000/base/alpine:3.20\n',
      files: { 'etc/docker/daemon.json': DAEMON_JSON },
      errors: [{ messageId: 'dockerfile', line: 1 }]
    },
    {
      name: 'registries.conf prefix',
      filename: 'compose.yaml',
      code: 'services:\n  tool:\n    image: quay.example/team/tool:1.0\n',
      files: {
        'etc/containers/registries.conf': '[[registry]]\nlocation = "quay.example/team"\ninsecure = true\n'
      },
      errors: [{ messageId: 'workload', line: 3 }]
    }
  ]
});
