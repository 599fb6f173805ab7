/**
 * Lighthouse 12.2.3 (pinned: 13 needs Node 22) on a served build, through its CLI with JSON output, in the system
 * Chromium. Mobile is Lighthouse's default (simulated slow 4G, 4× CPU slowdown); desktop is `--preset=desktop`.
 * Lighthouse's timings are simulated from one load (Lantern), so they differ from the bench's own, measured ones.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { chromiumPath } from '../chromium'
import { ROOT } from './servers'
import { stats, type Stats } from './stats'

const run = promisify(execFile)
export const LIGHTHOUSE_VERSION = '12.2.3'
export type Preset = 'mobile' | 'desktop'
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const
const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const

interface LhAudit {
  id: string
  title: string
  score: number | null
  scoreDisplayMode: string
  numericValue?: number
  errorMessage?: string
  details?: { items?: (Record<string, unknown> & { items?: Record<string, unknown>[] })[] }
}
interface LhResult {
  lighthouseVersion: string
  runtimeError?: { message: string }
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>
  audits: Record<string, LhAudit>
}

export interface LighthouseReport {
  preset: Preset
  runs: number
  version: string
  scores: Record<(typeof CATEGORIES)[number], Stats>
  metrics: Record<keyof typeof METRICS, Stats>
  /** failing audits of accessibility and best practices (the app's to fix), with a few items each; weight 0 does not count in the score */
  findings: { category: string; id: string; title: string; weight: number; items: string[] }[]
  /** runs Lighthouse could not complete (retried up to three times each) */
  failures: string[]
  /** what limits the performance score, from the run whose score is the median (null without a run) */
  limits: PerformanceLimits | null
}

/** Lighthouse's own account of a load: its LCP element and phases, its longest tasks, its main thread's work. */
export interface PerformanceLimits {
  score: number
  lcpElement: string
  /** TTFB, load delay, load time, render delay (an element that is text has no load) */
  lcpPhases: { phase: string; ms: number }[]
  /** the longest main-thread tasks, simulated (start and duration, ms), with the script they are attributed to */
  longTasks: { url: string; start: number; ms: number }[]
  /** the main thread's work by kind (script evaluation, style and layout, parsing…), ms */
  mainThread: { group: string; ms: number }[]
}

function performanceLimits(result: LhResult): PerformanceLimits {
  const audit = (id: string) => result.audits[id]?.details?.items ?? []
  const [element, phases] = audit('largest-contentful-paint-element')
  const node = element?.items?.[0]?.node as { snippet?: string; nodeLabel?: string } | undefined
  const num = (v: unknown) => (typeof v === 'number' ? Math.round(v) : 0)
  return {
    score: Math.round((result.categories.performance?.score ?? NaN) * 100),
    // (Lighthouse 12.2.3 in Chromium 156 fails to find it: its TraceElements gatherer throws on the trace's format)
    lcpElement:
      [node?.snippet, node?.nodeLabel].filter(Boolean).join(' ').slice(0, 160) ||
      `n/a (${result.audits['largest-contentful-paint-element']?.errorMessage?.slice(0, 120) ?? 'not reported'})`,
    lcpPhases: (phases?.items ?? []).map((p) => ({ phase: String(p.phase), ms: num(p.timing) })),
    longTasks: audit('long-tasks')
      .slice(0, 6)
      .map((t) => ({ url: String(t.url).split('/').pop() ?? '', start: num(t.startTime), ms: num(t.duration) })),
    mainThread: audit('mainthread-work-breakdown')
      .slice(0, 6)
      .map((g) => ({ group: String(g.groupLabel ?? g.group), ms: num(g.duration) })),
  }
}

async function once(url: string, preset: Preset): Promise<LhResult> {
  const args = [
    join(ROOT, 'node_modules/lighthouse/cli/index.js'),
    url,
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ]
  let stdout: string
  try {
    ;({ stdout } = await run(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromiumPath() },
      maxBuffer: 64 * 2 ** 20,
      timeout: 180_000,
    }))
  } catch (error) {
    // a runtime error (NO_NAVSTART, say, when the machine is busy) exits 1 with the report on stdout
    stdout = (error as { stdout?: string }).stdout ?? ''
    if (!stdout) throw error
  }
  const result = JSON.parse(stdout) as LhResult
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.message}`)
  return result
}

/** A run again when Lighthouse could not record it (it says "please run Lighthouse again"), up to three tries. */
async function onceWithRetries(url: string, preset: Preset, failures: string[]): Promise<LhResult | null> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      return await once(url, preset)
    } catch (error) {
      failures.push(
        String((error as Error).message)
          .split('\n')[0]
          .slice(0, 200),
      )
    }
  }
  return null
}

/** What a failing audit points at: a selector, a snippet or a URL, as Lighthouse lists it. */
function describeItem(item: Record<string, unknown>): string {
  const node = item.node as { selector?: string; snippet?: string; explanation?: string } | undefined
  if (node) return [node.selector, node.explanation?.split('\n')[0]].filter(Boolean).join(': ')
  for (const key of ['description', 'source', 'url', 'text']) {
    const value = item[key]
    if (typeof value === 'string') return value.slice(0, 200)
    if (value && typeof value === 'object' && 'url' in value) return String((value as { url: unknown }).url)
  }
  return JSON.stringify(item).slice(0, 200)
}

/** One preset's Lighthouse runs on one build, run by run, before they are summed up (lighthouseReport). */
export interface LighthouseSamples {
  preset: Preset
  results: LhResult[]
  failures: string[]
}

export const newLighthouseSamples = (preset: Preset): LighthouseSamples => ({ preset, results: [], failures: [] })

/** One Lighthouse run (tried again up to three times) added to `into`. */
export async function lighthouseRun(url: string, into: LighthouseSamples) {
  const result = await onceWithRetries(url, into.preset, into.failures)
  if (result) into.results.push(result)
}

export async function lighthouse(url: string, preset: Preset, runs: number): Promise<LighthouseReport> {
  const samples = newLighthouseSamples(preset)
  for (let i = 0; i < runs; i += 1) await lighthouseRun(url, samples)
  return lighthouseReport(samples)
}

export function lighthouseReport({ preset, results, failures }: LighthouseSamples): LighthouseReport {
  const score = (r: LhResult, c: string) => (r.categories[c]?.score ?? NaN) * 100
  const byScore = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  const medianRun = byScore[Math.floor((byScore.length - 1) / 2)]
  const findings = new Map<string, LighthouseReport['findings'][number]>()
  for (const r of results) {
    for (const category of ['accessibility', 'best-practices']) {
      for (const ref of r.categories[category]?.auditRefs ?? []) {
        const audit = r.audits[ref.id]
        if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode === 'informative') continue
        if (audit.scoreDisplayMode === 'manual' || audit.scoreDisplayMode === 'notApplicable') continue
        if (findings.has(audit.id)) continue
        const items = (audit.details?.items ?? []).slice(0, 5).map(describeItem)
        findings.set(audit.id, { category, id: audit.id, title: audit.title, weight: ref.weight, items })
      }
    }
  }
  return {
    preset,
    runs: results.length,
    failures,
    version: results[0]?.lighthouseVersion ?? LIGHTHOUSE_VERSION,
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, stats(results.map((r) => score(r, c)))]),
    ) as LighthouseReport['scores'],
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, stats(results.map((r) => r.audits[id]?.numericValue ?? NaN))]),
    ) as LighthouseReport['metrics'],
    findings: [...findings.values()],
    limits: medianRun ? performanceLimits(medianRun) : null,
  }
}
