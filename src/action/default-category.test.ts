import { ConfigurationError } from '../core/errors.js';
import { defaultCategory } from './default-category.js';

// What the runner sets for job `scan` of .github/workflows/security.yml in octo-org/platform.
const RUNNER = {
  workflowRef: 'octo-org/platform/.github/workflows/security.yml@refs/pull/91/merge',
  job: 'scan'
};

describe('defaultCategory', () => {
  test('workflow path and job id, then the scanned paths, as codeql-action builds its analysis key', () => {
    expect(defaultCategory({ ...RUNNER, matrix: 'null', paths: ['.'], images: [] })).toBe(
      '.github/workflows/security.yml:scan/path:./'
    );
  });

  test('matrix entries sorted by key; values that are not strings are left empty', () => {
    // `${{ toJson(matrix) }}` of `matrix: { service: [api, web], node: [20], include: [{ os: ... }] }`.
    const matrix = JSON.stringify({ service: 'web', os: 'ubuntu-24.04', node: 20, extra: { a: 1 } });
    expect(defaultCategory({ ...RUNNER, matrix, paths: ['services/web'], images: [] })).toBe(
      '.github/workflows/security.yml:scan/extra:/node:/os:ubuntu-24.04/service:web/path:services/web/'
    );
  });

  test('two matrix jobs, or two steps scanning different services, get different categories', () => {
    const api = defaultCategory({
      ...RUNNER,
      matrix: '{"service":"api"}',
      paths: ['services/api'],
      images: []
    });
    const web = defaultCategory({
      ...RUNNER,
      matrix: '{"service":"web"}',
      paths: ['services/web'],
      images: []
    });
    const stepA = defaultCategory({ ...RUNNER, paths: ['services/api'], images: [] });
    const stepB = defaultCategory({ ...RUNNER, paths: ['services/billing'], images: [] });
    expect(new Set([api, web, stepA, stepB]).size).toBe(4);
  });

  test('images are part of it, without registry credentials', () => {
    const category = defaultCategory({
      ...RUNNER,
      paths: ['.'],
      images: ['build/app-image.tar', 'https://deploy:Tq6wNz3xRk8v@registry.example.com/app:1.4']
    });
    expect(category).toBe(
      '.github/workflows/security.yml:scan/path:./image:build/app-image.tar,https://registry.example.com/app:1.4/'
    );
    expect(category).not.toContain('Tq6w');
  });

  test('a long list of paths is shortened to a prefix and a hash, still distinct', () => {
    const many = Array.from({ length: 40 }, (_, i) => `services/team-${i}/deploy`);
    const category = defaultCategory({ ...RUNNER, paths: many, images: [] });
    expect(category.length).toBeLessThan(200);
    expect(category).toMatch(
      /^\.github\/workflows\/security\.yml:scan\/path:services\/team-0\/deploy,.*~[0-9a-f]{12}\/$/
    );
    expect(defaultCategory({ ...RUNNER, paths: many.slice(1), images: [] })).not.toBe(category);
  });

  test('outside a workflow (local-action without GITHUB_WORKFLOW_REF) it still has the paths', () => {
    expect(defaultCategory({ paths: ['k8s'], images: [] })).toBe(':/path:k8s/');
    expect(defaultCategory({ matrix: '${{ toJson(matrix) }}', paths: ['k8s'], images: [] })).toBe(
      ':/path:k8s/'
    );
  });

  test('a matrix that is not a JSON object is a configuration error naming the input', () => {
    expect(() => defaultCategory({ ...RUNNER, matrix: '{service: api}', paths: ['.'], images: [] })).toThrow(
      ConfigurationError
    );
    expect(() => defaultCategory({ ...RUNNER, matrix: '["api"]', paths: ['.'], images: [] })).toThrow(
      "Input 'matrix' must be a JSON object"
    );
  });
});
