import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  // As in @tinhgon/core: the workspace tsconfig is a composite project that also includes the tests; the
  // declaration build needs neither. `@tinhgon/core` stays external (a dependency), in code and in types.
  dts: { compilerOptions: { composite: false, incremental: false, declarationMap: false } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  // The admin-unit loaders find `data/vn-admin/` from `import.meta.url`; the shim provides it in the CJS build.
  shims: true,
});
