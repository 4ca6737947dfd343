import { beforeAll } from '@jest/globals';
import { loadShellParser } from '../src/engine/load-shell-parser.js';

// Every entry of Bulkhead awaits the shell parser before scanning; tests that call rules, parsers or
// the engine directly get it loaded here (test/e2e/dist-bundle.test.ts runs the entries in fresh processes).
beforeAll(() => loadShellParser());
