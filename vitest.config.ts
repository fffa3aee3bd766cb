import { defineConfig } from 'vitest/config';
import SummaryReporter from './test/helpers/summary-reporter.ts';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', new SummaryReporter()],
    // Builds and browsers take longer than unit tests; no test asserts on time.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
