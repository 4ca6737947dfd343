import {
  describeSwitches,
  findWindowsSwitches,
  switchesOnValues,
  type WindowsSwitch
} from './windows-switches.js';

const on = (...path: string[]): WindowsSwitch => ({ path, value: true });

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
      '  enabled: "false"',
      // microsoft/retina's chart: `{{- if .Values.os.windows }}` around its HostProcess DaemonSet.
      'os:',
      '  linux: true',
      '  windows: false',
      'tolerations:',
      '  windowsNodes: false'
    ].join('\n');
    expect(findWindowsSwitches(values)).toEqual([
      on('windows', 'enabled'),
      on('windows', 'csiproxy', 'enabled'),
      on('enableWindows'),
      on('node', 'windowsEnabled'),
      on('os', 'windows')
    ]);
  });

  it('has nothing to switch when Windows is already on, or the values do not parse', () => {
    expect(findWindowsSwitches('windows:\n  enabled: true\n')).toEqual([]);
    expect(findWindowsSwitches('windows: [\n')).toEqual([]);
    expect(
      findWindowsSwitches('targetSystem: windows\n', ['{{- if eq .Values.targetSystem "windows" }}'])
    ).toEqual([]);
  });

  it('finds a string value the templates compare with "windows" (DataDog: targetSystem: "linux")', () => {
    const values = [
      '# targetSystem -- Target OS for this deployment (possible values: linux, windows)',
      'targetSystem: "linux"',
      'agents:',
      '  os: linux',
      '  image:',
      '    name: agent',
      'platform: linux',
      'nodeOS: linux'
    ].join('\n');
    const templates = [
      '{{- define "agent-has-env" -}}{{- if eq .Values.targetSystem "linux" -}}true{{- end -}}{{- end -}}',
      '{{- if eq .Values.targetSystem "windows" -}}\nkind: DaemonSet\n{{- end }}',
      '{{ if and .Values.enabled (ne "windows" (.Values.agents.os)) }}x{{ end }}',
      '{{- if eq $.Values.agents.image.name "windows" }}{{ end }}',
      // Compared with another word, or not with .Values: no switch.
      '{{- if eq .Values.platform "linux" }}{{ end }}',
      '{{- if eq .Capabilities.KubeVersion.Major "windows" }}{{ end }}'
    ];
    expect(findWindowsSwitches(values, templates)).toEqual([
      { path: ['targetSystem'], value: 'windows' },
      { path: ['agents', 'os'], value: 'windows' },
      { path: ['agents', 'image', 'name'], value: 'windows' }
    ]);
    // Without the templates, a string is never a switch.
    expect(findWindowsSwitches(values)).toEqual([]);
  });

  it('finds a value lowered or piped before the comparison', () => {
    const values = 'targetSystem: linux\nagent:\n  os: Linux\nnodeOs: linux\n';
    const templates = [
      '{{- if eq (lower .Values.targetSystem) "windows" }}{{ end }}',
      '{{- if .Values.agent.os | lower | eq "windows" }}{{ end }}',
      '{{- if eq "windows" (lower $.Values.nodeOs) }}{{ end }}'
    ];
    expect(findWindowsSwitches(values, templates).map(s => s.path.join('.'))).toEqual([
      'targetSystem',
      'agent.os',
      'nodeOs'
    ]);
  });

  it('finds a linux value a template looks for "windows" in (aws-node-termination-handler: targetNodeOs)', () => {
    const values = [
      '# Create node OS specific daemonset(s). (e.g. "linux", "windows", "linux windows")',
      'targetNodeOs: linux',
      'proxy:',
      '  targetNodeOs: "linux"',
      'agent:',
      '  os: LINUX',
      'platform: linux',
      'nodeOS: linux'
    ].join('\n');
    const templates = [
      '{{- if and (not .Values.enableSqsTerminationDraining) (lower .Values.targetNodeOs | contains "windows") -}}',
      '{{- $isWindows := (contains "windows" .Values.proxy.targetNodeOs) -}}',
      '{{- if has "windows" (splitList " " (lower $.Values.agent.os)) }}{{ end }}',
      '{{- if regexMatch "(?i)^windows" .Values.platform }}{{ end }}',
      '{{- if .Values.nodeOS | default "linux" | regexMatch "windows$" }}{{ end }}'
    ];
    expect(findWindowsSwitches(values, templates)).toEqual(
      ['targetNodeOs', 'proxy.targetNodeOs', 'agent.os', 'platform', 'nodeOS'].map(key => ({
        path: key.split('.'),
        value: 'windows'
      }))
    );
  });

  it('takes a "windows" substring test only on a value that is linux', () => {
    const values = [
      // An image variant whose name holds "windows" for the Windows build: no OS switch.
      'image:',
      '  repository: registry.example/agent',
      '  flavor: linux',
      'targetNodeOs: "linux windows"',
      'os: ""',
      'osList: [linux]'
    ].join('\n');
    const templates = [
      '{{- if contains "windows" .Values.image.repository }}{{ end }}',
      '{{- if .Values.targetNodeOs | contains "windows" }}{{ end }}',
      '{{- if contains "windows" .Values.os }}{{ end }}',
      '{{- if has "windows" .Values.osList }}{{ end }}',
      // The variant is linux but never tested against Windows.
      'image: "{{ .Values.image.repository }}:1.0-{{ .Values.image.flavor }}"',
      '{{- if contains "nanoserver" .Values.image.flavor }}{{ end }}',
      '{{- if hasKey .Values.image "windows" }}{{ end }}'
    ];
    expect(findWindowsSwitches(values, templates)).toEqual([]);
  });

  it('writes the switches as a values file and describes them for the message', () => {
    const switches: WindowsSwitch[] = [
      on('windows', 'enabled'),
      on('windows', 'csiproxy', 'enabled'),
      on('enableWindows'),
      { path: ['targetSystem'], value: 'windows' }
    ];
    expect(JSON.parse(switchesOnValues(switches))).toEqual({
      windows: { enabled: true, csiproxy: { enabled: true } },
      enableWindows: true,
      targetSystem: 'windows'
    });
    expect(describeSwitches(switches)).toBe(
      'windows.enabled=true, windows.csiproxy.enabled=true, enableWindows=true, targetSystem=windows'
    );
  });
});
