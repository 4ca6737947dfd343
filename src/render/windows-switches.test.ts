import { describeSwitches, findWindowsSwitches, switchesOnValues } from './windows-switches.js';

describe('findWindowsSwitches', () => {
  it('finds the Windows switches CSI and CNI charts use, off by default', () => {
    const values = [
      'linux:',
      '  enabled: true',
      'windows:',
      '  enabled: false',
      '  csiproxy:',
      '    enabled: false',
      'enableWindows: false',
      'node:',
      '  windowsEnabled: false',
      'metrics:',
      '  enabled: false',
      'win:',
      '  enabled: "false"'
    ].join('\n');
    expect(findWindowsSwitches(values)).toEqual([
      ['windows', 'enabled'],
      ['windows', 'csiproxy', 'enabled'],
      ['enableWindows'],
      ['node', 'windowsEnabled']
    ]);
  });

  it('has nothing to switch when Windows is already on, or the values do not parse', () => {
    expect(findWindowsSwitches('windows:\n  enabled: true\n')).toEqual([]);
    expect(findWindowsSwitches('windows: [\n')).toEqual([]);
  });

  it('writes the switches as a values file and describes them for the message', () => {
    const switches = [['windows', 'enabled'], ['windows', 'csiproxy', 'enabled'], ['enableWindows']];
    expect(JSON.parse(switchesOnValues(switches))).toEqual({
      windows: { enabled: true, csiproxy: { enabled: true } },
      enableWindows: true
    });
    expect(describeSwitches(switches)).toBe(
      'windows.enabled=true, windows.csiproxy.enabled=true, enableWindows=true'
    );
  });
});
