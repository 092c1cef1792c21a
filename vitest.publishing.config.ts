import { defineConfig } from 'vitest/config';

/**
 * `npm run test:publishing`: the publishing safeguards through the real commands (npm run check,
 * npm run build, npm run import) on temporary copies of content/. One file, run serially: each
 * case spawns a build, and the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['scripts/publishing.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
