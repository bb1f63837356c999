/**
 * The browser tests (npm run test:browser): the entry page in Debian's Chromium (playwright-core, no browser
 * download) over the in-memory Apps Script. Not part of `npm test`, which runs where no Chromium is installed.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/browser'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
  testMatch: ['**/*.browser.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};
