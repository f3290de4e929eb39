// ESLint flat config. Beyond the recommended rules it keeps the layers honest, by folder:
//   shared/          pure: no electron, no Node, no DOM, and nothing from main/, renderer/, cli/ or preload/
//   renderer/        neither electron nor Node
//   main/electron/   the Electron edge: the only folder that imports electron
//   main/ (the rest) plain-Node services: no electron, and nothing from main/electron/ (the edge
//                    depends on the services, never the reverse)
//   cli/             plain Node: no electron and nothing from main/electron/ (it runs without Electron)
//   preload/         electron, events, timers, url and shared/ipcChannels.ts only (sandbox)
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import vue from 'eslint-plugin-vue';
import vueParser from 'vue-eslint-parser';
import globals from 'globals';

const NODE_MODULES = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'url',
  'http',
  'net',
  'stream',
  'util',
  'zlib',
  'events',
  'buffer',
  'process',
];
const nodeImports = [
  { group: ['node:*'], message: 'Node built-ins are not allowed in this layer.' },
  ...NODE_MODULES.map((name) => ({
    group: [name, `${name}/*`],
    message: 'Node built-ins are not allowed in this layer.',
  })),
];
// The package itself and its subpaths (electron/main …), anchored so that a relative path into
// main/electron/ is left to electronEdgeImports and not reported twice.
const electronImports = [{ regex: '^electron(/.*)?$', message: 'Only main/electron/ imports electron.' }];
// Any relative path into a folder named electron/ (from main/: './electron/…', from cli/:
// '../main/electron/…'). The only such folder is main/electron/; the bare package is electronImports.
const electronEdgeImports = [
  {
    regex: '^(\\.{1,2}/)+(main/)?electron(/|$)',
    message: 'Plain-Node code does not import the Electron edge (main/electron/).',
  },
];
// shared/ is imported by every layer, so it imports none of them.
const upperLayerImports = [
  { regex: '^(\\.{1,2}/)+(main|renderer|preload|cli)(/|$)', message: 'shared/ imports no other layer.' },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
      'tests/corpus/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeImports, ...electronImports, ...upperLayerImports] }],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'HTMLElement',
          'process',
          'require',
          'Buffer',
          '__dirname',
        ].map((name) => ({
          name,
          message: 'shared/ is pure TypeScript: no DOM or Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', { patterns: [...nodeImports, ...electronImports] }] },
  },
  {
    // The rule is the folder: a new file in main/electron/ may import electron, a new file
    // anywhere else in main/ may not (no list of file names to keep up to date).
    files: ['main/**/*.ts'],
    ignores: ['main/electron/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [...electronImports, ...electronEdgeImports] }] },
  },
  {
    // The CLI runs under plain Node, where electron is not there to import.
    files: ['cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...electronImports, ...electronEdgeImports] }] },
  },
  {
    // A sandboxed preload can require only electron's renderer modules, events, timers and url
    // (Electron, "Process Sandboxing"); anything else it imports is bundled or, for a package,
    // left as a require() that throws at start. So it imports electron and the schema-free half
    // of the contract, nothing else (tests/desktop/preloadSandbox.test.ts runs the built file).
    files: ['preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!(electron|events|timers|url|\\.\\./shared/ipcChannels)$)',
              // Types are erased from the bundle, so the contract's types may be imported.
              allowTypeImports: true,
              message: 'A sandboxed preload imports only electron, events, timers, url and shared/ipcChannels.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The web edition runs in a browser page and its Web Workers: no Node and no electron, as the
    // renderer; it may use main's Node-free services (the simulation task, sweeps), which its
    // build would fail to bundle if they imported Node. web/csp.ts is read by the build (Node).
    files: ['web/**/*.ts'],
    ignores: ['web/csp.ts', 'web/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...nodeImports,
            ...electronImports,
            ...electronEdgeImports,
            {
              regex: '^(\\.{1,2}/)+renderer(/|$)',
              message: 'web/ gives the renderer its LabApi; it does not import it (but web/main.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The preload bundles this file, so it may import types only (a value import would bundle a
    // module that may need zod or more).
    files: ['shared/ipcChannels.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '.*', allowTypeImports: true, message: 'shared/ipcChannels.ts imports types only.' }] },
      ],
    },
  },
  {
    files: [
      'main/**/*.ts',
      'preload/**/*.ts',
      'cli/**/*.ts',
      'scripts/**/*.{ts,mjs}',
      'e2e/**/*.ts',
      'tests/**/*.ts',
      'build/**/*.ts',
      '*.config.{ts,js}',
      'electron-builder.ts',
      'web/csp.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
