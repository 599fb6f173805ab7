/// <reference types="vitest/config" />
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { defineConfig, loadEnv, type Plugin, type Rolldown, type ViteDevServer } from 'vite'
import { apiBaseOfBuild, apiOrigin, securityHeaders } from './deploy/csp.ts'
import type { PageShell } from './src/app/PageShell.tsx'
import { apiBaseFrom, ASKED_FIRST } from './src/api/client.ts'
import { isMockUserId, MOCK_USER_IDS } from './mocks/data/users.ts'

const require = createRequire(import.meta.url)

/**
 * msw's service worker script, served in dev and emitted only into builds with the mock backend on, so that a
 * production build (mocks off) carries no msw byte, not even in public/.
 */
function mockServiceWorker(enabled: boolean): Plugin {
  const script = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8')
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      if (!enabled) return
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.end(script())
      })
    },
    generateBundle() {
      if (enabled) this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: script() })
    },
  }
}

/** Where index.html's page shell goes: the only thing inside its #root. */
export const PAGE_SHELL = '<!--page-shell-->'

/** index.html with the page shell's markup in place of its placeholder. */
export function withPageShell(html: string, shell: string): string {
  const parts = html.split(PAGE_SHELL)
  if (parts.length !== 2) throw new Error(`index.html must hold ${PAGE_SHELL} once, inside #root`)
  return parts.join(shell)
}

/**
 * index.html's page shell is rendered from src/app/PageShell.tsx (the app's PageSkeleton, react-dom/server), so the
 * page before any script and the app's own skeleton cannot differ. Static markup only, no script and no inline style,
 * so the CSP is unchanged. In dev the dev server loads it (an edit shows on reload). A build renders it in a process
 * of its own (scripts/pageShell.tsx): React picks its development or production build by NODE_ENV when first loaded,
 * and a build run where React is loaded already (the bundle test builds inside vitest) would render with one of each.
 */
export function pageShell(): Plugin {
  let root = process.cwd()
  const devShell = async (server: ViteDevServer) => {
    const shell = (await server.ssrLoadModule('/src/app/PageShell.tsx')) as { PageShell: typeof PageShell }
    return renderToStaticMarkup(createElement(shell.PageShell))
  }
  const buildShell = () =>
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/pageShell.tsx')], {
      cwd: root,
      encoding: 'utf8',
    })
  return {
    name: 'page-shell',
    configResolved(config) {
      root = config.root
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html, ctx) {
        return withPageShell(html, ctx.server ? await devShell(ctx.server) : buildShell())
      },
    },
  }
}

/** The chunk whose facade is this module (a path from the project's root), or an error naming the plugin. */
function chunkOf(bundle: Rolldown.OutputBundle, module: string, plugin: string): Rolldown.OutputChunk {
  for (const c of Object.values(bundle)) {
    if (c.type === 'chunk' && c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`)) return c
  }
  throw new Error(`${plugin}: no chunk for ${module}`)
}

/** The files of the bundle's entry chunks. */
function entryFiles(bundle: Rolldown.OutputBundle): string[] {
  return Object.values(bundle).flatMap((c) => (c.type === 'chunk' && c.isEntry ? [c.fileName] : []))
}

/** These chunks' files and those of every chunk they import statically, transitively: what running them loads. */
function staticClosure(bundle: Rolldown.OutputBundle, files: Iterable<string>): Set<string> {
  const into = new Set<string>()
  const visit = (file: string) => {
    if (into.has(file)) return
    into.add(file)
    const chunk = bundle[file]
    if (chunk?.type === 'chunk') for (const f of chunk.imports) visit(f)
  }
  for (const f of files) visit(f)
  return into
}

/** The modules whose chunks index.html preloads beside the entry (preloadApp). */
const PRELOADED = ['src/app/prefetch.ts', 'src/app/boot.tsx']

/**
 * index.html preloads the app's code (src/app/prefetch.ts's and src/app/boot.tsx's chunks and what they import) beside
 * the entry. The entry asks /me and /meta as its first act and then imports the rest dynamically, so that its requests
 * go out before that code has arrived; without the preload the code would be asked for only once the entry has
 * arrived and run. The panels' chunk is left out on purpose: on a slow link it would share the bandwidth with the
 * headline figures' code.
 */
function preloadApp(entries = PRELOADED): Plugin {
  let base = '/'
  return {
    name: 'preload-app',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle
        if (!bundle) return
        const loaded = staticClosure(bundle, entryFiles(bundle))
        const files = staticClosure(
          bundle,
          entries.map((entry) => chunkOf(bundle, entry, 'preload-app').fileName),
        )
        return [...files]
          .filter((f) => !loaded.has(f))
          .map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: base + f },
            injectTo: 'head' as const,
          }))
      },
    },
  }
}

/**
 * Every chunk the first view runs (the entry, the preloaded app, the panels, and what they import) starts with V8's
 * explicit compile hint, `//# allFunctionsCalledOnLoad` (Chromium 136 on; other engines read a comment). V8 then
 * compiles all of the file's functions as it streams the file in, off the main thread, rather than each one on the
 * main thread the first time it is called: that lazy compiling was a large part of the first view's long tasks (the
 * first render, each chart's first Recharts layout). Measured on the live build, 8 cold loads each in turn: the
 * longest main-thread task fell from a median of 186 ms to 111 ms (issue 25). The chunks that only an export loads
 * (docx, the workbook, the PNG's) are left lazy. The line is added after minification, before the files are written,
 * and a source map, when the build makes one, is moved down one line to match.
 */
function eagerCompileHint(entries = [...PRELOADED, 'src/app/panels.ts']): Plugin {
  return {
    name: 'eager-compile-hint',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const modules = entries.map((entry) => chunkOf(bundle, entry, 'eager-compile-hint').fileName)
        for (const file of staticClosure(bundle, [...entryFiles(bundle), ...modules])) {
          const chunk = bundle[file]
          if (chunk?.type !== 'chunk') continue
          chunk.code = `${EAGER_COMPILE_HINT}\n${chunk.code}`
          // its source map (emitted already, beside it) one line down: an empty first line of mappings
          const map = bundle[`${file}.map`]
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string }
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` })
          }
        }
      },
    },
  }
}

/** V8's explicit compile hint for a whole file; it must be the file's first line. */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/**
 * A live build's index.html preloads what every load asks first (/me and /meta, src/api/client.ts ASKED_FIRST), so
 * the requests leave while the HTML is parsed instead of once the entry module has arrived and run; the entry's
 * `askFirst` then takes the preloaded answers (the same URL, CORS mode and credentials: `as="fetch"` with
 * `crossorigin`). Not with the mock backend on: its service worker is not running yet at that point.
 */
function preloadFirstAnswers(env: Record<string, string>): Plugin {
  return {
    name: 'preload-first-answers',
    apply: 'build',
    transformIndexHtml() {
      if (env.VITE_API_MOCKING === 'true') return
      return ASKED_FIRST.map((path) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: true, href: apiBaseFrom(env.VITE_API_BASE_URL) + path },
        injectTo: 'head' as const,
      }))
    },
  }
}

/**
 * The headers `vite preview` serves a build with: the production ones (deploy/csp.ts), their CSP's connect-src naming
 * the backend that build calls. That is read from the build itself (its index.html preloads /me and /meta from it),
 * so a build made with VITE_API_BASE_URL is served right by a `vite preview` run without it; VITE_API_BASE_URL
 * serves only for a build that names no backend. A preview given another base than its build was made with says so:
 * the page calls the one it was built with.
 */
export function previewHeaders(
  indexHtml: string | null,
  envBase: string | undefined,
): { headers: Record<string, string>; warning?: string } {
  const built = indexHtml === null ? null : apiBaseOfBuild(indexHtml)
  const headers = securityHeaders({ apiBaseUrl: built ?? envBase })
  const [builtOrigin, envOrigin] = [apiOrigin(built ?? undefined), apiOrigin(envBase)]
  const warning =
    built !== null && envBase && envOrigin !== builtOrigin
      ? `This build calls the backend at ${built || 'its own origin'}, not VITE_API_BASE_URL=${envBase}: ` +
        `the preview's Content-Security-Policy allows ${builtOrigin ?? "'self'"}, which the build calls.`
      : undefined
  return { headers, warning }
}

/** `vite preview` with the headers above, read from the build it serves when it starts. */
function previewSecurityHeaders(envBase: string | undefined): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      const index = resolve(server.config.root, server.config.build.outDir, 'index.html')
      const { headers, warning } = previewHeaders(existsSync(index) ? readFileSync(index, 'utf8') : null, envBase)
      if (warning) server.config.logger.warn(warning)
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
        next()
      })
    },
  }
}

/** The VITE_ variables there are: those `.env.example` documents (it must document every one). */
export function knownViteVariables(envExample = readFileSync(join(process.cwd(), '.env.example'), 'utf8')) {
  // VITE_USER_NODE_ENV is Vite's own: it carries a NODE_ENV set in a .env file.
  return [...envExample.matchAll(/^\s*(VITE_[A-Z0-9_]+)\s*=/gm)].map((m) => m[1]).concat('VITE_USER_NODE_ENV')
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    row = next
  }
  return row[b.length]
}

/**
 * What is wrong with the VITE_ variables of a build, each said so that it can be fixed: they end up in the bundle,
 * so a typo would otherwise ship silently (a misspelt name is simply unset: the app would call its own origin; a
 * malformed base URL or timeout fails at run time, in front of users).
 */
export function viteEnvProblems(env: Record<string, string>, known = knownViteVariables()): string[] {
  const problems: string[] = []
  for (const name of Object.keys(env)) {
    if (known.includes(name)) continue
    const near = known.find((k) => editDistance(k, name) <= 3)
    problems.push(
      `${name} is not a variable the app reads${near ? ` (did you mean ${near}?)` : ''}. ` +
        `The variables are those in .env.example: ${known.join(', ')}.`,
    )
  }
  const mocking = env.VITE_API_MOCKING
  if (mocking && mocking !== 'true' && mocking !== 'false') {
    problems.push(`VITE_API_MOCKING must be true or false (or unset), not ${JSON.stringify(mocking)}.`)
  }
  const timeout = env.VITE_API_TIMEOUT_MS
  if (timeout && !(/^\d+$/.test(timeout.trim()) && Number(timeout) > 0)) {
    problems.push(
      `VITE_API_TIMEOUT_MS must be a positive whole number of milliseconds (e.g. 15000), not ${JSON.stringify(timeout)}.`,
    )
  }
  const user = env.VITE_MOCK_USER
  if (user && !isMockUserId(user)) {
    problems.push(
      `VITE_MOCK_USER must be one of the mock backend's users (${MOCK_USER_IDS.join(', ')}), not ${JSON.stringify(user)}.`,
    )
  }
  const issuer = env.VITE_ISSUING_UNIT
  if (issuer) {
    const problem = issuerProblem(issuer)
    if (problem) problems.push(`VITE_ISSUING_UNIT ${JSON.stringify(issuer)} ${problem}`)
  }
  for (const name of ['VITE_API_BASE_URL', 'VITE_LOGIN_URL'] as const) {
    const value = env[name]
    if (!value) continue
    const problem = urlProblem(value, name === 'VITE_API_BASE_URL')
    if (problem) problems.push(`${name} ${JSON.stringify(value)} ${problem}`)
  }
  return problems
}

/** At most this many characters in each name of the issuing unit: the masthead gives it one line beside the date. */
const MAX_ISSUER = 40

/** Why the issuing unit's setting is unusable, or null: a name, or the Chinese and English names around one `|`. */
function issuerProblem(value: string): string | null {
  const use = 'Give the unit’s Chinese name, or its Chinese and English names separated by | (中文名称|English name).'
  const parts = value.split('|').map((p) => p.trim())
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return `contains a control character or line break. ${use}`
  if (parts.length > 2) return `has ${parts.length} names; it takes one or two. ${use}`
  if (!parts[0]) return `has no Chinese name. ${use}`
  if (parts.some((p) => p.length > MAX_ISSUER)) return `has a name longer than ${MAX_ISSUER} characters. ${use}`
  return null
}

/** Why a base URL (or sign-in URL) is unusable, or null: an absolute http(s) URL, or a path on the page's origin. */
function urlProblem(value: string, isApiBase: boolean): string | null {
  const use = isApiBase
    ? 'Use the backend’s absolute URL without /api/v1 (https://jyfb-api.example.gov.cn), a path on this origin ' +
      '(/backend), or leave it empty for this origin.'
    : 'Use an absolute http(s) URL or a path on this origin, or leave it empty.'
  if (/\s/.test(value)) return `contains white space. ${use}`
  if (value.startsWith('//')) return `has no scheme. ${use}`
  let url: URL
  try {
    url = new URL(value, 'http://this-origin.invalid')
  } catch {
    return `is not a URL. ${use}`
  }
  if (!value.startsWith('/') && !/^https?:\/\/[^/]/i.test(value)) return `is not an http(s) URL. ${use}`
  if (url.username || url.password) return `carries a user name or password, which would ship in the bundle. ${use}`
  if (isApiBase && (url.search || url.hash)) return `has a query or fragment. ${use}`
  if (isApiBase && /\/api\/v1\/?$/.test(url.pathname)) return `ends with /api/v1, which the app adds itself. ${use}`
  return null
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const problems = viteEnvProblems(env)
  if (problems.length > 0) {
    throw new Error(`The build's VITE_ variables are wrong:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`)
  }
  return {
    plugins: [
      react(),
      pageShell(),
      mockServiceWorker(env.VITE_API_MOCKING === 'true'),
      preloadApp(),
      preloadFirstAnswers(env),
      // The production headers (deploy/csp.ts; nginx sends the same), so every test of a built app runs under the CSP;
      // connect-src names the backend the served build calls.
      previewSecurityHeaders(env.VITE_API_BASE_URL),
      eagerCompileHint(),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      // The modules on the headline figures' path that the panels share, in two chunks named here rather than in
      // the dozen Rolldown cuts them into by who imports what (every new importer reshuffled them): the API layer the
      // boot requests need (every resource's: the first view asks them all at once), and the words, formats, view and rules the KPI cards and every panel use. Fewer, larger
      // chunks compress better: the critical path went from 109.8 to 107.2 KiB gzip, the first view from 1.349 to
      // 1.335 × the floor (issue 25). Only modules the headline figures load belong here; the budget test fails when
      // panel code reaches the critical path.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                name: 'api',
                test: /src\/api\/[^/]+\.ts$|node_modules\/valibot/,
              },
              {
                name: 'core',
                test: /src\/(lib\/(messages|format|grammar|defineMessages|names|view|viewProps|scope|filterSummary|LangContext|errors|attentionRules|reports|reportsText|stats)|panel\/(messages|panelRegistry|usePanelState|PanelMessages|anchor)|export\/(messages|dashboardLayout)|features\/kpis\/messages|app\/messages)\.tsx?$/,
              },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      restoreMocks: true,
      // the integration tests render the whole dashboard; on a busy 2-core machine one can take more than 5 s
      testTimeout: 15_000,
    },
  }
})
