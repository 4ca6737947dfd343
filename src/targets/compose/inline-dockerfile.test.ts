import { parseCompose } from './parse-compose.js';
import { inlineDockerfilesOf, isInlineDockerfilePath } from './inline-dockerfile.js';

function inlines(yaml: string, file = 'compose.yaml') {
  return inlineDockerfilesOf(
    file,
    parseCompose(yaml).services.map(service => [service.name, service.node] as const)
  );
}

/** The Compose `line:col` of a Dockerfile line's first character, as the Dockerfile parser numbers lines. */
function placeOf(yaml: string, line: number, column = 1): string {
  const inline = inlines(yaml)[0];
  const region = inline?.regionOf({
    startLine: line,
    startColumn: column,
    endLine: line,
    endColumn: column + 1
  });
  return `${region?.startLine}:${region?.startColumn}`;
}

describe('inline Dockerfiles of a Compose file', () => {
  const BLOCK = [
    'services:',
    '  app:',
    '    build:',
    '      context: ./app',
    '      dockerfile_inline: |',
    '        FROM alpine:3.20',
    '        ARG VERSION',
    '        RUN echo "$${VERSION}" > /version && curl -k https://x',
    ''
  ].join('\n');

  it('gives the text BuildKit gets ($$ is a dollar) under a stand-in path that is no file', () => {
    const [inline] = inlines(BLOCK, 'deploy/compose.yaml');
    expect(inline?.text).toBe(
      'FROM alpine:3.20\nARG VERSION\nRUN echo "${VERSION}" > /version && curl -k https://x\n'
    );
    expect(inline?.path).toBe('deploy/compose.yaml#services.app.build.dockerfile_inline');
    expect(isInlineDockerfilePath(inline?.path ?? '')).toBe(true);
    expect(isInlineDockerfilePath('deploy/Dockerfile')).toBe(false);
    expect(inline?.keyRegion.startLine).toBe(5);
  });

  it('places line N of a `|` block on the Nth line of the block, columns past a `$$` included', () => {
    expect(placeOf(BLOCK, 1)).toBe('6:9');
    expect(placeOf(BLOCK, 3)).toBe('8:9');
    // `curl` is at column 45 of the Dockerfile line and 54 of the Compose line: one `$` more before it.
    const line = 'RUN echo "${VERSION}" > /version && curl -k https://x';
    expect(placeOf(BLOCK, 3, line.indexOf('curl') + 1)).toBe(`8:${9 + line.indexOf('curl') + 1}`);
    const region = inlines(BLOCK)[0]?.regionOf({
      startLine: 3,
      startColumn: 1,
      endLine: 3,
      endColumn: line.length + 1
    });
    expect(region).toEqual({ startLine: 8, startColumn: 9, endLine: 8, endColumn: 9 + line.length + 1 });
  });

  it('places `|-` blocks with an indentation indicator, and CRLF files, line by line', () => {
    const indicator =
      'services:\n  app:\n    build:\n      dockerfile_inline: |4-\n            FROM alpine\n          USER app\n';
    expect(inlines(indicator)[0]?.text).toBe('  FROM alpine\nUSER app');
    expect(placeOf(indicator, 1, 3)).toBe('5:13');
    expect(placeOf(indicator, 2)).toBe('6:11');
    const crlf = BLOCK.replace(/\n/g, '\r\n');
    expect(placeOf(crlf, 2)).toBe('7:9');
    expect(placeOf(crlf, 3, 5)).toBe('8:13');
  });

  it('places a double-quoted text with \\n escapes on its line, at the column after each escape', () => {
    const quoted = 'services:\n  app:\n    build: {dockerfile_inline: "FROM debian:12\\nUSER 1000\\n"}\n';
    expect(inlines(quoted)[0]?.text).toBe('FROM debian:12\nUSER 1000\n');
    expect(placeOf(quoted, 1)).toBe('3:33');
    expect(placeOf(quoted, 2)).toBe(`3:${33 + 'FROM debian:12\\n'.length}`);
  });

  it('reads a text written once in an anchor once, where the anchor writes it', () => {
    const shared = [
      'x-build: &build',
      '  dockerfile_inline: FROM alpine:3.20',
      'services:',
      '  one:',
      '    build: *build',
      '  two:',
      '    build: *build',
      ''
    ].join('\n');
    const found = inlines(shared);
    expect(found.map(inline => inline.service)).toEqual(['one']);
    expect(placeOf(shared, 1, 6)).toBe('2:27');
    const all = inlineDockerfilesOf(
      'compose.yaml',
      parseCompose(shared).services.map(service => [service.name, service.node] as const),
      false
    );
    expect(all.map(inline => inline.path)).toEqual([
      'compose.yaml#services.one.build.dockerfile_inline',
      'compose.yaml#services.two.build.dockerfile_inline'
    ]);
    expect(inlines('services:\n  app:\n    build:\n      dockerfile_inline: [FROM]\n')).toEqual([]);
  });
});
