import { defineConfig } from 'vitest/config';

// Tests run from source: the custom condition resolves @tinhgon/* to src/index.ts without a build.
export default defineConfig({
  resolve: { conditions: ['@tinhgon/source'] },
  ssr: { resolve: { conditions: ['@tinhgon/source'], externalConditions: ['@tinhgon/source'] } },
  test: {
    include: [
      'packages/*/test/**/*.test.ts',
      'examples/**/*.test.ts',
      'bench/test/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    setupFiles: ['./test/setup/fail-on-console.ts', './test/setup/fast-check-seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
