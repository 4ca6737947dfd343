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

  test('is empty without findings', () => {
    expect(formatGithubAnnotations({ ...sampleResult(), findings: [] })).toBe('');
  });
});
