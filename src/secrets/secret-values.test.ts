import { describe, expect, it } from '@jest/globals';
import { makeGithubToken, pseudoRandom } from '../../test/builders/credentials.js';
import { secretValues } from './secret-values.js';

describe('secretValues', () => {
  it('reports each pair once for its own credential when many pairs hold the same one', () => {
    // A fuzzed Dockerfile joined onto one line had a thousand `GITHUB_TOKEN=ghp_…` pairs in one ARG:
    // each pair got every copy's match, a million findings and 1.3 GB.
    const token = makeGithubToken('ghp_', pseudoRandom(30, 7));
    const pairs = Array.from({ length: 1000 }, (_, i) => ({ name: `TOKEN_${i}`, value: token }));
    const found = secretValues(pairs);
    expect(found).toHaveLength(1000);
    expect(found.map(f => f.index)).toEqual(pairs.map((_, i) => i));
    expect(new Set(found.map(f => f.data.type))).toEqual(new Set(['GitHub personal access token']));
  });

  it('gives a match to the value that holds it, not to its neighbours', () => {
    const token = makeGithubToken('ghp_', pseudoRandom(30, 8));
    const found = secretValues([
      { name: 'EMPTY', value: '' },
      { name: 'HELPER', value: `x-${token}` },
      { name: 'MODE', value: 'release' }
    ]);
    expect(found.map(f => [f.index, f.data.name])).toEqual([[1, 'HELPER']]);
  });
});
