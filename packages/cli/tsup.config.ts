import { defineConfig } from 'tsup';

const dts = { compilerOptions: { composite: false, incremental: false, declarationMap: false } };

export default defineConfig([
  {
    // The library entry (main(argv, io) and friends), ESM and CommonJS with types. As in @tinhgon/core, the
    // declaration build leaves out the composite settings of the workspace tsconfig.
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts,
    sourcemap: true,
    clean: true,
    target: 'node20',
    treeshake: true,
  },
  {
    // The executable: ESM only, with a shebang.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
    treeshake: true,
  },
]);
