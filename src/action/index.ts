/** The Action's entry point (action.yml `main: dist/index.js`). */
import { run } from './main.js';

await run();
