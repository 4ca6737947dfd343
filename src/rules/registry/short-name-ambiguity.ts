import { defineRule } from '../../core/rule.js';

/** BH805: short image names resolved through several search registries without enforcing mode. */
export default defineRule({
  meta: {
    id: 'BH805',
    slug: 'short-name-ambiguity',
    title: 'Short image names resolve through several registries',
    description:
      '`registries.conf` lists more than one `unqualified-search-registries` entry and `short-name-mode` is not `enforcing`. A short name such as `app:1.0` is then tried against every search registry in order (`permissive` does so whenever there is no terminal, as in CI and on nodes; `disabled` always), so whoever registers that name first on an earlier registry decides what runs. `short-name-mode` defaults to `permissive` when unset.',
    severity: 'low',
    remediation:
      'Use fully-qualified references (`registry.example.com/team/app:1.0`). Set `short-name-mode = "enforcing"`, keep one trusted registry in `unqualified-search-registries` (or none), and map the short names you rely on in an `[aliases]` table.',
    references: [
      'https://github.com/containers/image/blob/main/docs/containers-registries.conf.5.md',
      'https://www.redhat.com/en/blog/container-image-short-names'
    ],
    tags: ['CWE-427', 'registry'],
    messages: {
      ambiguous:
        "Short names resolve through {count} search registries ({registries}) with 'short-name-mode' '{mode}'.",
      defaultMode:
        "Short names resolve through {count} search registries ({registries}) and 'short-name-mode' is unset (defaults to 'permissive')."
    }
  },
  checks: {
    'registry-config'({ document, report }) {
      const shortNames = document.shortNames;
      if (!shortNames) return;
      const searched = [...new Set(shortNames.searchRegistries)];
      const mode = shortNames.mode?.trim() ?? '';
      if (searched.length < 2 || mode.toLowerCase() === 'enforcing') return;
      const data = { count: searched.length, registries: searched.map(r => `'${r}'`).join(', '), mode };
      report({ messageId: mode ? 'ambiguous' : 'defaultMode', data, region: shortNames.region });
    }
  }
});
