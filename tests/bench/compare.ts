/**
 * `npm run bench:compare -- [ref]`: this checkout beside another commit (8f6009d by default, the last with the
 * hand-written SVG charts; issue 22 item 6), measured in one run on the same machine, the two builds interleaved
 * (A, B, A, B …) so that whatever else the machine is doing weighs on both alike. Writes
 * tests/bench/results/compare.{json,md}.
 *
 * The other commit is checked out in a temporary `git worktree`. Its node_modules is this checkout's (a symlink) when
 * the two lockfiles differ in nothing but recharts and the packages it pulls in (and the ref's src does not
 * import recharts, or imports the same version); otherwise the worktree gets its own `npm ci`. Both are built and
 * served as the bench serves its live build (servers.ts serveLive: the production build by nginx with
 * deploy/nginx.conf, the mock backend of the same checkout in its own process), and measured with the bench's own
 * functions: browser.ts (a data-set run: cold and warm loads, PNG exports, tabs, keyboard filter changes, both
 * rounds of filter changes; a throttled first visit), lighthouse.ts, bundle.ts (the floor, react + react-dom +
 * react-query + recharts, is this checkout's, one reference for both).
 *
 * BENCH_RUNS (5): data-set runs per build. BENCH_THROTTLED_RUNS (min(runs, 3)): throttled first visits per build.
 * BENCH_LIGHTHOUSE_RUNS (3; 0 skips): Lighthouse runs per build and preset. BENCH_COMPARE_PORT (9500): the four ports
 * from it on (the ref's nginx and mock backend, then this checkout's), away from the bench's 4191–4193 and the
 * end-to-end tests' ports. `--labels A,B` names the columns (default: hand-written,Recharts); `--report` only writes
 * compare.md again from compare.json.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  dataSetReport,
  dataSetRun,
  newDataSetSamples,
  throttledLoadRun,
  throttledReport,
  type DataSetReport,
  type DataSetSamples,
  type ThrottledReport,
  type ThrottledSamples,
} from './browser'
import { BUNDLE_BUDGET, measureBundles, type BundleReport, type Chunk } from './bundle'
import {
  lighthouseReport,
  lighthouseRun,
  newLighthouseSamples,
  type LighthouseReport,
  type LighthouseSamples,
  type Preset,
} from './lighthouse'
import { CHANGES, CHARTS } from './page'
import { ROOT, serveLive, type Served } from './servers'
import { round, stats, type Stats } from './stats'

const DEFAULT_REF = '8f6009d'
const args = process.argv.slice(2)
/** `--report`: only write compare.md again from compare.json */
const REPORT_ONLY = args.includes('--report') && args.splice(args.indexOf('--report'), 1).length > 0
const labelsAt = args.indexOf('--labels')
const LABELS = (labelsAt >= 0 ? args.splice(labelsAt, 2)[1] : 'hand-written,Recharts').split(',') as [string, string]
const REF = args[0] ?? DEFAULT_REF
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const THROTTLED_RUNS = Number(process.env.BENCH_THROTTLED_RUNS ?? Math.min(RUNS, 3))
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
const PORT = Number(process.env.BENCH_COMPARE_PORT ?? 9500)
const PRESETS: Preset[] = ['mobile', 'desktop']
const OUT = join(ROOT, 'tests/bench/results')

/** issue 22's budgets for the swap */
export const COMPARE_BUDGETS = { interactionP95Ms: 100, criticalKiB: 110, firstViewRatio: 1.2, exportPngMs: 250 }

const git = (...a: string[]) => execFileSync('git', ['-C', ROOT, ...a], { encoding: 'utf8' }).trim()

// ---------------------------------------------------------------------------------------------------------------
// The lockfiles: can the ref borrow this checkout's node_modules?

interface LockPackage {
  version?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  [key: string]: unknown
}
interface Lock {
  packages: Record<string, LockPackage>
}

/** The package a lockfile key installs (`node_modules/a/node_modules/@b/c` → `@b/c`). */
const nameOf = (key: string) => key.replace(/^.*node_modules\//, '')

/** The lockfile key that `dep`, required from `from`, resolves to (node's lookup: nearest node_modules up). */
function resolveKey(lock: Lock, from: string, dep: string): string | undefined {
  let base = from
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${dep}`
    if (lock.packages[key]) return key
    if (!base) return undefined
    const at = base.lastIndexOf('/node_modules/')
    base = at < 0 ? '' : base.slice(0, at)
  }
}

/** recharts and every package it pulls in (dependencies and optional ones, transitively), by name. */
export function rechartsFamily(lock: Lock): Set<string> {
  const names = new Set<string>()
  const seen = new Set<string>()
  const visit = (key: string | undefined) => {
    if (!key || seen.has(key)) return
    seen.add(key)
    names.add(nameOf(key))
    const p = lock.packages[key]
    for (const dep of Object.keys({ ...p.dependencies, ...p.optionalDependencies })) visit(resolveKey(lock, key, dep))
  }
  visit(resolveKey(lock, '', 'recharts'))
  return names
}

/**
 * The lockfile entries that differ between `a` and `b` once recharts' family is set aside: the root's dependencies
 * compared as one list (a move between dependencies and devDependencies changes no installed file), and each
 * package's `dev`/`devOptional`/`peer` flags ignored (they say why a package is there, not what is installed).
 */
export function lockDifferences(a: Lock, b: Lock): { differing: string[]; family: Set<string> } {
  const family = new Set([...rechartsFamily(a), ...rechartsFamily(b)])
  const normal = (key: string, p: LockPackage | undefined) => {
    if (!p) return null
    const rest: LockPackage = { ...p }
    for (const flag of ['dev', 'devOptional', 'peer']) delete rest[flag]
    if (key !== '') return JSON.stringify(rest)
    const deps = Object.fromEntries(
      Object.entries({ ...p.dependencies, ...p.devDependencies })
        .filter(([name]) => !family.has(name))
        .sort(([x], [y]) => x.localeCompare(y)),
    )
    return JSON.stringify({ ...rest, dependencies: deps, devDependencies: undefined })
  }
  const keys = new Set([...Object.keys(a.packages), ...Object.keys(b.packages)])
  const differing = [...keys].filter(
    (key) => normal(key, a.packages[key]) !== normal(key, b.packages[key]) && !(key && family.has(nameOf(key))),
  )
  return { differing, family }
}

/** A worktree of `sha` with node_modules: this checkout's when the lockfiles allow it, else its own `npm ci`. */
function worktree(sha: string, cleanups: (() => void)[]): { dir: string; modules: string } {
  const dir = mkdtempSync(join(tmpdir(), `eam-compare-${sha.slice(0, 7)}-`))
  git('worktree', 'add', '--detach', dir, sha)
  cleanups.push(() => {
    const link = join(dir, 'node_modules')
    // the symlink first, so that nothing can follow it into this checkout's node_modules
    if (existsSync(link)) rmSync(link, { recursive: false, force: true })
    git('worktree', 'remove', '--force', dir)
  })
  const theirs = JSON.parse(git('show', `${sha}:package-lock.json`)) as Lock
  const ours = JSON.parse(git('show', 'HEAD:package-lock.json')) as Lock
  const { differing } = lockDifferences(theirs, ours)
  const imports = importsRecharts(sha)
  const sameRecharts =
    theirs.packages['node_modules/recharts']?.version === ours.packages['node_modules/recharts']?.version
  if (differing.length === 0 && (!imports || sameRecharts)) {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
    return {
      dir,
      modules: `this checkout's node_modules (symlinked): the lockfiles differ only in recharts and its own dependencies (recharts ${theirs.packages['node_modules/recharts']?.version ?? 'absent'} → ${ours.packages['node_modules/recharts']?.version}), which ${sha.slice(0, 7)}'s src does not import`,
    }
  }
  console.log(`compare: the lockfiles differ (${differing.slice(0, 5).join(', ')}…): npm ci in ${dir}`)
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' })
  return { dir, modules: `its own npm ci (lockfiles differ beyond recharts: ${differing.slice(0, 10).join(', ')})` }
}

/** The last commit up to `sha` that changed what a build is made of, as `abc1234 (subject)`. */
function appCommit(sha: string): string {
  const [hash, subject] = git(
    'log',
    '-1',
    '--format=%h%n%s',
    sha,
    '--',
    'src',
    'index.html',
    'public',
    'vite.config.ts',
    'package-lock.json',
  ).split('\n')
  return `${hash} (${subject.length > 80 ? `${subject.slice(0, 79)}…` : subject})`
}

/** Whether the commit's src imports recharts (git grep exits 1 when nothing matches). */
function importsRecharts(sha: string): boolean {
  try {
    return git('grep', '-l', "from 'recharts'", sha, '--', 'src').length > 0
  } catch (error) {
    if ((error as { status?: number }).status === 1) return false
    throw error
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring

interface Side {
  label: string
  commit: string
  subject: string
  /** the last commit up to `commit` that changed what is built (src, index.html, public, vite.config.ts, the lockfile) */
  app: string
  bundle: BundleReport
  dataSet: DataSetReport
  throttled: ThrottledReport
  lighthouse: LighthouseReport[]
}

export interface CompareReport {
  date: string
  machine: { cores: number; loadavg: { start: number[]; end: number[]; samples1m: Stats } }
  runs: number
  throttledRuns: number
  lighthouseRuns: number
  minutes: number
  nodeModules: string
  rechartsFamily: string[]
  sides: [Side, Side]
  /** what the person who ran it saw and the figures do not say (added to compare.json by hand; `--report` prints them) */
  notes?: string[]
}

const loadSamples: number[] = []
const sampleLoad = () => loadSamples.push(loadavg()[0])

const minutesSince = (t0: number) => round((Date.now() - t0) / 60_000, 1)

async function main() {
  const t0 = Date.now()
  const startLoad = loadavg()
  const refSha = git('rev-parse', '--verify', `${REF}^{commit}`)
  const headSha = git('rev-parse', 'HEAD')
  const dirty = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'index.html', 'vite.config.ts')
  const cleanups: (() => void)[] = []
  const servers: Served[] = []
  const cleanUp = async () => {
    for (const s of servers.splice(0)) await s.close().catch((e: unknown) => console.error(e))
    for (const c of cleanups.splice(0).reverse()) {
      try {
        c()
      } catch (e) {
        console.error(e)
      }
    }
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanUp().then(() => process.exit(130)))
  }
  const timer = setInterval(sampleLoad, 10_000)
  sampleLoad()
  try {
    console.log(
      `compare: ${REF} (${refSha.slice(0, 7)}) beside this checkout (${headSha.slice(0, 7)}${dirty ? ', modified' : ''})`,
    )
    const wt = worktree(refSha, cleanups)
    console.log(`compare: ${wt.dir}: ${wt.modules}`)

    console.log(`bundle: both builds, and the floor… (${minutesSince(t0)} min)`)
    const bundles = [await measureBundles(wt.dir), await measureBundles(ROOT)] as const

    console.log(`browser: building and serving both live builds… (${minutesSince(t0)} min)`)
    const sha = [refSha, headSha].map((s) => s.slice(0, 7))
    // each pushed as soon as it serves, so that the first is stopped if the second cannot start
    servers.push(await serveLive({}, { root: wt.dir, dir: `compare-${sha[0]}`, port: PORT, apiPort: PORT + 1 }))
    servers.push(await serveLive({}, { root: ROOT, dir: `compare-${sha[1]}`, port: PORT + 2, apiPort: PORT + 3 }))
    const urls = servers.map((s) => s.url)

    const dataSets: DataSetSamples[] = [newDataSetSamples(), newDataSetSamples()]
    const throttled: ThrottledSamples[] = [
      { headline: [], ready: [] },
      { headline: [], ready: [] },
    ]
    for (let run = 0; run < Math.max(RUNS, THROTTLED_RUNS); run += 1) {
      for (const side of [0, 1]) {
        if (run >= RUNS) continue
        console.log(
          `browser: run ${run + 1}/${RUNS}, ${LABELS[side]} (${minutesSince(t0)} min, load ${loadavg()[0].toFixed(2)})`,
        )
        await dataSetRun(urls[side], '', dataSets[side])
      }
      for (const side of [0, 1]) {
        if (run >= THROTTLED_RUNS) continue
        console.log(`browser: throttled first visit ${run + 1}/${THROTTLED_RUNS}, ${LABELS[side]}`)
        await throttledLoadRun(urls[side], throttled[side])
      }
    }

    const lighthouse: LighthouseSamples[][] = [0, 1].map(() => PRESETS.map(newLighthouseSamples))
    for (let run = 0; run < LIGHTHOUSE_RUNS; run += 1) {
      for (const [p, preset] of PRESETS.entries()) {
        for (const side of [0, 1]) {
          console.log(
            `lighthouse: ${preset} ${run + 1}/${LIGHTHOUSE_RUNS}, ${LABELS[side]} (${minutesSince(t0)} min, load ${loadavg()[0].toFixed(2)})`,
          )
          await lighthouseRun(`${urls[side]}/`, lighthouse[side][p])
        }
      }
    }
    clearInterval(timer)
    sampleLoad()

    const subject = (s: string) => git('log', '-1', '--format=%s', s).slice(0, 120)
    const report: CompareReport = {
      date: new Date(t0).toISOString(),
      machine: {
        cores: availableParallelism(),
        loadavg: {
          start: startLoad.map((x) => round(x, 2)),
          end: loadavg().map((x) => round(x, 2)),
          samples1m: stats(loadSamples),
        },
      },
      runs: RUNS,
      throttledRuns: THROTTLED_RUNS,
      lighthouseRuns: LIGHTHOUSE_RUNS,
      minutes: minutesSince(t0),
      nodeModules: wt.modules,
      rechartsFamily: [...rechartsFamily(JSON.parse(git('show', 'HEAD:package-lock.json')) as Lock)].sort(),
      sides: [0, 1].map((side) => ({
        label: LABELS[side],
        commit: [refSha, headSha][side] + (side === 1 && dirty ? ' (modified)' : ''),
        subject: subject([refSha, headSha][side]),
        app: appCommit([refSha, headSha][side]),
        bundle: bundles[side],
        dataSet: dataSetReport(dataSets[side]),
        throttled: throttledReport(throttled[side]),
        lighthouse: lighthouse[side].map(lighthouseReport),
      })) as [Side, Side],
    }
    mkdirSync(OUT, { recursive: true })
    writeFileSync(join(OUT, 'compare.json'), JSON.stringify(report, null, 2) + '\n')
    const md = compareMarkdown(report)
    writeFileSync(join(OUT, 'compare.md'), md)
    console.log('\n' + md)
  } finally {
    clearInterval(timer)
    await cleanUp()
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The report

/** A chunk's name without its content hash (`assets/panels-CxNO0gkS.js` → `panels`). */
const chunkName = (c: Chunk) => c.file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '')

/** Where the family's code is, and whether that is where the budget allows it: the panels' chunk alone. */
function rechartsPlacement(b: BundleReport, family: Set<string>) {
  const holding = b.chunks.filter((c) => c.packages.some((p) => family.has(p)))
  const critical = holding.filter((c) => c.critical)
  return {
    chunks: holding.map(chunkName),
    held: critical.length === 0 && holding.every((c) => chunkName(c) === 'panels'),
  }
}

export function compareMarkdown(r: CompareReport): string {
  const [A, B] = r.sides
  const family = new Set(r.rechartsFamily)
  const kib = (bytes: number) => round(bytes / 1024, 1)
  const held = (ok: boolean) => (ok ? 'held' : '**missed**')
  const both = (ok: (s: Side) => boolean) => `${held(ok(A))} / ${held(ok(B))}`
  const ratio = (a: number, b: number) =>
    Number.isFinite(a) && Number.isFinite(b) && a !== 0 ? `${round(b / a, 2)}×` : 'n/a'
  const rows: string[] = []
  /** a row from one statistic of each side; `show` writes a cell, `key` is the number the ratio divides */
  const row = (label: string, pick: (s: Side) => Stats, key: 'median' | 'p95', budget = '', d = 0) => {
    const cell = (s: Stats) =>
      s.n === 0
        ? 'n/a'
        : key === 'p95'
          ? `p95 ${round(s.p95, d)} (median ${round(s.median, d)})`
          : `${round(s.median, d)} (${round(s.min, d)}–${round(s.max, d)})`
    const [a, b] = [pick(A), pick(B)]
    rows.push(`| ${label} | ${cell(a)} | ${cell(b)} | ${ratio(a[key], b[key])} | ${budget} |`)
  }
  const plain = (label: string, a: string, b: string, ratioCell: string, budget = '') =>
    rows.push(`| ${label} | ${a} | ${b} | ${ratioCell} | ${budget} |`)

  const n = (s: Side) => s.dataSet
  const ip95 = (s: Side) => n(s).interactionMs.all.p95
  row(
    `filter change → all panels show the new view, views seen before (data cached), ms (${CHANGES} × ${r.runs})`,
    (s) => n(s).filterChangeSeenMs,
    'p95',
    'bench: p95 ≤ 50: ' + both((s) => n(s).filterChangeSeenMs.p95 <= 50),
  )
  row(
    `filter change → all panels show the new view, new views (data fetched), ms`,
    (s) => n(s).filterChangeMs,
    'p95',
    'bench: p95 ≤ 50: ' + both((s) => n(s).filterChangeMs.p95 <= 50),
  )
  row('interaction latency, filter change (keyboard), ms', (s) => n(s).interactionMs.filter, 'p95')
  row('interaction latency, Regions tab (click), ms', (s) => n(s).interactionMs.tab, 'p95')
  row('interaction latency, Export PNG (click), ms', (s) => n(s).interactionMs.export, 'p95')
  row(
    'interaction latency, all of the above, ms',
    (s) => n(s).interactionMs.all,
    'p95',
    `p95 ≤ ${COMPARE_BUDGETS.interactionP95Ms}: ${both((s) => ip95(s) <= COMPARE_BUDGETS.interactionP95Ms)}`,
  )
  row('headline figures on screen, cold (new profile), ms', (s) => n(s).cold.headlineMs, 'median')
  row('all panels drawn, cold (new profile), ms', (s) => n(s).cold.readyMs, 'median')
  row('all panels drawn, warm (reload), ms', (s) => n(s).warm.readyMs, 'median')
  row('LCP, cold, ms', (s) => n(s).cold.lcpMs, 'median')
  row('total blocking time, cold, ms', (s) => n(s).cold.tbtMs, 'median')
  row(
    `slow 4G + 4× CPU, first visit: headline figures, ms (${r.throttledRuns} runs)`,
    (s) => s.throttled.headlineMs,
    'median',
  )
  row('slow 4G + 4× CPU, first visit: all panels drawn, ms', (s) => s.throttled.readyMs, 'median')
  for (const chart of CHARTS) {
    row(
      `PNG export, ${chart}, click → download, ms`,
      (s) => n(s).exportPngMs[chart],
      'median',
      `≤ ${COMPARE_BUDGETS.exportPngMs}: ${both((s) => n(s).exportPngMs[chart].median <= COMPARE_BUDGETS.exportPngMs)}`,
    )
  }
  plain(
    'JS heap after load, MB (of which compiled code), first run',
    `${round(n(A).heap.afterLoad.usedMB)} (${round(n(A).heap.afterLoad.codeMB)})`,
    `${round(n(B).heap.afterLoad.usedMB)} (${round(n(B).heap.afterLoad.codeMB)})`,
    ratio(n(A).heap.afterLoad.usedMB, n(B).heap.afterLoad.usedMB),
  )
  for (const [p, preset] of PRESETS.entries()) {
    const lh = (s: Side) => s.lighthouse[p]
    const runs = `${lh(A).runs}+${lh(B).runs} runs`
    row(`Lighthouse ${preset}: performance score (${runs})`, (s) => lh(s).scores.performance, 'median')
    row(`Lighthouse ${preset}: LCP, ms (simulated)`, (s) => lh(s).metrics.lcp, 'median')
    row(`Lighthouse ${preset}: TBT, ms (simulated)`, (s) => lh(s).metrics.tbt, 'median')
  }
  const fv = (s: Side) => s.bundle.firstViewGzip / s.bundle.floorGzip
  plain(
    `first-view JS, KiB gzip (× the floor, ${kib(B.bundle.floorGzip)} KiB: react, react-dom, react-query, recharts)`,
    `${kib(A.bundle.firstViewGzip)} (${round(fv(A), 3)}×)`,
    `${kib(B.bundle.firstViewGzip)} (${round(fv(B), 3)}×)`,
    ratio(A.bundle.firstViewGzip, B.bundle.firstViewGzip),
    `≤ ${COMPARE_BUDGETS.firstViewRatio} × floor: ${both((s) => fv(s) <= COMPARE_BUDGETS.firstViewRatio)} (CI gate today: ${BUNDLE_BUDGET.ratio})`,
  )
  plain(
    'critical-path JS (before the headline figures), KiB gzip',
    `${kib(A.bundle.criticalGzip)}`,
    `${kib(B.bundle.criticalGzip)}`,
    ratio(A.bundle.criticalGzip, B.bundle.criticalGzip),
    `≤ ${COMPARE_BUDGETS.criticalKiB}: ${both((s) => s.bundle.criticalGzip / 1024 <= COMPARE_BUDGETS.criticalKiB)}`,
  )
  const placed = [A, B].map((s) => rechartsPlacement(s.bundle, family))
  plain(
    'chunks holding recharts or its dependencies',
    placed[0].chunks.join(', ') || 'none',
    placed[1].chunks.join(', ') || 'none',
    '',
    `the panels' chunk only, none on the critical path: ${held(placed[0].held)} / ${held(placed[1].held)}`,
  )
  plain(
    'all JS, KiB gzip (chunks)',
    `${kib(A.bundle.totalGzip)} (${A.bundle.chunks.length})`,
    `${kib(B.bundle.totalGzip)} (${B.bundle.chunks.length})`,
    ratio(A.bundle.totalGzip, B.bundle.totalGzip),
  )

  // Where the bytes went: each chunk by name, both sides.
  const byName = (s: Side) => new Map(s.bundle.chunks.map((c) => [chunkName(c), c]))
  const [ca, cb] = [byName(A), byName(B)]
  const names = [...new Set([...ca.keys(), ...cb.keys()])].sort(
    (x, y) =>
      Math.abs((cb.get(y)?.gzip ?? 0) - (ca.get(y)?.gzip ?? 0)) -
      Math.abs((cb.get(x)?.gzip ?? 0) - (ca.get(x)?.gzip ?? 0)),
  )
  const where = (c: Chunk | undefined) =>
    !c ? '' : c.critical ? ' (critical path)' : c.firstView ? ' (first view)' : ' (on demand)'
  const chunkRows = names.map((name) => {
    const [a, b] = [ca.get(name), cb.get(name)]
    const added = (b?.packages ?? []).filter((p) => !(a?.packages ?? []).includes(p))
    const delta = (b?.gzip ?? 0) - (a?.gzip ?? 0)
    return `| ${name}${where(b ?? a)} | ${a ? kib(a.gzip) : '—'} | ${b ? kib(b.gzip) : '—'} | ${delta >= 0 ? '+' : ''}${kib(delta)} | ${added.join(', ')} |`
  })

  const load = r.machine.loadavg
  return [
    `# ${A.label} beside ${B.label}: one bench run, interleaved (${r.date.slice(0, 16)})`,
    '',
    ...[A, B].map(
      (s) =>
        `- **${s.label}**: ${s.commit.slice(0, 7)}${s.commit.includes('modified') ? ' (modified)' : ''}; what is built last changed in ${s.app}`,
    ),
    '',
    `Both are the live build (production, no msw) served by nginx with deploy/nginx.conf, each with its own mock`,
    `backend over HTTP, as \`npm run bench\` serves it, and measured by the bench's own code in the same run, the builds`,
    `taking turns: ${r.runs} data-set runs each (${A.label}, ${B.label}, ${A.label} …; each in a new Chromium profile: cold`,
    `load, warm reload, a PNG export per chart, the Regions tabs, keyboard filter changes, then ${CHANGES} filter changes and`,
    `the same ${CHANGES} again), ${r.throttledRuns} throttled first visits each (slow 4G, 4× CPU), Lighthouse ${r.lighthouseRuns} runs per`,
    `preset each, alternating. The ref's node_modules: ${r.nodeModules}. The run took ${r.minutes} min.`,
    '',
    `**Machine**: ${r.machine.cores} cores, shared. Load average (1 min) during the run: median ${round(load.samples1m.median, 2)},`,
    `min ${round(load.samples1m.min, 2)}, max ${round(load.samples1m.max, 2)} (sampled every 10 s); at the start ${load.start.join(' / ')}, at`,
    `the end ${load.end.join(' / ')} (1 / 5 / 15 min). Absolute times are not stable on this machine; the ratios,`,
    'measured in the same run with the builds interleaved, are what to read.',
    '',
    `Medians (min–max), or p95 (median) where the budget is on the p95. Ratio: ${B.label} / ${A.label}, of the figure the`,
    'budget reads (the p95, or the median). Budget cells: ' + `${A.label} / ${B.label}.`,
    '',
    `| measure | ${A.label} | ${B.label} | ratio | budget |`,
    '|---|---|---|---|---|',
    ...rows,
    '',
    ...(r.notes?.length ? ['## Notes on this run', '', ...r.notes.map((x) => `- ${x}`), ''] : []),
    `## Where the bytes land (production build, gzip KiB per chunk)`,
    '',
    `| chunk | ${A.label} | ${B.label} | change | packages new in the chunk |`,
    '|---|---|---|---|---|',
    ...chunkRows,
    '',
  ].join('\n')
}

// run as a script (npm run bench:compare), not when imported for its functions
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    if (REPORT_ONLY) {
      const report = JSON.parse(readFileSync(join(OUT, 'compare.json'), 'utf8')) as CompareReport
      writeFileSync(join(OUT, 'compare.md'), compareMarkdown(report))
    } else await main()
  } catch (error) {
    console.error(error)
    process.exitCode = 1
  }
}
