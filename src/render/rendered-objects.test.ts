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
