import { parseCompose } from './parse-compose.js';
import { composeMacOverrides } from './mac-security-opts.js';

/** What composeMacOverrides finds in a service with these `security_opt` entries, without nodes. */
function overrides(...options: string[]) {
  const yaml = `services:\n  app:\n    image: alpine:3.20\n    security_opt:\n${options.map(o => `      - ${JSON.stringify(o)}\n`).join('')}`;
  const service = parseCompose(yaml).services[0];
  if (!service) throw new Error('no service');
  return composeMacOverrides(service).map(({ kind, option, field, value }) => ({
    kind,
    option,
    field,
    value
  }));
}

describe('composeMacOverrides', () => {
  it('reads both separators as dockerd does, splitting at the first one', () => {
    expect(overrides('apparmor=unconfined', 'apparmor:unconfined', 'label:type:unconfined_t')).toEqual([
      { kind: 'apparmorUnconfined', option: 'apparmor=unconfined', field: undefined, value: undefined },
      { kind: 'apparmorUnconfined', option: 'apparmor:unconfined', field: undefined, value: undefined },
      { kind: 'labelType', option: 'label:type:unconfined_t', field: 'type', value: 'unconfined_t' }
    ]);
  });

  it('takes a bare `disable` as label=disable (moby accepts it)', () => {
    expect(overrides('disable').map(o => o.kind)).toEqual(['labelDisable']);
  });

  it('reads interpolation defaults and surrounding blanks', () => {
    expect(overrides('label=type:${SELINUX_TYPE:-spc_t}', ' label=user:system_u ')).toEqual([
      { kind: 'labelType', option: 'label=type:spc_t', field: 'type', value: 'spc_t' },
      { kind: 'labelUserRole', option: 'label=user:system_u', field: 'user', value: 'system_u' }
    ]);
  });

  it('leaves alone what keeps confinement or is not MAC policy', () => {
    expect(
      overrides(
        'apparmor=docker-default',
        'apparmor=unconfined-ish',
        'Apparmor=unconfined',
        'label=level:s0:c1,c2',
        'label=filetype:container_file_t',
        'label=type:container_init_t',
        'label=type:',
        'label=user:',
        'label=nested',
        'no-new-privileges',
        'no-new-privileges=true',
        'seccomp=unconfined',
        'systempaths=unconfined'
      )
    ).toEqual([]);
  });
});
