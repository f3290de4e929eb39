// ESLint flat config. Beyond the recommended rules it keeps the layers honest:
// shared/ is pure (no electron, no Node, no DOM), the renderer imports neither electron nor Node,
// and only main's edge files import electron.
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
const electronImports = [{ group: ['electron', 'electron/*'], message: 'Only main’s edge files import electron.' }];

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
      'no-restricted-imports': ['error', { patterns: [...nodeImports, ...electronImports] }],
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
    files: ['main/**/*.ts'],
    ignores: ['main/index.ts', 'main/window.ts', 'main/menu.ts', 'main/dialogs.ts', 'main/ipc/register.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: electronImports }] },
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
              message: 'A sandboxed preload imports only electron, events, timers, url and ../shared/ipcChannels.',
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
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
