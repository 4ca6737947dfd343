import { PRODUCT_VERSION } from '../core/product.js';
import { runCli } from '../../test/e2e/run-cli.js';
import { helpFor } from './help-text.js';
import { parseCliArgs } from './parse-cli-args.js';
import { quickCommand, type QuickCommand } from './quick-command.js';

describe('quickCommand', () => {
  it.each<[string[], QuickCommand]>([
    [['--version'], { command: 'version' }],
    [['-v'], { command: 'version' }],
    [['version', 'scan'], { command: 'version' }],
    [[], { command: 'help', topic: undefined }],
    [['--help'], { command: 'help', topic: undefined }],
    [['-h', 'fix'], { command: 'help', topic: 'fix' }],
    [['help', 'explain'], { command: 'help', topic: 'explain' }]
  ])('answers %j without the scanner, as the full CLI does', async (argv, expected) => {
    expect(quickCommand(argv)).toEqual(expected);
    expect(parseCliArgs(argv)).toEqual(expected);
    const text = expected.command === 'help' ? helpFor(expected.topic) : `${PRODUCT_VERSION}\n`;
    expect(await runCli(argv)).toEqual({ code: 0, stdout: text, stderr: '' });
  });

  it.each([[['scan', '--help']], [['rules']], [['explain', 'BH101']], [['--verbose']], [['scan', '.']]])(
    'leaves %j to the full CLI',
    argv => {
      expect(quickCommand(argv)).toBeUndefined();
    }
  );
});
