import { readRenderedObjects } from './rendered-objects.js';

describe('readRenderedObjects', () => {
  it('leaves CustomResourceDefinitions out and keeps the lines of the other objects', () => {
    const stream = [
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata:',
      '  name: workflows.argoproj.io',
      'spec:',
      '  names:',
      '    kind: Workflow',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: workflow-controller',
      '---',
      ''
    ].join('\n');
    expect(readRenderedObjects(stream).map(o => [o.kind, o.name, o.startLine, o.endLine])).toEqual([
      ['Deployment', 'workflow-controller', 9, 12]
    ]);
  });
});

describe('the template an object of a Helm render came from', () => {
  const sources = (stream: string[]) =>
    readRenderedObjects(stream.join('\n')).map(o => [o.kind, o.helmSource, o.startLine]);

  it("is the header before it when the template's own output starts with `---` (sonarqube-dce)", () => {
    // `{{- if false }}…{{- end }}{{- if true }}\n---`: Helm prints the header, then the template's `---`.
    const stream = [
      '---',
      '# Source: demo/templates/secret.yaml',
      '---',
      'apiVersion: v1',
      'kind: Secret',
      '---',
      '# Source: demo/templates/pod.yaml',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      ''
    ];
    expect(sources(stream)).toEqual([
      ['Secret', 'demo/templates/secret.yaml', 4],
      ['Pod', 'demo/templates/pod.yaml', 9]
    ]);
  });

  it('is its own header for each object, and the second object of one template keeps the header before it', () => {
    const stream = [
      '---',
      '# Source: demo/templates/a.yaml',
      'apiVersion: v1',
      'kind: Service',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap',
      '---',
      '# Source: demo/templates/b.yaml',
      'apiVersion: v1',
      'kind: Pod',
      ''
    ];
    expect(sources(stream)).toEqual([
      ['Service', 'demo/templates/a.yaml', 3],
      ['ConfigMap', 'demo/templates/a.yaml', 6],
      ['Pod', 'demo/templates/b.yaml', 10]
    ]);
  });

  it('is none in a stream without headers (kustomize), and none before the first header', () => {
    const kustomize = ['apiVersion: v1', 'kind: Service', '---', 'apiVersion: v1', 'kind: Pod', ''];
    expect(sources(kustomize)).toEqual([
      ['Service', undefined, 1],
      ['Pod', undefined, 4]
    ]);
    const headerLater = [
      'apiVersion: v1',
      'kind: Service',
      '---',
      '# Source: demo/templates/b.yaml',
      'kind: Pod'
    ];
    expect(sources(headerLater)).toEqual([
      ['Service', undefined, 1],
      ['Pod', 'demo/templates/b.yaml', 5]
    ]);
  });
});
