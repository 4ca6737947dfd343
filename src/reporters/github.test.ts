import {
  escapeCommandData,
  escapeCommandProperty,
  formatAnnotation,
  formatGithubAnnotations
} from './github.js';
import { sampleResult } from './sample-result.fixture.js';

describe('formatGithubAnnotations', () => {
  test('emits one command per unsuppressed finding with the level from the severity', () => {
    expect(formatGithubAnnotations(sampleResult())).toBe(
      [
        '::notice file=Dockerfile,line=1,endLine=1,col=6,endColumn=19,title=BH403%3A image-tag-mutable::The image "ubuntu:latest" has a mutable tag.',
        '::error file=Dockerfile,line=12,endLine=12,col=1,endColumn=10,title=BH101%3A image-runs-as-root::The final image runs as "root".',
        '::error file=deploy/my app/pod%2C1.yaml,line=20,endLine=21,title=BH505%3A host-path-mount::The hostPath volume "/var/run/docker.sock" is mounted; see the volume.',
        ''
      ].join('\n')
    );
  });

  test('uses warning for medium and notice for info', () => {
    const [finding] = sampleResult().findings;
    expect(formatAnnotation({ ...finding!, severity: 'medium' })).toMatch(/^::warning /);
    expect(formatAnnotation({ ...finding!, severity: 'info' })).toMatch(/^::notice /);
    expect(formatAnnotation({ ...finding!, severity: 'critical' })).toMatch(/^::error /);
  });

  test('escapes data and properties like @actions/core', () => {
    expect(escapeCommandData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeCommandProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
    const [finding] = sampleResult().findings;
    const line = formatAnnotation({
      ...finding!,
      message: 'Line one.\nLine two: 50%, "x".',
      location: { ...finding!.location, file: 'odd,dir/a:b.yaml' }
    });
    expect(line).toBe(
      '::notice file=odd%2Cdir/a%3Ab.yaml,line=1,endLine=1,col=6,endColumn=19,title=BH403%3A image-tag-mutable::Line one.%0ALine two: 50%25, "x".'
    );
    expect(line).not.toContain('\n');
  });

  test('keeps a hostile file name and message on one intact command line', () => {
    // A file name as a repository can hold it: separators, a percent sign, a newline that would
    // start a fresh `::` command, an ANSI escape, NUL, DEL, a C1 control and U+2028.
    const file = 'k8s/a,b:c%41/x\n::error::pwned/\u001b[31mred\u0000\u007f\u0085\u2028.yaml';
    const [finding] = sampleResult().findings;
    const line = formatAnnotation({
      ...finding!,
      message: 'The image "app:1\r\n::warning::x" has a mutable tag; tab\there.',
      location: { ...finding!.location, file }
    });
    expect(line).toBe(
      '::notice file=k8s/a%2Cb%3Ac%2541/x%0A%3A%3Aerror%3A%3Apwned/\u241b[31mred\u2400\u2421\ufffd\ufffd.yaml,' +
        'line=1,endLine=1,col=6,endColumn=19,title=BH403%3A image-tag-mutable::' +
        'The image "app:1%0D%0A::warning::x" has a mutable tag; tab\there.'
    );
    expect(line.split(/[\r\n\u2028\u2029\u0085]/)).toHaveLength(1);
    // Properties end at the first `::`; none of the escaped properties contains one.
    expect(line.indexOf('::', 2)).toBe(line.indexOf('::The image'));
    expect(line.replace(/\t/g, '')).not.toMatch(/\p{Cc}/u);
  });

  test('is empty without findings', () => {
    expect(formatGithubAnnotations({ ...sampleResult(), findings: [] })).toBe('');
  });
});
