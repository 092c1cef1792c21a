import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Runs the real commands and builds: `npm run test:publishing` (vitest.publishing.config.ts).
    exclude: ['scripts/publishing.test.ts', '**/node_modules/**'],
  },
});
