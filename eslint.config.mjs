// ESLint flat config. The runtime boundaries of DESIGN §1 are enforced here, not by good intentions.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import vueParser from 'vue-eslint-parser'
import globals from 'globals'

const clockBan = [
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'shared/ is pure: take the time as a parameter (`today`, `now`).',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'shared/ is pure: take the time as a parameter (`today`, `now`).',
  },
  {
    selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
    message: 'shared/ is deterministic: take ids/randomness as a parameter.',
  },
]

const windowApiBan = {
  selector: "MemberExpression[object.name='window'][property.name='api']",
  message:
    'Only renderer/src/bridge/electron-host.ts may touch window.api; call the bridge from a store or service.',
}

/** What no renderer module may import (flat config: a later block restating the rule must repeat it). */
const rendererImports = {
  paths: [
    {
      name: 'electron',
      message: 'The renderer runs sandboxed: talk to the host through the bridge.',
    },
  ],
  patterns: [
    {
      group: ['**/electron/**', 'electron/*'],
      message: 'renderer/ must not import electron/.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'dist/**',
      'dist-web/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      '.bench-cache/**',
      'bench-results/**',
      'renderer/public/**',
      'tests/lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // Node-side scripts and configs.
  {
    files: [
      'scripts/**/*.{js,mjs,cjs,ts}',
      '*.config.{js,mjs,ts}',
      'tests/**/*.{ts,mjs}',
      '.ci/**/*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  // CommonJS helpers (loaded by Playwright's test loader, vitest, tsx and plain Node alike).
  {
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Type-checked rules where promises cross IPC and IndexedDB boundaries (components included:
  // a click handler returning a promise nobody awaits loses its error).
  {
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,vue}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // shared/: pure TypeScript. No electron, vue, dexie, node:*, DOM, clock.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'shared/ must not import electron.' },
            { name: 'vue', message: 'shared/ must not import vue.' },
            { name: 'pinia', message: 'shared/ must not import pinia.' },
            { name: 'dexie', message: 'shared/ must not import dexie.' },
            { name: 'element-plus', message: 'shared/ must not import element-plus.' },
            {
              name: 'pdfmake',
              message: 'shared/ may only `import type` from pdfmake.',
              allowTypeImports: true,
            },
            // Bare Node built-ins as exact names (a pattern would also match shared/crypto/…).
            ...['fs', 'path', 'os', 'crypto', 'child_process'].map((name) => ({
              name,
              message: 'shared/ must not import Node built-ins.',
            })),
          ],
          patterns: [
            {
              group: ['node:*', 'fs/*'],
              message: 'shared/ must not import Node built-ins.',
            },
            {
              group: ['pdfmake/*'],
              message: 'shared/ may only `import type` from pdfmake.',
              allowTypeImports: true,
            },
            {
              group: ['dexie*', 'vue*', '@vue/*', 'electron*', '@electron/*'],
              message: 'shared/ is runtime-free.',
            },
            {
              group: ['**/renderer/**', '@renderer/*', '**/electron/**'],
              message: 'shared/ imports only shared/.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'fetch',
          'process',
          'require',
        ].map((name) => ({
          name,
          message: `shared/ is pure: no ${name}.`,
        })),
      ],
      'no-restricted-syntax': ['error', ...clockBan],
    },
  },
  // electron/: never the renderer.
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/renderer/**', '@renderer/*'],
              message: 'electron/ must not import renderer/.',
            },
          ],
        },
      ],
    },
  },
  // renderer/: never electron/ or the electron module; window.api only in the bridge.
  {
    files: ['renderer/src/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', rendererImports],
      'no-restricted-globals': [
        'error',
        {
          name: 'localStorage',
          message: 'Persist through Dexie (renderer/src/db), not localStorage.',
        },
        {
          name: 'sessionStorage',
          message: 'Persist through Dexie (renderer/src/db), not sessionStorage.',
        },
      ],
      'no-restricted-syntax': ['error', windowApiBan],
    },
  },
  {
    files: ['renderer/src/bridge/electron-host.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // Components reach data through stores: features/ and layout/ never import the database or a
  // repository (docs/conventions.md, "Layers").
  {
    files: ['renderer/src/features/**/*.{ts,vue}', 'renderer/src/layout/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...rendererImports,
          patterns: [
            ...rendererImports.patterns,
            {
              group: [
                '@renderer/db/db',
                '@renderer/db/repositories/*',
                '**/db/db',
                '**/db/repositories/*',
              ],
              message:
                'Components reach data through a store (renderer/src/stores), never the database or a repository.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  // Stores never import a screen: what a store shares with components (export columns, display
  // helpers) lives in a non-feature module such as renderer/src/services (docs/conventions.md).
  {
    files: ['renderer/src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...rendererImports,
          patterns: [
            ...rendererImports.patterns,
            {
              group: ['@renderer/features/*', '**/features/*', '@renderer/features', '**/features'],
              message:
                'Stores never import from features/: move what they share into a non-feature module (e.g. renderer/src/services).',
            },
          ],
        },
      ],
    },
  },

  // Vue SFCs: TypeScript only, no v-html (user text must never become HTML).
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: {
        parser: tseslint.parser,
        extraFileExtensions: ['.vue'],
        sourceType: 'module',
      },
    },
    rules: {
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/no-v-html': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
)
