// cdn/mediastream-elements.js: one minified ESM file, Lit inside, defines every element.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/index.js',
  output: { file: 'cdn/mediastream-elements.js', format: 'esm', sourcemap: true },
  // TypeScript's decorator helper reads top-level `this`; undefined there is expected.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    // Lit's production build: no dev-mode warnings in the CDN file.
    nodeResolve({ exportConditions: ['production'] }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
