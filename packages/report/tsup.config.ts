import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: { index: 'src/index.ts' },
  // As in @tinhgon/core: the workspace tsconfig is a composite project that also includes the tests; the
  // declaration build needs neither.
  sourcemap: true,
  target: 'node20',
  treeshake: true,
};

export default defineConfig([
  {
    ...shared,
    format: ['esm'],
    clean: true,
    dts: { compilerOptions: { composite: false, incremental: false, declarationMap: false } },
  },
  {
    ...shared,
    format: ['cjs'],
    // d3-hierarchy ships ES modules only; the CommonJS build inlines it (ISC, ~10 kB) so that `require`
    // works on every Node 20, not only on those with require(esm).
    noExternal: ['d3-hierarchy'],
    dts: { compilerOptions: { composite: false, incremental: false, declarationMap: false } },
  },
]);
