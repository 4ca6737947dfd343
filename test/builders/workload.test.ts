import { parse, parseAllDocuments } from 'yaml';
import {
  capabilities,
  container,
  cronJob,
  daemonSet,
  deployment,
  documents,
  flow,
  hostPathVolume,
  hostProcess,
  job,
  lineOf,
  pod,
  podLineOf,
  runAsUserName,
  toYaml,
  windowsPod
} from './workload.js';

describe('workload builders', () => {
  it('writes a Pod as plain Kubernetes YAML', () => {
    const text = pod({
      hostNetwork: true,
      containers: [container('web', 'nginx:1.27', { securityContext: { privileged: true } })]
    });
    expect(text).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: true
  containers:
    - name: web
      image: nginx:1.27
      securityContext:
        privileged: true
`);
  });

  it('nests the pod spec in a controller template, with matching labels', () => {
    const spec = { containers: [container('api', 'myorg/api:2')] };
    const expected = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api' },
      spec: {
        selector: { matchLabels: { app: 'api' } },
        template: { metadata: { labels: { app: 'api' } }, spec }
      }
    };
    expect(parse(deployment(spec))).toEqual(expected);
    expect(parse(daemonSet(spec))).toEqual({ ...expected, kind: 'DaemonSet' });
    expect(parse(daemonSet(spec, { name: 'agent' })).metadata).toEqual({ name: 'agent' });
    expect(parse(job(spec)).spec).toEqual({ template: { spec } });
    expect(cronJob(spec, {}, '0 3 * * *')).toContain("  schedule: '0 3 * * *'\n");
    expect(parse(cronJob(spec)).spec).toEqual({
      schedule: '@daily',
      jobTemplate: { spec: { template: { spec } } }
    });
  });

  it('schedules windowsPod on Windows nodes and builds security contexts', () => {
    const text = windowsPod(
      {
        securityContext: { runAsNonRoot: true, ...hostProcess('NT AUTHORITY\\SYSTEM') },
        containers: [
          container('app', undefined, {
            securityContext: { ...runAsUserName('ContainerUser'), ...capabilities({ drop: ['ALL'] }) }
          })
        ],
        volumes: [hostPathVolume('logs', 'C:\\logs', 'Directory')]
      },
      { namespace: 'win' }
    );
    expect(parse(text)).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'app', namespace: 'win' },
      spec: {
        nodeSelector: { 'kubernetes.io/os': 'windows' },
        securityContext: {
          runAsNonRoot: true,
          windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' }
        },
        containers: [
          {
            name: 'app',
            image: 'myorg/app:1.0',
            securityContext: {
              windowsOptions: { runAsUserName: 'ContainerUser' },
              capabilities: { drop: ['ALL'] }
            }
          }
        ],
        volumes: [{ name: 'logs', hostPath: { path: 'C:\\logs', type: 'Directory' } }]
      }
    });
    expect(parse(windowsPod({ containers: [container()] }, {}, 'os')).spec.os).toEqual({ name: 'windows' });
  });

  it('quotes strings a YAML reader would take for something else', () => {
    const values = {
      bool: 'true',
      yes: 'yes',
      number: '1000',
      version: '1.27',
      exponent: '1e3',
      quantity: '128Mi',
      nul: 'null',
      at: '@daily',
      colon: 'a: b',
      comment: 'x #y',
      backslash: 'NT AUTHORITY\\SYSTEM',
      quote: "it's",
      multi: 'line one\nline two\n',
      unicode: 'café',
      image: 'mcr.microsoft.com/windows/servercore:ltsc2022',
      'kubernetes.io/os': 'windows'
    };
    const text = toYaml({ values, inline: flow(values) });
    expect(parseAllDocuments(text).map(d => d.errors)).toEqual([[]]);
    expect(parse(text)).toEqual({ values, inline: values });
    expect(parse(text, { version: '1.1' })).toEqual({ values, inline: values });
    expect(text).toContain('  image: mcr.microsoft.com/windows/servercore:ltsc2022\n');
    expect(text).toContain("  backslash: 'NT AUTHORITY\\SYSTEM'\n");
    expect(text).toContain('  quantity: 128Mi\n');
  });

  it('writes flow values, empty values and nested lists on one line each', () => {
    const text = toYaml({
      capabilities: flow({ add: ['NET_ADMIN'], drop: undefined }),
      empty: {},
      none: [],
      nested: [['a'], { b: 1 }]
    });
    expect(text).toBe(`capabilities: { add: [NET_ADMIN] }
empty: {}
none: []
nested:
  - - a
  - b: 1
`);
  });
});

describe('lineOf and podLineOf', () => {
  const spec = {
    securityContext: { runAsNonRoot: true },
    containers: [container('a'), container('b', 'myorg/b:1', { securityContext: { privileged: true } })]
  };

  it('follow the documented layout for every kind', () => {
    // Pod spec fields start at line 6 in a Pod, 12 in a controller, 8 in a Job, 11 in a CronJob.
    expect(podLineOf(pod(spec), 'securityContext')).toBe(6);
    expect(podLineOf(deployment(spec), 'securityContext')).toBe(12);
    expect(podLineOf(daemonSet(spec), 'securityContext')).toBe(12);
    expect(podLineOf(job(spec), 'securityContext')).toBe(8);
    expect(podLineOf(cronJob(spec), 'securityContext')).toBe(11);
  });

  it('return the line of a key, a list item and a nested field', () => {
    const text = deployment(spec);
    const lines = text.split('\n');
    const at = (line: number) => lines[line - 1]?.trim();
    expect(at(lineOf(text, 'kind'))).toBe('kind: Deployment');
    expect(at(podLineOf(text, 'containers[1]'))).toBe('- name: b');
    expect(at(podLineOf(text, 'containers[1].securityContext.privileged'))).toBe('privileged: true');
    const windows = windowsPod(spec);
    expect(windows.split('\n')[lineOf(windows, 'spec.nodeSelector["kubernetes.io/os"]') - 1]).toBe(
      '    kubernetes.io/os: windows'
    );
  });

  it('read the requested document and reject a missing field', () => {
    const text = documents(pod(spec), deployment(spec));
    expect(lineOf(text, 'kind', 1)).toBe(lineOf(pod(spec), 'kind') + pod(spec).split('\n').length);
    // The Pod's 14 lines and the separator come first; in the Deployment, the pod spec is 6 lines lower.
    expect(pod(spec).split('\n')).toHaveLength(15);
    expect(podLineOf(text, 'containers[0]', 1)).toBe(15 + podLineOf(pod(spec), 'containers[0]') + 6);
    expect(() => lineOf(text, 'spec.hostNetwork')).toThrow('No field spec.hostNetwork in the YAML.');
    expect(() => podLineOf(text, 'containers[5]')).toThrow(/No field/);
    expect(() => lineOf(text, 'kind', 3)).toThrow('No document 3.');
  });
});
