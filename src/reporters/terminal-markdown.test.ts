import { renderTerminalMarkdown } from './terminal-markdown.js';

const ESC = '\u001b';

// Shaped like a rule's help: a title, a long description, a remediation with a command, a code block, references.
const HELP = [
  '# BH101: Linux image runs as root',
  '',
  'The final image runs its process as root, explicitly or because no USER is set and Docker defaults to root.',
  '',
  '## Remediation',
  '',
  'Create an unprivileged user (`RUN useradd --uid 10001 app`) and switch to it:',
  '',
  '```dockerfile',
  'RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app && chown -R app /srv/app',
  'USER 10001',
  '```',
  '',
  '## References',
  '',
  '- <https://docs.docker.com/reference/dockerfile/#user>',
  '- [Best practices](https://docs.docker.com/build/building/best-practices/#user)',
  '',
  '[BH101 image-runs-as-root documentation](https://example.test/docs/rules/BH101.md)'
].join('\n');

describe('renderTerminalMarkdown', () => {
  it('renders a title, wrapped prose, verbatim code blocks and plain links', () => {
    expect(renderTerminalMarkdown(HELP, { color: false, width: 60 })).toBe(
      [
        'BH101: Linux image runs as root',
        '',
        'The final image runs its process as root, explicitly or',
        'because no USER is set and Docker defaults to root.',
        '',
        'Remediation',
        '',
        'Create an unprivileged user (`RUN useradd --uid 10001 app`)',
        'and switch to it:',
        '',
        '    RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app && chown -R app /srv/app',
        '    USER 10001',
        '',
        'References',
        '',
        '  • https://docs.docker.com/reference/dockerfile/#user',
        '  • Best practices',
        '    (https://docs.docker.com/build/building/best-practices/#user)',
        '',
        'BH101 image-runs-as-root documentation',
        '(https://example.test/docs/rules/BH101.md)',
        ''
      ].join('\n')
    );
  });

  it('styles headings and inline code with colour, and leaves no Markdown markers', () => {
    const text = renderTerminalMarkdown(HELP, { color: true, width: 80 });
    expect(text).toContain(`${ESC}[1m${ESC}[4mBH101: Linux image runs as root${ESC}[24m${ESC}[22m`);
    expect(text).toContain(`${ESC}[36mRUN useradd --uid 10001 app${ESC}[39m`);
    expect(text).not.toMatch(/```|^#|\]\(/m);
  });
});
