/**
 * `npm run bench`: measures the dashboard as its users meet it, in the system Chromium against production builds
 * served on localhost, and writes tests/bench/results/latest.{json,md}. Figures are medians with min and max (or
 * p95) over repeated runs, never a single run. Timings are reported, not gated (they depend on the machine); the
 * deterministic budgets gate CI in tests/build/bundle-budget.test.ts and the axe tests.
 *
 * BENCH_RUNS (5): browser runs per data set. BENCH_LIGHTHOUSE_RUNS (3; 0 skips Lighthouse): Lighthouse runs per
 * build and preset. BENCH_SETS (demo,large,live): which data sets to measure.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { measureDataSet, measureFloor, measureThrottledLoad } from './browser'
import { measureBundles } from './bundle'
import { lighthouse, type Preset } from './lighthouse'
import { markdown, type Report } from './report'
import { ROOT, serveDemo, serveLive, type Served } from './servers'

const OUT = join(ROOT, 'tests/bench/results')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3)
/** first visits on a throttled link and CPU: slow (about 10 s each), so fewer */
const THROTTLED_RUNS = Math.min(RUNS, 3)
const SETS = new Set((process.env.BENCH_SETS ?? 'demo,large,live').split(','))
const PRESETS: Preset[] = ['mobile', 'desktop']

async function runLighthouse(build: 'demo' | 'live', url: string, report: Report) {
  if (LIGHTHOUSE_RUNS <= 0) return
  for (const preset of PRESETS) {
    console.log(`lighthouse: ${build} build, ${preset}, ${LIGHTHOUSE_RUNS} runs…`)
    report.lighthouse.push({ build, report: await lighthouse(url, preset, LIGHTHOUSE_RUNS) })
  }
}

async function withServer<T>(serve: () => Promise<Served>, measure: (url: string) => Promise<T>): Promise<T> {
  const served = await serve()
  try {
    return await measure(served.url)
  } finally {
    await served.close()
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  console.log('bundle: building the app and the floor…')
  const bundle = await measureBundles()
  const report: Report = {
    date: new Date().toISOString(),
    runs: RUNS,
    lighthouseRuns: LIGHTHOUSE_RUNS,
    bundle,
    lighthouse: [],
  }

  if (SETS.has('demo') || SETS.has('large')) {
    console.log('browser: building the demo production build…')
    await withServer(serveDemo, async (url) => {
      if (SETS.has('demo')) {
        console.log(`browser: demo data set, ${RUNS} runs…`)
        report.demo = {
          ...(await measureDataSet(url, '', RUNS)),
          floor: await measureFloor(url, RUNS),
          throttled: await measureThrottledLoad(url, THROTTLED_RUNS),
        }
      }
      if (SETS.has('large')) {
        console.log(`browser: large data set (300 regions × 60 months), ${RUNS} runs…`)
        report.large = await measureDataSet(url, '?mock=large', RUNS)
      }
      if (SETS.has('demo')) await runLighthouse('demo', `${url}/`, report)
    })
  }
  if (SETS.has('live')) {
    console.log('browser: building the live production build against the mock backend over HTTP…')
    await withServer(serveLive, async (url) => {
      console.log(`browser: live build, ${RUNS} runs…`)
      report.live = {
        ...(await measureDataSet(url, '', RUNS)),
        floor: await measureFloor(url, RUNS),
        throttled: await measureThrottledLoad(url, THROTTLED_RUNS),
      }
      await runLighthouse('live', `${url}/`, report)
    })
  }

  writeFileSync(join(OUT, 'latest.json'), JSON.stringify(report, null, 2) + '\n')
  const md = markdown(report)
  writeFileSync(join(OUT, 'latest.md'), md)
  console.log('\n' + md)
}

await main()
