/**
 * Where a cold first visit spends its main thread: `npx tsx tests/bench/trace.ts [live|demo] [runs] [min]` builds
 * the app (minified as deployed, with source maps), serves it as the bench does (ports moved by 60, so a bench may
 * run beside it), and loads it in a new, empty profile under a Chromium trace with the V8 sampling profiler. It
 * prints, from the start of navigation: when each API request left and was answered, the headline-figures mark, LCP,
 * and every main-thread task of `min` ms or more (default 30) with its main events and the app files or packages
 * its JavaScript ran in (self time, from the samples, through the source maps). `TRACE_PHONE=1` loads at the
 * phone layout (390 × 844, touch), as Lighthouse's mobile preset renders.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { SourceMapConsumer } from 'source-map-js'
import { CHROMIUM_ARGS, chromiumPath } from '../chromium'
import { dashboardReady, INSTRUMENT, readHeadlineMark, readPerf } from './page'
import { API_PORT, DEMO_PORT, LIVE_PORT, ROOT, serveDemo, serveLive } from './servers'

const which = (process.argv[2] ?? 'live') as 'demo' | 'live'
const runs = Number(process.argv[3] ?? 1)
const min = Number(process.argv[4] ?? 30)
const phone = process.env.TRACE_PHONE === '1'
/** TRACE_CALLERS=n: each function's callers, n frames up */
const depth = Number(process.env.TRACE_CALLERS ?? 0)
/** TRACE_INCLUSIVE=n: the n functions with the most time including their callees */
const inclusive = Number(process.env.TRACE_INCLUSIVE ?? 0)
const dir = `dist-${which}-trace`
const build = { sourcemap: true, ...(process.env.TRACE_UNMINIFIED === '1' ? { minify: false } : {}) }
const served =
  which === 'demo'
    ? await serveDemo(build, { dir, port: DEMO_PORT + 60 })
    : await serveLive(build, { dir, port: LIVE_PORT + 60, apiPort: API_PORT + 60 })

const assets = join(ROOT, 'tests/bench/tmp', dir, 'assets')
const maps = new Map<string, SourceMapConsumer>()
for (const f of readdirSync(assets).filter((f) => f.endsWith('.js.map'))) {
  maps.set(f.replace(/\.map$/, ''), new SourceMapConsumer(JSON.parse(readFileSync(join(assets, f), 'utf8'))))
}

interface CallFrame {
  functionName: string
  url: string
  lineNumber: number
  columnNumber: number
}
interface TraceEvent {
  name: string
  cat: string
  ph: string
  pid: number
  tid: number
  ts: number
  dur?: number
  id?: string
  args?: {
    name?: string
    data?: {
      url?: string
      functionName?: string
      startTime?: number
      cpuProfile?: { nodes?: { id: number; callFrame: CallFrame; parent?: number }[]; samples?: number[] }
      timeDeltas?: number[]
    }
  }
}

/** The package, or the app's file, a frame's code comes from. */
function source(frame: CallFrame): string {
  if (!frame.url) return frame.functionName ? `(${frame.functionName})` : '(native)'
  const file = frame.url.split('/').pop()!
  const map = maps.get(file)
  if (!map) return file
  const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber })
  const src = at.source ?? '?'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src)
  return pkg ? pkg[1] : src.replace(/^.*?\/(src|mocks)\//, '$1/')
}

const MAIN_EVENTS = new Set([
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'ParseHTML',
  'Layout',
  'UpdateLayoutTree',
  'Paint',
  'RunMicrotasks',
  'V8.GC_SCAVENGER',
  'MajorGC',
  'MinorGC',
  'ResourceReceivedData',
  'XHRReadyStateChange',
])

const round = (n: number) => Math.round(n)
/** React's work loops and commit phases (unminified builds), innermost first, to say which a sample ran in. */
const PHASES = [
  'commitLayoutEffects',
  'flushPassiveEffects',
  'commitMutationEffects',
  'workLoopSync',
  'workLoopConcurrentByScheduler',
  'workLoopConcurrent',
  'commitRoot',
]

async function traceOnce(run: number) {
  const profile = mkdtempSync(join(tmpdir(), 'eam-trace-profile-'))
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    ...(phone
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 }
      : { viewport: { width: 1440, height: 900 } }),
    locale: 'zh-CN',
  })
  try {
    await browser.addInitScript(INSTRUMENT)
    // Each LCP candidate: when, how large, and which element (its tag, class and first words).
    await browser.addInitScript(`
      window.__lcpEntries = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcpEntries.push([Math.round(e.startTime), e.size, e.element ? e.element.tagName.toLowerCase() + '.' + [...e.element.classList].join('.') + ' ' + (e.element.textContent || '').slice(0, 30) : '?']) }).observe({ type: 'largest-contentful-paint', buffered: true });
    `)
    const page = browser.pages()[0] ?? (await browser.newPage())
    await page.waitForTimeout(500)
    const cdp = await browser.browser()!.newBrowserCDPSession()
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          'v8',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
          'loading',
          'toplevel',
        ],
      },
    })
    await page.goto(`${served.url}/${phone ? '' : ''}`)
    await dashboardReady(page)
    await page.waitForTimeout(500)
    const headline = await readHeadlineMark(page)
    const perf = await readPerf(page)
    const lcpEntries = await page.evaluate(() => (window as unknown as { __lcpEntries: unknown[] }).__lcpEntries)
    const requests = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => new URL(e.name).pathname.startsWith('/api/') || e.name.endsWith('.js'))
        .map((e) => ({ name: new URL(e.name).pathname, start: e.startTime, end: e.responseEnd })),
    )
    await cdp.send('Tracing.end')
    await done

    // The page's renderer: the process whose main thread set the headline mark.
    const mark = events.find((e) => e.name === 'headline-figures' && e.cat.includes('blink.user_timing'))
    const pid = mark?.pid ?? events.find((e) => e.name === 'navigationStart')!.pid
    const mainTid = events.find(
      (e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
    )!.tid
    const navStarts = events.filter((e) => e.pid === pid && e.name === 'navigationStart').map((e) => e.ts)
    const t0 = Math.max(...navStarts.filter((ts) => !mark || ts <= mark.ts))
    const ms = (ts: number) => (ts - t0) / 1000
    const main = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.ts >= t0)

    // The sampling profile: its nodes, and each sample's time.
    const nodes = new Map<number, { frame: CallFrame; parent?: number }>()
    const samples: { ts: number; node: number }[] = []
    let clock = 0
    for (const e of events.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'))) {
      const data = e.args?.data
      if (e.name === 'Profile') {
        clock = data?.startTime ?? clock
        continue
      }
      for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, { frame: n.callFrame, parent: n.parent })
      const deltas = data?.timeDeltas ?? []
      ;(data?.cpuProfile?.samples ?? []).forEach((id, i) => {
        clock += deltas[i] ?? 0
        samples.push({ ts: clock, node: id })
      })
    }

    console.log(`\n=== ${which} run ${run + 1}${phone ? ' (phone)' : ''} ===`)
    for (const r of requests.sort((a, b) => a.start - b.start))
      console.log(`  ${round(r.start).toString().padStart(5)} → ${round(r.end).toString().padStart(5)}  ${r.name}`)
    console.log(`  headline-figures ${headline === null ? 'n/a' : round(headline)}, LCP ${round(perf.lcp)}`)
    console.log(`  the page's long tasks: ${perf.longTasks.map(([s, d]) => `${round(s)}+${round(d)}`).join(', ')}`)
    for (const entry of lcpEntries) console.log(`    LCP candidate ${JSON.stringify(entry)}`)
    const tasks = main.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) / 1000 >= min)
    const longest = Math.max(0, ...main.filter((e) => e.name === 'RunTask').map((e) => (e.dur ?? 0) / 1000))
    console.log(`  longest task ${round(longest)} ms; tasks of ${min} ms or more: ${tasks.length}`)
    for (const task of tasks) {
      const end = task.ts + task.dur!
      console.log(`  task ${round(ms(task.ts))}–${round(ms(end))} (${round(task.dur! / 1000)} ms)`)
      const inside = main
        .filter((e) => e !== task && e.ts >= task.ts && e.ts < end && MAIN_EVENTS.has(e.name) && e.dur! >= 3000)
        .slice(0, 12)
      for (const e of inside) {
        const what = e.args?.data?.url ? e.args.data.url.split('/').pop() : (e.args?.data?.functionName ?? '')
        console.log(`      ${e.name} ${what} ${round(e.dur! / 1000)} ms at ${round(ms(e.ts))}`)
      }
      if (process.env.TRACE_EVENTS === '1') {
        const byName = new Map<string, number>()
        for (const e of main)
          if (e !== task && e.ts >= task.ts && e.ts < end && e.dur)
            byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000)
        console.log(
          `      events: ${[...byName]
            .filter(([n]) => /compile|parse|gc|scavenge/i.test(n))
            .sort((a, b) => b[1] - a[1])
            .slice(0, 8)
            .map(([n, t]) => `${round(t)} ${n}`)
            .join(', ')}`,
        )
      }
      const byPhase = new Map<string, number>()
      const bySource = new Map<string, number>()
      const byFunction = new Map<string, number>()
      let last = task.ts
      for (const s of samples) {
        if (s.ts < task.ts || s.ts >= end) continue
        const frame = nodes.get(s.node)?.frame
        const dt = (s.ts - last) / 1000
        last = s.ts
        if (!frame) continue
        const src = source(frame)
        bySource.set(src, (bySource.get(src) ?? 0) + dt)
        let phase = 'other'
        for (let p: number | undefined = s.node; p !== undefined; p = nodes.get(p)?.parent) {
          const name = nodes.get(p)?.frame.functionName ?? ''
          if (PHASES.includes(name)) {
            phase = name
            break
          }
        }
        byPhase.set(phase, (byPhase.get(phase) ?? 0) + dt)
        const chain: string[] = []
        for (let p = nodes.get(s.node)?.parent; p !== undefined && chain.length < depth; p = nodes.get(p)?.parent) {
          const f = nodes.get(p)?.frame
          if (f) chain.push(`${f.functionName || '(anon)'}[${source(f)}]`)
        }
        const fn = `${frame.functionName || '(anonymous)'} [${src}]${chain.length ? ' ← ' + chain.join(' ← ') : ''}`
        byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt)
      }
      const top = (m: Map<string, number>, k: number) =>
        [...m]
          .sort((a, b) => b[1] - a[1])
          .slice(0, k)
          .filter(([, t]) => t >= 1)
          .map(([name, t]) => `${round(t)} ${name}`)
          .join(', ')
      console.log(`      by source: ${top(bySource, 8)}`)
      if (inclusive) {
        // each function's time with its callees (a sample counts once per function on its stack)
        const total = new Map<string, number>()
        let prev = task.ts
        for (const s of samples) {
          if (s.ts < task.ts || s.ts >= end) continue
          const dt = (s.ts - prev) / 1000
          prev = s.ts
          const seen = new Set<string>()
          for (let p: number | undefined = s.node; p !== undefined; p = nodes.get(p)?.parent) {
            const f = nodes.get(p)?.frame
            if (!f) continue
            const name = `${f.functionName || '(anon)'} [${source(f)}]`
            if (seen.has(name)) continue
            seen.add(name)
            total.set(name, (total.get(name) ?? 0) + dt)
          }
        }
        console.log(`      inclusive: ${top(total, inclusive)}`)
      }
      if (depth) console.log(`      by React phase: ${top(byPhase, 8)}`)
      console.log(`      by function: ${top(byFunction, 8)}`)
    }
  } finally {
    await browser.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

try {
  for (let run = 0; run < runs; run += 1) await traceOnce(run)
} finally {
  await served.close()
}
