import { placeListItem } from './values-list-item.js';

const hostPath = (name: string, path: string) => ({ name, hostPath: { path } });
const config = { name: 'config', configMap: { name: 'promtail' } };
// promtail's defaultVolumes, pasted after the template's own `- name: config`.
const defaults = [
  hostPath('run', '/run/promtail'),
  hostPath('containers', '/var/lib/docker/containers'),
  hostPath('pods', '/var/log/pods')
];

describe('placeListItem', () => {
  it('counts neither the items the template writes before a values list nor past its end', () => {
    const rendered = [config, ...defaults];
    expect(placeListItem(rendered, 1, [defaults])).toEqual({ list: 0, index: 0 });
    expect(placeListItem(rendered, 3, [defaults])).toEqual({ list: 0, index: 2 });
  });

  it('keeps the index of a list the template pastes alone', () => {
    expect(placeListItem(defaults, 1, [defaults])).toEqual({ list: 0, index: 1 });
  });

  it('tells a literal item written after the values list from the values items', () => {
    const rendered = [...defaults, config];
    expect(placeListItem(rendered, 3, [defaults])).toBe('template');
    expect(placeListItem(rendered, 0, [defaults])).toEqual({ list: 0, index: 0 });
  });

  it('finds the item in the second of two values lists, after an empty one', () => {
    const extra = [hostPath('journal', '/var/log/journal')];
    const rendered = [config, ...extra];
    expect(placeListItem(rendered, 1, [[], extra])).toEqual({ list: 1, index: 0 });
    expect(placeListItem([config, ...defaults, ...extra], 4, [defaults, extra])).toEqual({
      list: 1,
      index: 0
    });
  });

  it('matches data, not text: map keys in any order', () => {
    const reordered = { hostPath: { path: '/run/promtail' }, name: 'run' };
    expect(placeListItem([config, reordered], 1, [[defaults[0]]])).toEqual({ list: 0, index: 0 });
  });

  it("goes by the item's name when the values list is not pasted as it is (tpl rewrote it)", () => {
    const templated = [hostPath('data', '{{ .Values.dataDir }}'), hostPath('run', '/run/promtail')];
    const rendered = [config, hostPath('data', '/srv/data'), hostPath('run', '/run/promtail')];
    expect(placeListItem(rendered, 1, [templated])).toEqual({ list: 0, index: 0 });
  });

  it('cannot tell an item without a name, or with a name two values items share, from an unmatched list', () => {
    const templated = [{ path: '{{ .Values.dir }}' }];
    expect(placeListItem([config, { path: '/srv' }], 1, [templated])).toBeUndefined();
    const twice = [hostPath('x', '{{ .a }}'), hostPath('x', '{{ .b }}')];
    expect(placeListItem([hostPath('x', '/a'), hostPath('x', '/b')], 0, [twice])).toBeUndefined();
    expect(placeListItem([config], 0, [])).toBeUndefined();
  });
});
