import rule from './short-name-ambiguity.js';
import { testRule } from '../../../test/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'several search registries in enforcing mode',
      filename: 'etc/containers/registries.conf',
      code: `unqualified-search-registries = ["registry.fedoraproject.org", "registry.access.redhat.com", "docker.io"]
short-name-mode = "enforcing"
`,
      docs: true
    },
    {
      name: 'one trusted search registry, no mode',
      filename: 'etc/containers/registries.conf',
      code: 'unqualified-search-registries = ["registry.lab.example:5000"]\n'
    },
    {
      name: 'no search registries',
      filename: 'etc/containers/registries.conf',
      code: `unqualified-search-registries = []
short-name-mode = "disabled"

[[registry]]
location = "registry.lab.example:5000"
`
    }
  ],
  invalid: [
    {
      name: 'permissive with three search registries',
      filename: 'etc/containers/registries.conf',
      code: `unqualified-search-registries = ["registry.lab.example:5000", "quay.io", "docker.io"]
short-name-mode = "permissive"
`,
      errors: [
        {
          messageId: 'ambiguous',
          line: 1,
          message:
            "Short names resolve through 3 search registries ('registry.lab.example:5000', 'quay.io', 'docker.io') with 'short-name-mode' 'permissive'."
        }
      ],
      docs: true
    },
    {
      name: 'mode unset: permissive by default',
      filename: 'etc/containers/registries.conf',
      code: `# Drop-in written by the CI image.
unqualified-search-registries = ["docker.io", "quay.io"]
`,
      errors: [
        {
          messageId: 'defaultMode',
          line: 2,
          message:
            "Short names resolve through 2 search registries ('docker.io', 'quay.io') and 'short-name-mode' is unset (defaults to 'permissive')."
        }
      ]
    },
    {
      name: 'disabled mode in a drop-in',
      filename: 'etc/containers/registries.conf.d/50-search.conf',
      code: `short-name-mode = "disabled"
unqualified-search-registries = ["quay.io", "docker.io"]
`,
      errors: [{ messageId: 'ambiguous', line: 2, message: /'short-name-mode' 'disabled'\.$/ }]
    },
    {
      name: 'registries.conf v1 search list',
      filename: 'etc/containers/registries.conf',
      code: `[registries.search]
registries = ['registry.access.redhat.com', 'docker.io']
`,
      errors: [{ messageId: 'defaultMode', line: 2 }]
    }
  ]
});
