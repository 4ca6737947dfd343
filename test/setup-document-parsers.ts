import { loadDocumentParsers } from '../src/engine/load-document-parsers.js';

// Every entry of Bulkhead awaits the YAML and TOML parsers before reading such a file; tests that
// call rules, parsers or the engine directly get them loaded here, before the test file is even
// collected (a `describe` may parse YAML). test/e2e/dist-bundle.test.ts checks that a scan of
// Dockerfiles alone does not load them.
await loadDocumentParsers();
