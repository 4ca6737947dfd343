/**
 * Import layers of src/ (docs/architecture.md has the picture and the reasons). A layer may import
 * only the layers listed before it; layers on the same rank are peers and do not import each other.
 * Type-only imports count for direction (a type in the wrong layer is still a wrong arrow) but not
 * for cycles, because they vanish at run time.
 */
const ranks = [
  ['core'],
  ['secrets'],
  ['targets'],
  // The two acquisition layers, peers above the formats they feed: sources/ reads images and registries
  // into bytes and builds the targets' documents from them; render/ runs Helm and Kustomize into
  // manifests for the engine. Neither needs a model fact or a rule.
  ['render', 'sources'],
  ['model'],
  ['rules'],
  ['engine'],
  // Both consume a finished ScanResult: reporters format it, gate compares it with a baseline.
  ['reporters', 'gate'],
  // Shared by the two shells: the GitHub client, and their writes to standard output.
  ['github', 'output'],
  ['cli', 'action']
];

const testFiles = '\\.test\\.ts$';

/** Rules forbidding each layer from importing a layer of the same or a higher rank. */
function layerRules() {
  return ranks.flatMap((rank, index) =>
    rank.map(layer => {
      const forbidden = ranks
        .slice(index)
        .flat()
        .filter(other => other !== layer);
      return {
        name: `layer-${layer}`,
        comment: `src/${layer}/ may import only: ${ranks.slice(0, index).flat().join(', ') || 'nothing in src/'}.`,
        severity: 'error',
        // Tests may drive a module through higher layers (a model test runs the engine); shipped code may not.
        from: { path: `^src/${layer}/`, pathNot: testFiles },
        to: { path: `^src/(${forbidden.join('|')})/` }
      };
    })
  );
}

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules(),
    {
      name: 'no-io-from-pure-layers',
      comment:
        'sources/ does disk, network and process I/O; the model, rules and reporters stay pure and get ' +
        'what was acquired from the engine, never by reading it themselves.',
      severity: 'error',
      from: { path: '^src/(model|rules|reporters)/', pathNot: testFiles },
      to: { path: '^src/sources/' }
    },
    {
      name: 'shell-below-dockerfile',
      comment:
        'targets/shell/ parses scripts for every target (RUN, image history, Compose commands); ' +
        'the Dockerfile side adapts instructions to it, never the reverse.',
      severity: 'error',
      from: { path: '^src/targets/shell/', pathNot: testFiles },
      to: { path: '^src/targets/(?!shell/)[^/]+/' }
    },
    {
      name: 'actions-toolkit-only-in-action',
      comment: 'Only the Action shell may use @actions/*; everything else must run under the CLI too.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/action/' },
      // Unanchored: paths are relative to the cruised directory, and node_modules may resolve outside it.
      to: { path: '(^|/)node_modules/@actions/' }
    },
    {
      name: 'no-cycles',
      comment: 'No import cycles at run time (type-only imports are erased and do not count).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Keep type-only imports in the graph so the layer rules see them (and can mark them type-only).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' }
  }
};
