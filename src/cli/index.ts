import { PRODUCT_VERSION } from '../core/product.js';
import { helpFor } from './help-text.js';
import { quickCommand } from './quick-command.js';
import { standardOutput } from './standard-output.js';

const stdout = standardOutput(1);
const stderr = standardOutput(2);

// `--version` and `--help` answer before the scanner is loaded: compiling its bundle (rules, parsers,
// reporters) was most of their CPU. scripts/build.mjs keeps `./run-cli.js` out of dist/cli.js and
// builds it as dist/cli-main.js; from the sources it is run-cli.ts.
const argv = process.argv.slice(2);
const quick = quickCommand(argv);
if (quick) {
  stdout.write(quick.command === 'version' ? `${PRODUCT_VERSION}\n` : helpFor(quick.topic));
  process.exitCode = 0;
} else {
  const { runCli } = await import('./run-cli.js');
  process.exitCode = await runCli(argv, { stdout, stderr });
}
