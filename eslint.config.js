import js from '@eslint/js'
import boundaries from 'eslint-plugin-boundaries'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

// The layer table (see docs/ARCHITECTURE.md): code may only import inward.
const LAYERS = [
  { type: 'shared', pattern: 'src/shared/**' },
  { type: 'core', pattern: 'src/core/**' },
  { type: 'main', pattern: 'src/main/**' },
  { type: 'preload', pattern: 'src/preload/**' },
  { type: 'renderer', pattern: 'src/renderer/**' },
]

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', '.scratch/**', '.bench-cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: 'shared', allow: ['shared'] },
            { from: 'core', allow: ['shared', 'core'] },
            { from: 'main', allow: ['shared', 'core', 'main'] },
            { from: 'preload', allow: ['shared', 'preload'] },
            { from: 'renderer', allow: ['shared', 'renderer'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}', 'src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src/main and src/preload may use Electron.' }],
          patterns: [{ group: ['react', 'react-dom', 'react/*', '@lexical/react/*'], message: 'React belongs to src/renderer.' }],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    ignores: ['src/shared/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Only src/main and src/preload may use Electron.' }],
          patterns: [
            { group: ['node:*'], message: 'src/shared runs anywhere: no Node built-ins.' },
            { group: ['react', 'react-dom', 'react/*', '@lexical/react/*'], message: 'React belongs to src/renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
)
