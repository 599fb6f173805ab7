/**
 * Where a filter change spends its time: `npx tsx tests/bench/profile.ts [demo|live] [changes]` builds the app
 * unminified with source maps (`... demo 1 first`: the first round, each view new, as the bench times it), makes the bench's filter changes under the Chrome DevTools profiler, and prints the
 * main thread's self time by source (package or app file) and by function, beside the changes' timings. The
 * unminified build runs a little slower than the real one; the shares are what to read.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { SourceMapConsumer } from 'source-map-js'
import { CHROMIUM_ARGS, chromiumPath } from '../chromium'
import { changePlan, dashboardReady, filterValues, INSTRUMENT, restoreFilters, timedChange } from './page'
import { ROOT, serveDemo, serveLive } from './servers'
import { round, stats } from './stats'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const which = (process.argv[2] ?? 'demo') as 'demo' | 'live'
const rounds = Number(process.argv[3] ?? 2)
/** `first`: profile the changes on first visits (each view's data fetched), as the bench times them */
const first = process.argv[4] === 'first'
const served = await (which === 'demo' ? serveDemo : serveLive)({ minify: false, sourcemap: true })
const dist = join(ROOT, `tests/bench/tmp/dist-${which}/assets`)
const maps = new Map<string, SourceMapConsumer>()
for (const f of readdirSync(dist).filter((f) => f.endsWith('.js.map'))) {
  maps.set(f.replace(/\.map$/, ''), new SourceMapConsumer(JSON.parse(readFileSync(join(dist, f), 'utf8'))))
}

/** a source's bucket: the npm package, or the app's file */
function source(frame: ProfileNode['callFrame']): string {
  if (!frame.url) return frame.functionName || '(native)'
  const file = frame.url.split('/').pop()!
  const map = maps.get(file)
  if (!map) return frame.url.includes('mockServiceWorker') ? 'msw (worker)' : file
  const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber })
  const src = at.source ?? '?'
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(src)
  return pkg ? pkg[1] : src.replace(/^.*?\/(src|mocks)\//, '$1/')
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS })
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })
  await context.addInitScript(INSTRUMENT)
  const page = await context.newPage()
  await page.goto(served.url)
  await dashboardReady(page)
  const plan = await changePlan(page)
  const start = await filterValues(page)
  // Warm code and caches, as a user a minute in; each round then starts from the same filters (the views of the first).
  if (!first) for (const c of plan) await timedChange(page, c)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const times: number[] = []
  for (let r = 0; r < rounds; r += 1) {
    if (r > 0 || !first) await restoreFilters(page, start)
    for (const c of plan) times.push(await timedChange(page, c))
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }

  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const bySource = new Map<string, number>()
  const byFunction = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
    total += dt
    const src = source(node.callFrame)
    bySource.set(src, (bySource.get(src) ?? 0) + dt)
    const fn = `${node.callFrame.functionName || '(anonymous)'} [${src}]`
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt)
  })
  const s = stats(times)
  const n = times.length
  console.log(`${which}: ${n} changes, all charts updated: median ${round(s.median)} ms, p95 ${round(s.p95)} ms`)
  console.log(`profile: ${round(total)} ms wall, per change ${round(total / n)} ms`)
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(
        ([name, ms]) =>
          `  ${round(ms / n, 2)
            .toFixed(2)
            .padStart(7)} ms/change  ${name}`,
      )
      .join('\n')
  console.log('self time by source, per change:\n' + top(bySource, 30))
  console.log('self time by function, per change:\n' + top(byFunction, 40))
  // PROFILE_CALLERS=name: who calls a function (three frames up), e.g. getBoundingClientRect or Blob
  const callee = process.env.PROFILE_CALLERS
  if (callee) {
    const parent = new Map<number, number>()
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
    const callers = new Map<string, number>()
    profile.samples.forEach((id, i) => {
      if (byId.get(id)!.callFrame.functionName !== callee) return
      const chain: string[] = []
      for (let p = parent.get(id); p !== undefined && chain.length < 3; p = parent.get(p)) {
        const f = byId.get(p)!.callFrame
        chain.push(`${f.functionName || '(anonymous)'} [${source(f)}]`)
      }
      const key = chain.join(' ← ')
      callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000)
    })
    console.log(`callers of ${callee}, per change:\n` + top(callers, 10))
  }
} finally {
  await browser.close()
  await served.close()
}
