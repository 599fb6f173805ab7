/**
 * The dashboard in the system Chromium, as its users meet it. Each run starts a browser on a new, empty profile (no
 * HTTP cache, no compiled code, no service worker): the first visit is cold. A reload in the same profile is warm.
 * Then, on the warm page: PNG exports, the Regions tabs and filter changes by keyboard (with their Event Timing
 * interaction latency, as INP counts it), and the bench's 30 filter changes, each timed to the frame where every
 * panel shows the new view: first to views not seen before (their data fetched, with the backend's answer times
 * read beside), then the same changes again (every view's data cached: the app's own work), with the JavaScript heap
 * before and after each round.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, chromiumPath } from '../chromium'
import {
  awaitUpdate,
  changePlan,
  CHARTS,
  dashboardReady,
  filterValues,
  INSTRUMENT,
  readHeadlineMark,
  readPerf,
  restoreFilters,
  timedChange,
} from './page'
import { FLOOR_PAGE } from './servers'
import { stats, type Stats } from './stats'

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

interface Load {
  fcp: number[]
  lcp: number[]
  cls: number[]
  tbt: number[]
  ready: number[]
  headline: number[]
  /** the longest main-thread task of the load (long tasks are 50 ms or more; 0 when there was none) */
  longestTask: number[]
  /** /me and /meta both answered, from the start of navigation */
  bootAnswered: number[]
  /** the last of the first view's other requests left, after /me and /meta answered */
  lastLeft: number[]
  /** the last of them answered, after /me and /meta answered */
  lastAnswered: number[]
  /** the headline figures' data (/targets, /series, /monitoring) answered → the headline-figures mark */
  dataToHeadline: number[]
  /** each first-view request (by path): when it left and when it was answered, after /me and /meta answered */
  requests: Record<string, { left: number[]; answered: number[] }>
}
const newLoad = (): Load => ({
  fcp: [],
  lcp: [],
  cls: [],
  tbt: [],
  ready: [],
  headline: [],
  longestTask: [],
  bootAnswered: [],
  lastLeft: [],
  lastAnswered: [],
  dataToHeadline: [],
  requests: {},
})

/** The API requests the load made (Resource Timing), by path without /api/v1: when each left and was answered. */
const readApiRequests = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e as PerformanceResourceTiming)
      .filter((e) => new URL(e.name).pathname.startsWith('/api/'))
      .map((e) => ({
        path: new URL(e.name).pathname.replace(/^\/api\/v1/, ''),
        start: e.startTime,
        end: e.responseEnd,
      })),
  )

/** The headline figures' own requests: what the KPI cards wait for. */
const HEADLINE_PATHS = ['/targets', '/series', '/monitoring']

/**
 * When the first view's requests left and were answered, read against /me and /meta answered (each of those taken
 * at its first answer: a live build's index.html preloads them and the entry takes the preloaded answers).
 */
function recordRequests(into: Load, requests: { path: string; start: number; end: number }[], headline: number | null) {
  const firstEnd = (path: string) => Math.min(...requests.filter((r) => r.path === path).map((r) => r.end))
  const boot = Math.max(firstEnd('/me'), firstEnd('/meta'))
  if (!Number.isFinite(boot)) return
  const others = requests.filter((r) => r.path !== '/me' && r.path !== '/meta')
  into.bootAnswered.push(boot)
  if (others.length === 0) return
  into.lastLeft.push(Math.max(...others.map((r) => r.start)) - boot)
  into.lastAnswered.push(Math.max(...others.map((r) => r.end)) - boot)
  for (const r of others) {
    const at = (into.requests[r.path] ??= { left: [], answered: [] })
    at.left.push(r.start - boot)
    at.answered.push(r.end - boot)
  }
  const data = others.filter((r) => HEADLINE_PATHS.includes(r.path))
  if (headline !== null && data.length > 0) into.dataToHeadline.push(headline - Math.max(...data.map((r) => r.end)))
}

/** Loads (or reloads) the page and records its paint, shift, blocking time and headline mark. */
async function timedLoad(page: Page, into: Load, load: () => Promise<unknown>) {
  const started = Date.now()
  await load()
  await dashboardReady(page)
  into.ready.push(Date.now() - started)
  await page.waitForTimeout(300)
  const perf = await readPerf(page)
  into.fcp.push(await readFirstPaint(page))
  into.lcp.push(perf.lcp)
  into.cls.push(perf.cls)
  into.tbt.push(perf.longTasks.reduce((a, [, d]) => a + Math.max(0, d - 50), 0))
  into.longestTask.push(Math.max(0, ...perf.longTasks.map(([, d]) => d)))
  const headline = await readHeadlineMark(page)
  if (headline !== null) into.headline.push(headline)
  // The load's requests only: nothing else has happened on the page yet.
  recordRequests(into, await readApiRequests(page), headline)
}

const readFirstPaint = (page: Page) =>
  page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN)

/** A new, empty profile in the system Chromium (--expose-gc so the heap is read after a full collection). */
async function freshBrowser(run: (page: Page) => Promise<void>) {
  const profile = mkdtempSync(join(tmpdir(), 'eam-bench-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  })
  try {
    await context.addInitScript(INSTRUMENT)
    const page = context.pages()[0] ?? (await context.newPage())
    // let the new browser settle before the clock starts
    await page.waitForTimeout(500)
    await run(page)
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

/**
 * Lighthouse's mobile conditions, applied for real rather than simulated: slow 4G (150 ms round trip, 1.6 Mbit/s
 * down, 750 kbit/s up) and the CPU slowed four times, as an old office PC on a slow link.
 */
async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
}

export interface ThrottledReport {
  headlineMs: Stats
  readyMs: Stats
  /** dashboard ready minus headline figures, per run: how long before the charts the figures are there */
  leadMs: Stats
}

/** The throttled first visits' timings, run by run (each run adds one of each). */
export interface ThrottledSamples {
  headline: number[]
  ready: number[]
}

/**
 * One first visit (new profile) on a slow link with a slow CPU (throttle): when the headline figures are on screen
 * (the app's mark) and when every panel is drawn, both from the start of navigation.
 */
export async function throttledLoadRun(baseUrl: string, into: ThrottledSamples) {
  await freshBrowser(async (page) => {
    await throttle(page)
    await page.goto(`${baseUrl}/`, { timeout: 60_000 })
    await dashboardReady(page)
    const drawn = await page.evaluate(() => performance.now())
    const mark = await readHeadlineMark(page)
    if (mark === null) throw new Error('the build set no headline-figures mark on a throttled load')
    into.headline.push(mark)
    into.ready.push(drawn)
  })
}

export const throttledReport = ({ headline, ready }: ThrottledSamples): ThrottledReport => ({
  headlineMs: stats(headline),
  readyMs: stats(ready),
  leadMs: stats(ready.map((r, i) => r - headline[i])),
})

export async function measureThrottledLoad(baseUrl: string, runs: number): Promise<ThrottledReport> {
  const samples: ThrottledSamples = { headline: [], ready: [] }
  for (let run = 0; run < runs; run += 1) await throttledLoadRun(baseUrl, samples)
  return throttledReport(samples)
}

export interface FloorReport {
  fcpMs: Stats
  lcpMs: Stats
}

/**
 * The cold floor: index.html's static shell and stylesheet without any script (servers.ts floorPage), first visited
 * in a new profile as the dashboard is. Its first paint and LCP are what this browser on this machine needs before
 * any code of ours runs; the dashboard's cold figures are read against them.
 */
export async function measureFloor(baseUrl: string, runs: number): Promise<FloorReport> {
  const fcp: number[] = []
  const lcp: number[] = []
  for (let run = 0; run < runs; run += 1) {
    await freshBrowser(async (page) => {
      await page.goto(`${baseUrl}${FLOOR_PAGE}`, { waitUntil: 'load' })
      await page.waitForTimeout(300)
      fcp.push(await readFirstPaint(page))
      lcp.push((await readPerf(page)).lcp)
    })
  }
  return { fcpMs: stats(fcp), lcpMs: stats(lcp) }
}

export type InteractionKind = 'filter' | 'tab' | 'export'

/**
 * The latency of the one interaction since `from` in the page's Event Timing entries: its longest event, from input
 * to the next paint, as INP takes it. Entries are queued after the next paint. An interaction quicker than the
 * observer's threshold leaves no entry and counts as 16 ms, the threshold (an upper bound).
 */
async function interactionsSince(page: Page, from: number): Promise<{ latencies: number[]; seen: number }> {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))),
  )
  const { events } = await readPerf(page)
  const byId = new Map<number, number>()
  for (const e of events.slice(from)) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration))
  return { latencies: [Math.max(16, ...byId.values())], seen: events.length }
}

/** Export each chart as PNG with a real click: the time to the download, and the click's interaction latency. */
async function exportsAndTabs(page: Page, exportMs: Record<string, number[]>, inp: Record<InteractionKind, number[]>) {
  let seen = (await readPerf(page)).events.length
  for (const chart of CHARTS) {
    await page.evaluate(() => {
      const w = window as unknown as { __downloaded?: number; __clicked?: number }
      w.__downloaded = undefined
      document.addEventListener('click', () => (w.__clicked = performance.now()), { capture: true, once: true })
    })
    await page.locator(`figure[data-chart="${chart}"] .panel-toolbar button:nth-last-of-type(2)`).click()
    const ms = await page.evaluate(async () => {
      const w = window as unknown as { __downloaded?: number; __clicked: number }
      while (w.__downloaded === undefined) await new Promise((r) => setTimeout(r, 2))
      return w.__downloaded - w.__clicked
    })
    exportMs[chart].push(ms)
    const r = await interactionsSince(page, seen)
    inp.export.push(...r.latencies)
    seen = r.seen
  }
  // The Regions panel's tabs: map, small multiples, back to the ranking (each a new view of the whole dashboard).
  for (const index of [1, 2, 0, 1, 0]) {
    await page.locator('figure[data-chart="regions"] [role="tab"]').nth(index).click()
    await page.waitForFunction(
      (i) =>
        document.querySelectorAll('figure[data-chart="regions"] [role="tab"]')[i]?.getAttribute('aria-selected') ===
          'true' && document.querySelectorAll('.skeleton, [aria-busy="true"]').length === 0,
      index,
    )
    const r = await interactionsSince(page, seen)
    inp.tab.push(...r.latencies)
    seen = r.seen
  }
}

/** How long each API request started after `since` took, from its start to its last byte. */
function apiAnswerTimes(page: Page, since: number): Promise<number[]> {
  return page.evaluate(
    (t0) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= t0 && new URL(e.name).pathname.startsWith('/api/'))
        .map((e) => e.duration),
    since,
  )
}

/** Filter changes by keyboard (arrow keys on a focused select change it at once), as trusted input for Event Timing. */
async function keyboardChanges(page: Page, inp: Record<InteractionKind, number[]>) {
  let seen = (await readPerf(page)).events.length
  const bar = page.locator('.filter-bar')
  for (const [label, key] of [
    ['地区', 'ArrowDown'],
    ['类别', 'ArrowDown'],
    ['结束月份', 'ArrowUp'],
    ['地区', 'ArrowDown'],
    ['类别', 'ArrowDown'],
    ['结束月份', 'ArrowUp'],
  ] as const) {
    await bar.getByLabel(label).focus()
    await page.keyboard.press(key)
    await awaitUpdate(page)
    const r = await interactionsSince(page, seen)
    inp.filter.push(...r.latencies)
    seen = r.seen
  }
}

export interface LoadReport {
  fcpMs: Stats
  lcpMs: Stats
  cls: Stats
  tbtMs: Stats
  readyMs: Stats
  headlineMs: Stats
  longestTaskMs: Stats
  bootAnsweredMs: Stats
  lastLeftMs: Stats
  lastAnsweredMs: Stats
  dataToHeadlineMs: Stats
  requests: Record<string, { leftMs: Stats; answeredMs: Stats }>
}

export interface DataSetReport {
  cold: LoadReport
  warm: LoadReport
  /** the build's static shell without its scripts, cold (measureFloor); one per build, so not for the large set */
  floor?: FloorReport
  /** a first visit on slow 4G with a 4× slower CPU (measureThrottledLoad); one per build */
  throttled?: ThrottledReport
  /** each change to a view not seen before: its data fetched from the backend */
  filterChangeMs: Stats
  /** the same changes again: every view's data in the cache, so the app's own work alone */
  filterChangeSeenMs: Stats
  /** how long the backend took to answer each request the new views made (resource timing, request to last byte) */
  apiAnswerMs: Stats
  exportPngMs: Record<string, Stats>
  interactionMs: Record<InteractionKind | 'all', Stats>
  heap: {
    afterLoad: Heap
    afterChanges: Heap
    afterMoreChanges: Heap
    growth: number
    objectGrowth: number
    warmGrowth: number
  }
}

/** Everything measureDataSet records, run by run, before it is summed up (dataSetReport). */
export interface DataSetSamples {
  runs: number
  cold: Load
  warm: Load
  exportMs: Record<string, number[]>
  inp: Record<InteractionKind, number[]>
  changes: number[]
  seenChanges: number[]
  apiAnswers: number[]
  /** read in the first run only */
  heap: { afterLoad: Heap; afterChanges: Heap; afterMoreChanges: Heap }
}

export function newDataSetSamples(): DataSetSamples {
  const none = { usedMB: 0, codeMB: 0 }
  return {
    runs: 0,
    cold: newLoad(),
    warm: newLoad(),
    exportMs: Object.fromEntries(CHARTS.map((c) => [c, []])),
    inp: { filter: [], tab: [], export: [] },
    changes: [],
    seenChanges: [],
    apiAnswers: [],
    heap: { afterLoad: none, afterChanges: none, afterMoreChanges: none },
  }
}

/** One run of measureDataSet, in a new browser profile: its samples added to `into`. */
export async function dataSetRun(baseUrl: string, query: string, into: DataSetSamples) {
  const { cold, warm, exportMs, inp, changes, seenChanges, apiAnswers, heap } = into
  const first = into.runs === 0
  await freshBrowser(async (page) => {
    await timedLoad(page, cold, () => page.goto(`${baseUrl}/${query}`))
    await timedLoad(page, warm, () => page.reload())
    await exportsAndTabs(page, exportMs, inp)
    await keyboardChanges(page, inp)

    const plan = await changePlan(page)
    const changeFilters = async (times: number[]) => {
      for (const change of plan) times.push(await timedChange(page, change))
    }
    // Playwright's own script (about 0.3 MB) entered the page's heap with the first locator: before the baseline.
    if (first) heap.afterLoad = await readHeap(page)
    const start = await filterValues(page)
    const since = await page.evaluate(() => performance.now())
    await changeFilters(changes)
    apiAnswers.push(...(await apiAnswerTimes(page, since)))
    if (first) heap.afterChanges = await readHeap(page)
    // The same 30 changes again, from the same filters (set back untimed), so every view is one seen before: the
    // app's own work (and growth here would be a leak).
    await restoreFilters(page, start)
    await changeFilters(seenChanges)
    if (first) heap.afterMoreChanges = await readHeap(page)
  })
  into.runs += 1
}

export async function measureDataSet(baseUrl: string, query: string, runs: number): Promise<DataSetReport> {
  const samples = newDataSetSamples()
  for (let run = 0; run < runs; run += 1) await dataSetRun(baseUrl, query, samples)
  return dataSetReport(samples)
}

export function dataSetReport({
  cold,
  warm,
  exportMs,
  inp,
  changes,
  seenChanges,
  apiAnswers,
  heap,
}: DataSetSamples): DataSetReport {
  const loadStats = (l: Load) => ({
    fcpMs: stats(l.fcp),
    lcpMs: stats(l.lcp),
    cls: stats(l.cls),
    tbtMs: stats(l.tbt),
    readyMs: stats(l.ready),
    headlineMs: stats(l.headline),
    longestTaskMs: stats(l.longestTask),
    bootAnsweredMs: stats(l.bootAnswered),
    lastLeftMs: stats(l.lastLeft),
    lastAnsweredMs: stats(l.lastAnswered),
    dataToHeadlineMs: stats(l.dataToHeadline),
    requests: Object.fromEntries(
      Object.entries(l.requests).map(([path, r]) => [path, { leftMs: stats(r.left), answeredMs: stats(r.answered) }]),
    ),
  })
  return {
    cold: loadStats(cold),
    warm: loadStats(warm),
    filterChangeMs: stats(changes),
    filterChangeSeenMs: stats(seenChanges),
    apiAnswerMs: stats(apiAnswers),
    exportPngMs: Object.fromEntries(CHARTS.map((c) => [c, stats(exportMs[c])])),
    interactionMs: {
      filter: stats(inp.filter),
      tab: stats(inp.tab),
      export: stats(inp.export),
      all: stats([...inp.filter, ...inp.tab, ...inp.export]),
    },
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
