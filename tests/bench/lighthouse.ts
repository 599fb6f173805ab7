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
  details?: { items?: Record<string, unknown>[] }
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
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: chromiumPath() },
    maxBuffer: 64 * 2 ** 20,
    timeout: 180_000,
  })
  const result = JSON.parse(stdout) as LhResult
  if (result.runtimeError) throw new Error(`Lighthouse: ${result.runtimeError.message}`)
  return result
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

export async function lighthouse(url: string, preset: Preset, runs: number): Promise<LighthouseReport> {
  const results: LhResult[] = []
  for (let i = 0; i < runs; i += 1) results.push(await once(url, preset))
  const score = (r: LhResult, c: string) => (r.categories[c]?.score ?? NaN) * 100
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
    runs,
    version: results[0].lighthouseVersion,
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, stats(results.map((r) => score(r, c)))]),
    ) as LighthouseReport['scores'],
    metrics: Object.fromEntries(
      Object.entries(METRICS).map(([k, id]) => [k, stats(results.map((r) => r.audits[id]?.numericValue ?? NaN))]),
    ) as LighthouseReport['metrics'],
    findings: [...findings.values()],
  }
}
