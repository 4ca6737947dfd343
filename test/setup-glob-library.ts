import { loadGlobLibrary } from '../src/engine/glob-library.js';

// Every entry of Bulkhead awaits the glob matcher before compiling the user's globs (`exclude`,
// config ignores' `paths`); tests that build those matchers directly get it loaded here.
// test/e2e/dist-bundle.test.ts checks that the shipped entries load it where they need it.
await loadGlobLibrary();
