/** Jest runs the TypeScript sources as ESM through ts-jest (type checking is `npm run typecheck`). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  },
  testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  setupFilesAfterEnv: [
    '<rootDir>/test/setup-shell-parser.ts',
    '<rootDir>/test/setup-document-parsers.ts',
    '<rootDir>/test/setup-glob-library.ts'
  ],
  testTimeout: 60000
};
