import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
  format: ['esm', 'cjs'],
  // The workspace tsconfig is a composite project (for `tsc -b`) that also includes the tests; the
  // declaration build needs neither, and composite makes rollup-plugin-dts reject files outside its list.
  dts: { compilerOptions: { composite: false, incremental: false, declarationMap: false } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // The testing entry imports the main one by name, so both builds share one copy of the classes.
  external: ['@tinhgon/core'],
});
