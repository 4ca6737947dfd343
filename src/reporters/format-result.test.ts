import { formatResult, isOutputFormat, OUTPUT_FORMATS } from './format-result.js';
import { formatGithubAnnotations } from './github.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { plainMessage } from './plain-message.js';
import { ruleHelpMarkdown, ruleHelpText } from './rule-help.js';
import { SAMPLE_RULES, sampleResult } from './sample-result.fixture.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

describe('formatResult', () => {
  test('dispatches every format to its reporter', () => {
    const result = sampleResult();
    expect(formatResult(result, 'text')).toBe(formatText(result, { color: false }));
    expect(formatResult(result, 'text', { color: true, cwd: '/r' })).toBe(
      formatText(result, { color: true, cwd: '/r' })
    );
    expect(formatResult(result, 'json')).toBe(formatJson(result));
    expect(formatResult(result, 'sarif', { category: 'c' })).toBe(formatSarif(result, { category: 'c' }));
    expect(formatResult(result, 'github')).toBe(formatGithubAnnotations(result));
    expect(formatResult(result, 'markdown', { failOn: 'none' })).toBe(
      formatMarkdown(result, { failOn: 'none' })
    );
  });

  test('knows its formats', () => {
    expect(OUTPUT_FORMATS).toEqual(['text', 'json', 'sarif', 'github', 'markdown']);
    expect(isOutputFormat('sarif')).toBe(true);
    expect(isOutputFormat('xml')).toBe(false);
  });
});

describe('rule help', () => {
  const [bh101, bh505] = SAMPLE_RULES;

  test('Markdown has remediation, references and the docs link', () => {
    expect(ruleHelpMarkdown(bh101!)).toBe(
      [
        'The final image runs as root, so a compromise of the process is a compromise of the container.',
        '## Remediation\n\nAdd a `USER` instruction with a non-root user to the final stage.',
        '## References\n\n- <https://docs.docker.com/reference/dockerfile/#user>',
        '[BH101 image-runs-as-root documentation](https://github.com/bulkhead-security/bulkhead/blob/main/docs/rules/BH101.md)'
      ].join('\n\n')
    );
    expect(ruleHelpMarkdown(bh505!)).toContain('## When to ignore\n\nNode agents that must read host logs.');
  });

  test('text has the same content without Markdown', () => {
    const text = ruleHelpText(bh101!);
    expect(text).toContain('Remediation: Add a `USER` instruction');
    expect(text).toContain('References:\n- https://docs.docker.com/reference/dockerfile/#user');
    expect(text).toContain(
      'Documentation: https://github.com/bulkhead-security/bulkhead/blob/main/docs/rules/BH101.md'
    );
    expect(text).not.toContain('##');
  });
});

describe('plainMessage', () => {
  test.each([
    ['See [the volume](1) and [that](23).', 'See the volume and that.'],
    ['No links here.', 'No links here.'],
    ['A real link [x](https://a.b) stays.', 'A real link [x](https://a.b) stays.'],
    ['Escaped \\[x\\](1) stays literal.', 'Escaped [x](1) stays literal.']
  ])('%s', (message, plain) => {
    expect(plainMessage(message)).toBe(plain);
  });
});
