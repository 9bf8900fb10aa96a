import { defineConfig } from 'vitest/config'

// Two projects: fast unit/conformance suites (Node, happy-dom where a test asks for it)
// and the end-to-end suite that drives Debian's Chromium against the loopback host.
export default defineConfig({
  test: {
    globalSetup: ['test/support/requireLoopbackOnly.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'test/conformance/**/*.test.ts', 'test/sync/**/*.test.ts', 'bench/**/*.test.ts', 'packaging/**/*.test.ts', 'test/support/*.test.ts', 'test/faults/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          // Only when e2e files are selected: no Chromium stops the run with one line.
          globalSetup: ['test/support/requireChromium.ts'],
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
