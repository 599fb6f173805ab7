import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers (README, "Layout"): app → features/<panel> → panel → export → charts → lib → api. Nothing imports
 * upward, and a feature does not import another feature; a wrong arrow is a lint error. Every import in src/ is relative, so a folder's
 * name in the path says which layer an import reaches.
 */
const layer = (message, ...regexes) => ({
  'no-restricted-imports': ['error', { patterns: regexes.map((regex) => ({ regex, message })) }],
})
const APP = '(^|/)app(/|$)'
const FEATURES = '(^|/)features(/|$)'
const PANEL = '(^|/)panel(/|$)'
const EXPORT = '(^|/)export(/|$)'
const CHARTS = '(^|/)charts(/|$)'
const LIB = '(^|/)lib(/|$)'

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'tests/bench/results',
      'tests/bench/tmp',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, ...pluginQuery.configs['flat/recommended']],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/lib/**'],
    rules: layer(
      'lib/ sits under everything but the contract: it imports no app/, features/, panel/, export/ or charts/.',
      APP,
      FEATURES,
      PANEL,
      EXPORT,
      CHARTS,
    ),
  },
  {
    files: ['src/api/**'],
    rules: layer(
      'api/ imports nothing of the app: the contract stands alone.',
      APP,
      FEATURES,
      PANEL,
      EXPORT,
      CHARTS,
      LIB,
    ),
  },
  {
    files: ['src/panel/**'],
    rules: layer(
      'panel/ (the frame every panel shares) sits below the features: it imports no features/ or app/.',
      APP,
      FEATURES,
    ),
  },
  {
    files: ['src/export/**'],
    rules: layer('export/ sits below the panel frame: it imports no panel/, features/ or app/.', APP, FEATURES, PANEL),
  },
  {
    files: ['src/charts/**'],
    rules: layer(
      'charts/ draw what they are given: they import no export/, panel/, features/ or app/.',
      APP,
      FEATURES,
      PANEL,
      EXPORT,
    ),
  },
  {
    files: ['src/features/**'],
    rules: layer(
      'A feature imports no app/ and no other feature: move what two features share down to panel/, charts/ or lib/.',
      APP,
      // ../<name>/… from src/features/<feature>/ is another feature
      '^\\.\\./(?!\\.)',
    ),
  },
)
