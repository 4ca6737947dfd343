import { matchesLabelSelector } from './label-selector.js';

const LABELS = { app: 'api', tier: 'backend', 'app.kubernetes.io/part-of': 'shop' };

describe('matchesLabelSelector', () => {
  it('reads equality, inequality and existence requirements, all of which must hold', () => {
    expect(matchesLabelSelector('app=api', LABELS)).toBe(true);
    expect(matchesLabelSelector('app==api', LABELS)).toBe(true);
    expect(matchesLabelSelector('app=web', LABELS)).toBe(false);
    expect(matchesLabelSelector('app!=web', LABELS)).toBe(true);
    // A label the object lacks is not equal to anything.
    expect(matchesLabelSelector('team!=ops', LABELS)).toBe(true);
    expect(matchesLabelSelector('team=ops', LABELS)).toBe(false);
    expect(matchesLabelSelector('app.kubernetes.io/part-of=shop, tier', LABELS)).toBe(true);
    expect(matchesLabelSelector('app=api,!tier', LABELS)).toBe(false);
    expect(matchesLabelSelector('!legacy', LABELS)).toBe(true);
  });

  it('reads set requirements', () => {
    expect(matchesLabelSelector('tier in (frontend, backend)', LABELS)).toBe(true);
    expect(matchesLabelSelector('tier notin (frontend,backend)', LABELS)).toBe(false);
    expect(matchesLabelSelector('team notin (ops)', LABELS)).toBe(true);
    expect(matchesLabelSelector('team in (ops)', LABELS)).toBe(false);
    expect(matchesLabelSelector('app in (api),tier in (backend)', LABELS)).toBe(true);
  });

  it('selects everything with an empty selector', () => {
    expect(matchesLabelSelector('', {})).toBe(true);
  });

  it('gives up on a selector it cannot read', () => {
    expect(matchesLabelSelector('app=api,,tier', LABELS)).toBeUndefined();
    expect(matchesLabelSelector('tier in (a', LABELS)).toBeUndefined();
    expect(matchesLabelSelector('app ~ api', LABELS)).toBeUndefined();
  });
});
