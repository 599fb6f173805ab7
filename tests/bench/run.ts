/**
 * `npm run bench`: measures the dashboard as its users meet it, in the system Chromium against the demo production
 * build served on localhost, and writes tests/bench/results/latest.{json,md}. Figures are medians with min and
 * max (or p95) over repeated runs, never a single run. Timings are reported, not gated (they depend on the
 * machine); the deterministic budgets gate CI in tests/build/bundle-budget.test.ts and the axe tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { build, preview } from 'vite'
import { startMockApi } from '../../mocks/http-server'
import { CHROMIUM_ARGS, chromiumPath } from '../chromium'
import { measureBundles } from './bundle'

const ROOT = resolve(import.meta.dirname, '../..')
const OUT = join(ROOT, 'tests/bench/results')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const CHANGES = 30
const CHARTS = ['trend', 'targets', 'regions', 'channels'] as const

export interface Stats {
  median: number
  min: number
  max: number
  p95: number
  n: number
}
export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b)
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
  return { median: mid, min: s[0], max: s[s.length - 1], p95: at(0.95), n: s.length }
}

/** Records LCP, CLS and long tasks from the start of the page, and when an export hands over its download. */
const INSTRUMENT = `
  window.__perf = { lcp: 0, cls: 0, longTasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.longTasks.push([e.startTime, e.duration]) }).observe({ type: 'longtask', buffered: true });
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () { if (this.download) { window.__downloaded = performance.now(); return } return click.call(this) };
  // A filter change starts the clock, and the watch for the first frame where no panel is loading or updating (a
  // panel waiting for data is aria-busy from the change's first render on, which happens within the change event).
  document.addEventListener('change', (e) => {
    if (!e.target.closest('.filter-bar')) return;
    const t0 = performance.now();
    window.__update = new Promise((done) => {
      const check = () => (document.querySelector('.skeleton, [aria-busy="true"]') ? requestAnimationFrame(check) : done(performance.now() - t0));
      requestAnimationFrame(check);
    });
  }, true);
`

async function dashboardReady(page: Page) {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.kpi-value').length > 0 &&
      document.querySelectorAll('figure[data-chart] :is(svg.chart-surface, .recharts-wrapper > svg)').length === 4 &&
      document.querySelectorAll('.skeleton').length === 0,
    undefined,
    { timeout: 30_000 },
  )
}

export interface Heap {
  /** V8's used heap after a full collection */
  usedMB: number
  /** of which compiled code (bytecode and machine code), which grows as code first runs and gets optimised */
  codeMB: number
}

/** The heap after two full collections, and how much of it is compiled code (from a heap snapshot). */
async function readHeap(page: Page): Promise<Heap> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk))
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await cdp.detach()
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }
    nodes: number[]
  }
  const fields = snapshot.meta.node_fields
  const [type, size, code] = [
    fields.indexOf('type'),
    fields.indexOf('self_size'),
    snapshot.meta.node_types[0].indexOf('code'),
  ]
  let codeSize = 0
  for (let i = 0; i < nodes.length; i += fields.length) if (nodes[i + type] === code) codeSize += nodes[i + size]
  return { usedMB: usedSize / 2 ** 20, codeMB: codeSize / 2 ** 20 }
}

type Change = { filter: string; value: string }

/** One filter change, timed in the page from the change event to the frame where every panel shows the new view. */
async function timedChange(page: Page, { filter, value }: Change): Promise<number> {
  await page.locator('.filter-bar').getByLabel(filter).selectOption(value)
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        setTimeout(() => {
          const busy = [...document.querySelectorAll('[aria-busy="true"]')].map((e) => e.getAttribute('data-chart'))
          fail(new Error(`still loading or updating after 15 s: ${busy.join(', ')}`))
        }, 15_000)
        void (window as unknown as { __update: Promise<number> }).__update.then(done)
      }),
  )
}

/**
 * The changes a user makes most: every third one the region (which the ranking has cached), the category and the end
 * month (which every panel, the ranking too, must fetch anew). Each changes its filter's value.
 */
async function changePlan(page: Page): Promise<Change[]> {
  const options = (filter: string) =>
    page
      .locator('.filter-bar')
      .getByLabel(filter)
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
  const provinces = (await options('地区')).slice(1)
  const categories = await options('类别')
  const months = (await options('结束月份')).slice(-6).reverse()
  const plan = Array.from({ length: CHANGES }, (_, i) => {
    const n = Math.floor(i / 3)
    if (i % 3 === 0) return { filter: '地区', value: provinces[(n * 7) % provinces.length] }
    if (i % 3 === 1) return { filter: '类别', value: categories[(n + 1) % categories.length] }
    return { filter: '结束月份', value: months[(n + 1) % months.length] }
  })
  // A "change" to the value already set would change nothing and time nothing: the plan must not hold one, in either
  // of the two rounds the heap check runs.
  const state: Record<string, string> = {}
  for (const filter of ['地区', '类别', '结束月份']) {
    state[filter] = await page.locator('.filter-bar').getByLabel(filter).inputValue()
  }
  for (const { filter, value } of [...plan, ...plan]) {
    if (state[filter] === value) throw new Error(`the bench's change plan sets ${filter} to ${value} twice in a row`)
    state[filter] = value
  }
  return plan
}

async function measureDataSet(baseUrl: string, query: string) {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    // --expose-gc so the heap is read after a full collection
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
  })
  const load = { lcp: [] as number[], cls: [] as number[], tbt: [] as number[], ready: [] as number[] }
  const exportMs: Record<string, number[]> = Object.fromEntries(CHARTS.map((c) => [c, []]))
  let changes: number[] = []
  const none = { usedMB: 0, codeMB: 0 }
  const heap = { afterLoad: none, afterChanges: none, afterMoreChanges: none }
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
      await context.addInitScript(INSTRUMENT)
      const page = await context.newPage()
      const started = Date.now()
      await page.goto(`${baseUrl}/${query}`)
      await dashboardReady(page)
      load.ready.push(Date.now() - started)
      await page.waitForTimeout(300)
      const perf = await page.evaluate(
        () => (window as unknown as { __perf: { lcp: number; cls: number; longTasks: [number, number][] } }).__perf,
      )
      load.lcp.push(perf.lcp)
      load.cls.push(perf.cls)
      load.tbt.push(perf.longTasks.reduce((a, [, d]) => a + Math.max(0, d - 50), 0))

      for (const chart of CHARTS) {
        const ms = await page.evaluate(async (c) => {
          const w = window as unknown as { __downloaded?: number }
          w.__downloaded = undefined
          const t0 = performance.now()
          document
            .querySelector<HTMLButtonElement>(`figure[data-chart="${c}"] .panel-toolbar button:nth-last-of-type(2)`)!
            .click()
          while (w.__downloaded === undefined) await new Promise((r) => setTimeout(r, 2))
          return w.__downloaded - t0
        }, chart)
        exportMs[chart].push(ms)
      }

      const plan = await changePlan(page)
      const changeFilters = async (timed: boolean) => {
        for (const change of plan) {
          const ms = await timedChange(page, change)
          if (timed) changes.push(ms)
        }
      }
      if (run === 0) {
        // Playwright's own script (about 0.3 MB) entered the page's heap with the first locator (changePlan): before
        // the baseline.
        heap.afterLoad = await readHeap(page)
        await changeFilters(true)
        heap.afterChanges = await readHeap(page)
        // The same 30 changes again, on warm caches and compiled code: growth here would be a leak.
        await changeFilters(false)
        heap.afterMoreChanges = await readHeap(page)
      } else {
        await changeFilters(true)
      }
      await context.close()
    }
  } finally {
    await browser.close()
  }
  changes = changes.filter((x) => Number.isFinite(x))
  return {
    load: { lcpMs: stats(load.lcp), cls: stats(load.cls), tbtMs: stats(load.tbt), readyMs: stats(load.ready) },
    filterChangeMs: stats(changes),
    exportPngMs: Object.fromEntries(CHARTS.map((c) => [c, stats(exportMs[c])])),
    heap: {
      ...heap,
      growth: heap.afterChanges.usedMB / heap.afterLoad.usedMB - 1,
      /** the growth without compiled code: objects the page keeps (the query cache among them) */
      objectGrowth:
        (heap.afterChanges.usedMB - heap.afterChanges.codeMB) / (heap.afterLoad.usedMB - heap.afterLoad.codeMB) - 1,
      warmGrowth: heap.afterMoreChanges.usedMB / heap.afterChanges.usedMB - 1,
    },
  }
}

const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d
const pct = (x: number) => `${x >= 0 ? '+' : ''}${round(x * 100)}%`
type HeapReport = Awaited<ReturnType<typeof measureDataSet>>['heap']
const mb = (h: Heap) => `${round(h.usedMB)} (${round(h.codeMB)})`
const heapRows = (d: HeapReport[]) => [
  `| JS heap after load, MB (of which compiled code) | ${d.map((h) => mb(h.afterLoad)).join(' | ')} | |`,
  `| JS heap after ${CHANGES} changes: growth, total (objects alone) | ${d.map((h) => `${mb(h.afterChanges)}: ${pct(h.growth)} (${pct(h.objectGrowth)})`).join(' | ')} | reported (warm-up, see below) |`,
  `| JS heap after the same ${CHANGES} changes again: growth (a leak would show here) | ${d.map((h) => `${mb(h.afterMoreChanges)}: ${pct(h.warmGrowth)}`).join(' | ')} | ≤ 10% |`,
]
const fmt = (s: Stats, d = 0) => `${round(s.median, d)} (${round(s.min, d)}–${round(s.max, d)}; p95 ${round(s.p95, d)})`

/** The production build (mocks off) pointed at the mock backend served over HTTP on localhost. */
async function measureLive() {
  const api = await startMockApi({ port: 0 })
  const apiBase = `http://127.0.0.1:${api.port}`
  const outDir = join(ROOT, 'tests/bench/tmp/dist-live')
  process.env.VITE_API_BASE_URL = apiBase
  process.env.VITE_API_MOCKING = 'false'
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } })
    const server = await preview({
      root: ROOT,
      mode: 'production',
      logLevel: 'error',
      build: { outDir },
      preview: { port: 4191, strictPort: true, host: '127.0.0.1' },
    })
    try {
      return await measureDataSet('http://127.0.0.1:4191', '')
    } finally {
      await new Promise<void>((done) => server.httpServer.close(() => done()))
    }
  } finally {
    delete process.env.VITE_API_BASE_URL
    delete process.env.VITE_API_MOCKING
    await api.close()
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  console.log('bundle: building the app and the floor…')
  const bundle = await measureBundles()

  console.log('browser: building the demo production build…')
  const outDir = join(ROOT, 'tests/bench/tmp/dist-demo')
  await build({ root: ROOT, mode: 'demo', logLevel: 'error', build: { outDir, emptyOutDir: true } })
  const server = await preview({
    root: ROOT,
    mode: 'demo',
    logLevel: 'error',
    build: { outDir },
    preview: { port: 4190, strictPort: true, host: '127.0.0.1' },
  })
  const baseUrl = 'http://127.0.0.1:4190'
  try {
    console.log(`browser: demo data set, ${RUNS} runs…`)
    const demo = await measureDataSet(baseUrl, '')
    console.log(`browser: large data set (300 regions × 60 months), ${RUNS} runs…`)
    const large = await measureDataSet(baseUrl, '?mock=large')
    console.log(`browser: live production build against the mock backend over HTTP, ${RUNS} runs…`)
    const live = await measureLive()
    const report = { date: new Date().toISOString(), runs: RUNS, bundle, demo, large, live }
    writeFileSync(join(OUT, 'latest.json'), JSON.stringify(report, null, 2) + '\n')

    const kb = (b: number) => `${round(b / 1024)} KiB`
    const md = [
      `# Benchmark (${report.date.slice(0, 16)}, ${RUNS} runs, medians (min–max; p95))`,
      '',
      'Demo: the demo build, its mock backend a service worker in the page (what `npm run dev` and demos use). Live: the',
      'production build (no msw) against the same mock backend over HTTP on localhost, as with a real backend.',
      '',
      '| measure | demo build, demo data (25 provinces × 20 months) | demo build, large data (300 regions × 60 months) | live build, demo data | budget |',
      '|---|---|---|---|---|',
      `| first-view JS, gzip (production build) | | | ${kb(bundle.firstViewGzip)} = ${round(bundle.ratio, 3)} × floor (${kb(bundle.floorGzip)}) | ≤ 1.10 × floor |`,
      `| all JS chunks, gzip (production build) | | | ${kb(bundle.totalGzip)} in ${bundle.chunks.length} chunks | |`,
      `| msw in production build | | | ${bundle.mswBytes} bytes | 0 |`,
      `| largest contentful paint, ms | ${fmt(demo.load.lcpMs)} | ${fmt(large.load.lcpMs)} | ${fmt(live.load.lcpMs)} | ≤ 1000 |`,
      `| cumulative layout shift | ${fmt(demo.load.cls, 4)} | ${fmt(large.load.cls, 4)} | ${fmt(live.load.cls, 4)} | ≤ 0.01 |`,
      `| total blocking time, ms | ${fmt(demo.load.tbtMs)} | ${fmt(large.load.tbtMs)} | ${fmt(live.load.tbtMs)} | |`,
      `| filter change → all charts updated, ms (${CHANGES} changes × ${RUNS} runs) | ${fmt(demo.filterChangeMs)} | ${fmt(large.filterChangeMs)} | ${fmt(live.filterChangeMs)} | p95 ≤ 100 |`,
      ...CHARTS.map(
        (c) =>
          `| PNG export, ${c}, ms | ${fmt(demo.exportPngMs[c])} | ${fmt(large.exportPngMs[c])} | ${fmt(live.exportPngMs[c])} | ≤ 250 |`,
      ),
      ...heapRows([demo.heap, large.heap, live.heap]),
      '',
      `Heap: read after two forced full collections. The first ${CHANGES} changes visit views for the first time: the`,
      'heap grows by the code that first runs and gets optimised (compiled code) and by the query cache, which keeps',
      "each visited view's data for 5 minutes so that going back is instant. Neither is a leak; the same changes again,",
      'on warm code and caches, show whether anything is kept that should not be.',
      '',
      'Chunks: ' + bundle.chunks.map((c) => `${c.file} ${kb(c.gzip)}${c.firstView ? ' (first view)' : ''}`).join(', '),
      '',
    ].join('\n')
    writeFileSync(join(OUT, 'latest.md'), md)
    console.log('\n' + md)
  } finally {
    await new Promise<void>((done) => server.httpServer.close(() => done()))
  }
}

await main()
