import { interpolateDefaults, isUnknownVariable } from './interpolate-defaults.js';

describe('interpolateDefaults', () => {
  it.each([
    [
      '${SOCK:-/var/run/docker.sock}:/var/run/docker.sock',
      '/var/run/docker.sock:/var/run/docker.sock',
      false
    ],
    ['${DATA-./data}:/data', './data:/data', false],
    ['${A:-${B:-/srv}/a}', '/srv/a', false],
    ['price: $$5', 'price: $5', false],
    ['${UID}:${GID:-1000}', '${UID}:1000', true],
    ['${TOKEN:?set TOKEN in .env}', '${TOKEN}', true],
    ['${DEBUG:+--verbose}', '${DEBUG}', true],
    ['$HOME/.docker:/root/.docker', '$HOME/.docker:/root/.docker', true],
    ['no variables: a:b', 'no variables: a:b', false],
    ['${UNCLOSED:-x', '${UNCLOSED:-x', false],
    ['cost $ 5', 'cost $ 5', false]
  ])('%s → %s', (text, value, unknown) => {
    expect(interpolateDefaults(text)).toEqual({ value, unknown });
  });

  it('stops following defaults nested too deep', () => {
    const deep = '${A:-'.repeat(5000) + 'x' + '}'.repeat(5000);
    expect(interpolateDefaults(deep).unknown).toBe(true);
  });
});

describe('isUnknownVariable', () => {
  it('is true only for a whole value that is one variable', () => {
    expect(['${DATA}', '$DATA'].map(isUnknownVariable)).toEqual([true, true]);
    expect(['${DATA}/x', './data', '${A}${B}'].map(isUnknownVariable)).toEqual([false, false, false]);
  });
});
