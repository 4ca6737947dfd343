import { expandDefaults } from './value-references.js';

describe('expandDefaults', () => {
  it.each([
    ['${BROKER:-redis://:pw@redis:6379/1}', 'redis://:pw@redis:6379/1'],
    ['${A-x}/${B:=y}/${C=z}/${D:+on}/${E+on}', 'x/y/z/on/on'],
    ['${A:-${B:-${C:-deep}}}', 'deep'],
    ['prefix-${TAG:-1.0}-suffix', 'prefix-1.0-suffix'],
    ['${EMPTY:-}x', 'x'],
    // No default: the reference stays as written, and so does an error message.
    ['${PASSWORD}', '${PASSWORD}'],
    ['${TOKEN:?set TOKEN}', '${TOKEN:?set TOKEN}'],
    ['$HOME/${X:-a}', '$HOME/a'],
    // `$$` is an escaped `$`; `$${X:-d}` hands `${X:-d}` to the container's shell, which takes the default.
    ['pa$$word', 'pa$$word'],
    ['$${X:-d}', '$d'],
    // GitHub Actions expressions and unterminated references are text.
    ['${{ secrets.TOKEN }}', '${{ secrets.TOKEN }}'],
    ['${UNCLOSED:-x', '${UNCLOSED:-x'],
    ['no references', 'no references']
  ])('%s → %s', (text, expanded) => {
    expect(expandDefaults(text)).toBe(expanded);
  });

  it('stops following defaults nested too deep', () => {
    const deep = '${A:-'.repeat(20) + 'x' + '}'.repeat(20);
    expect(expandDefaults(deep)).not.toBe('x');
    expect(expandDefaults(deep).endsWith('}')).toBe(true);
  });
});
