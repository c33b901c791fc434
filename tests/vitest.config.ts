import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['subgraphs/**/*.test.ts', 'gateway/**/*.test.ts', 'dashboard/src/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own hub; two at a time fits the 2-core machines.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          // The dashboard in Debian's chromium on a hub with the full demo county (skipped without chromium).
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          maxWorkers: 1,
          // After the integration files, so the demo load does not compete with them for the two cores.
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
