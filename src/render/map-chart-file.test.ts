import { mapChartFileObject } from './map-chart-file.js';
import type { MappingContext } from './mapping-context.js';
import { readRenderedObjects, type KeyPath } from './rendered-objects.js';

const BASE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80}]
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: proxy
        image: proxy:1.0
      - name: web
        image: web:latest
        securityContext:
          privileged: true
      volumes:
      - name: models
        hostPath: {path: /models}
`;
// A patch file the template merges in (kserve's deployment-patch.yaml): the web container's image.
const PATCH = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: web
        image: web:2.0
`;

const FILES: Record<string, string> = {
  'chart/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
  'chart/files/base.yaml': BASE,
  'chart/files/web-patch.yaml': PATCH,
  'chart/templates/whole.yaml':
    '{{ .Files.Get "files/base.yaml" | replace "privileged: true" "privileged: false" }}\n',
  'chart/templates/merged.yaml':
    '{{- include "demo.merge" (dict "baseFile" "files/base.yaml" "patches" "files/*-patch.yaml" "context" .) }}\n',
  'chart/templates/_merge.tpl':
    '{{- define "demo.merge" -}}\n{{- $base := .context.Files.Get .baseFile }}\n{{- range $path, $_ := .context.Files.Glob .patches }}{{ $.context.Files.Get $path }}{{ end }}\n{{- end -}}\n',
  'chart/templates/keys.yaml': 'apiVersion: apps/v1\nkind: Deployment\n{{ .Files.Get "files/base.yaml" }}\n'
};

const context: MappingContext = {
  root: { kind: 'helm', dir: 'chart', file: 'chart/Chart.yaml' },
  cwd: '/repo',
  readText: path => FILES[path],
  valuesFiles: [],
  files: Object.keys(FILES)
};

/** The rendered Deployment of `template`, its containers in the order given. */
function rendered(template: string, containers: string) {
  const stream = `---
# Source: demo/templates/${template}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
${containers}
      volumes:
      - name: models
        hostPath: {path: /models}
`;
  return readRenderedObjects(stream)[0]!;
}

const CONTAINERS = `      - name: web
        image: web:2.0
        securityContext:
          privileged: false
      - name: proxy
        image: proxy:1.0`;

const mapped = (template: string, path: KeyPath) =>
  mapChartFileObject(rendered(template, CONTAINERS), path, context);
const CONTAINER = ['spec', 'template', 'spec', 'containers'];

describe('mapChartFileObject', () => {
  it('puts a key of an object pasted from a file on the line of its document there, list items by name', () => {
    expect(mapped('whole.yaml', [...CONTAINER, 1, 'image'])).toEqual({
      file: 'chart/files/base.yaml',
      line: 17,
      exact: true,
      via: 'template'
    });
    expect(mapped('whole.yaml', [...CONTAINER, 0, 'name'])).toMatchObject({
      file: 'chart/files/base.yaml',
      line: 18
    });
    expect(mapped('whole.yaml', ['spec', 'template', 'spec', 'volumes', 0, 'hostPath'])).toMatchObject({
      file: 'chart/files/base.yaml',
      line: 24
    });
  });

  it('leaves a value the template changed on the template line (a replace, a tpl)', () => {
    expect(mapped('whole.yaml', [...CONTAINER, 0, 'securityContext', 'privileged'])).toBeUndefined();
    expect(mapped('whole.yaml', [...CONTAINER, 0, 'image'])).toBeUndefined();
  });

  it('takes a scalar from the last file that sets it, and a list item from the file that defines it', () => {
    expect(mapped('merged.yaml', [...CONTAINER, 0, 'image'])).toMatchObject({
      file: 'chart/files/web-patch.yaml',
      line: 10
    });
    expect(mapped('merged.yaml', [...CONTAINER, 0, 'name'])).toMatchObject({
      file: 'chart/files/base.yaml',
      line: 18
    });
    expect(mapped('merged.yaml', [...CONTAINER, 0])).toMatchObject({
      file: 'chart/files/base.yaml',
      line: 18
    });
  });

  it('takes the only document of its kind whatever its name (a templated name), of several none but the named one', () => {
    const other = rendered('whole.yaml', CONTAINERS);
    expect(
      mapChartFileObject({ ...other, name: 'bulkhead-web' }, [...CONTAINER, 1, 'image'], context)
    ).toMatchObject({
      file: 'chart/files/base.yaml',
      line: 17
    });
    const merged = rendered('merged.yaml', CONTAINERS);
    expect(
      mapChartFileObject({ ...merged, name: 'api' }, [...CONTAINER, 1, 'image'], context)
    ).toBeUndefined();
  });

  it('maps nothing for a template that writes keys itself, an object of another kind, or no path', () => {
    expect(mapped('keys.yaml', [...CONTAINER, 1, 'image'])).toBeUndefined();
    const other = rendered('whole.yaml', CONTAINERS);
    expect(
      mapChartFileObject({ ...other, kind: 'StatefulSet' }, [...CONTAINER, 1, 'image'], context)
    ).toBeUndefined();
    expect(mapChartFileObject(other, [], context)).toBeUndefined();
  });
});
