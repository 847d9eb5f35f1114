// @ts-check
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Imports a folder may not make, as `no-restricted-imports` patterns (paths are matched as written). */
const restrict = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
})
const SERVER = ['**/server/**', '**/server'],
  EMULATOR = ['**/emulator/**', '**/emulator'],
  MINI = ['**/miniprogram/**']
const TESTING = ['**/server/testing/**', '**/server/testing', '**/emulator/testing', '**/testFaults', '**/matrixWorld', '**/testHarness']

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'miniprogram/dist/**', 'cloudfunctions/*/index.js', '.data/**', 'coverage/**', '**/*.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Control characters are matched on purpose: text, file ids and paths that carry them are refused.
      'no-control-regex': 'off',
      'no-irregular-whitespace': ['error', { skipJSXText: true, skipStrings: true, skipTemplates: true }],
    },
  },
  {
    files: ['miniprogram/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Boundaries: core is pure and shared; pages never reach server code; production never reaches test support or the emulator.
  {
    files: ['core/**/*.ts'],
    rules: restrict([
      [...SERVER, ...EMULATOR, ...MINI],
      'core/ is shared by pages and functions: it imports nothing of server/, miniprogram/ or emulator/',
    ]),
  },
  {
    files: ['miniprogram/**/*.{ts,tsx}'],
    rules: restrict([[...SERVER, ...EMULATOR, '**/cloudfunctions/**'], 'pages reach the server only through services/* and callCloud']),
  },
  {
    files: ['server/**/*.ts', 'cloudfunctions/**/*.ts'],
    ignores: ['**/*.test.ts', 'server/testing/**', '**/permissionSamples.ts'],
    rules: restrict([[...EMULATOR, ...TESTING], 'production code never imports test support or the emulator']),
  },
  {
    files: ['**/*.test.ts', 'server/testing/**', 'e2e/**', 'bench/**', 'scripts/**', 'emulator/**', 'seed/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
)
