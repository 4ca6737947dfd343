import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'examples/', 'test/fixtures/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/utils', '**/utils.js', '**/helpers', '**/helpers.js'],
              message: 'Name modules by domain.'
            }
          ]
        }
      ]
    }
  },
  {
    // Layers point one way: rules, the model, targets, core and reporters do no I/O and never talk to GitHub.
    // Disk, network and process I/O below the shells lives in src/sources/ (and src/render/, which runs
    // Helm and Kustomize), so neither is listed here.
    files: [
      'src/core/**',
      'src/targets/**',
      'src/model/**',
      'src/rules/**',
      'src/reporters/**',
      'src/secrets/**'
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@actions/*',
                'node:fs',
                'node:fs/*',
                'fs',
                'fs/*',
                'node:child_process',
                'child_process',
                'node:http*',
                'http',
                'https',
                'node:net',
                'net',
                'node:tls',
                'tls',
                'node:dns',
                'dns'
              ],
              message: 'Pure layers do no I/O (see DESIGN.md).'
            },
            {
              // Repeated from the rule above: this block replaces it for these files.
              group: ['**/utils', '**/utils.js', '**/helpers', '**/helpers.js'],
              message: 'Name modules by domain.'
            }
          ]
        }
      ]
    }
  }
);
