/** The checker's findings, tallies and report, and the report as text a person reads. */

export const CHECKS = {
  connection: 'answers at all (no refused or dropped connection)',
  timeout: 'answers within the request timeout (the dashboard’s, VITE_API_TIMEOUT_MS)',
  latency: 'answers within the slow threshold',
  redirect: 'answers itself, without a redirect (to a sign-in page, say)',
  status: 'answers 200 to a good request',
  size: 'sends a body within the size limit',
  'content-type': 'sends application/json',
  json: 'sends complete, valid JSON',
  schema: 'matches the schema the dashboard validates with (src/api/)',
  echo: 'answers what was asked (the echo rule; /regions: provinces of /meta, once each)',
  scope:
    '/me names regions /meta lists; every endpoint that takes a region refuses each region outside the user’s scope ' +
    '(403 application/problem+json), and lists name only regions in scope',
  meta: '/meta is coherent: months in order with no gap, asOf among them, ids unique, parents and coverage known',
  'series-period': 'a series has every month of its period, in order (none for a region that does not report it)',
  coverage: 'answers cover what /meta says: the regions that report a category, the categories with a target',
  'province-sum': 'the provinces add up to the national figure (each category, each month)',
  'target-sum': 'the provinces’ annual targets add up to the national target',
  'channel-sum':
    'the three channels add up to the total (each region, each month); with one not yet reported, the others to no more',
  parent: 'a category is at most its parent; public_posts + workshops at most in_county',
  'same-figure': 'the same figure is the same number in every endpoint (value, target, previous month, year)',
  agree:
    'answers agree on what is reported: a month a series names not yet reported (or an empty series) is reported ' +
    'by no other answer, and one it has is not named not yet reported by another',
  magnitude: 'figures are whole persons: none a thousand times off the month before or its annual target (万?)',
  annotations: 'programme periods overlap the period asked for',
  'bad-parameter': 'a bad parameter gets 400 application/problem+json',
  'problem-detail': 'a 400’s detail names the parameter',
  'not-found': 'an unknown resource gets 404 application/problem+json',
  cors: 'CORS lets the dashboard’s origin read answers and errors',
  complete: 'the whole plan ran within the request budget and the time limit',
} as const
export type CheckId = keyof typeof CHECKS

export type Severity = 'violation' | 'warning'

/**
 * What the dashboard does with an answer a finding is about, as src/api/client.ts and the fetchers in fact behave:
 * refuses it (or shows an error in its place), shows it wrongly (or the backend answers what it must not), or shows it
 * as it is though the contract, or the checker's own bound, does not allow it.
 */
export type Effect = 'refused' | 'wrong' | 'contract' | 'unfinished'

/** Each check's usual effect; a finding may say otherwise (HTML is refused, JSON as text/plain is read anyway). */
export const EFFECTS: Record<CheckId, Effect> = {
  connection: 'refused',
  timeout: 'refused',
  latency: 'contract',
  redirect: 'refused',
  status: 'refused',
  size: 'contract',
  'content-type': 'contract',
  json: 'refused',
  schema: 'refused',
  echo: 'refused',
  scope: 'wrong',
  meta: 'wrong',
  'series-period': 'wrong',
  coverage: 'wrong',
  'province-sum': 'wrong',
  'target-sum': 'wrong',
  'channel-sum': 'wrong',
  parent: 'wrong',
  'same-figure': 'wrong',
  agree: 'wrong',
  magnitude: 'wrong',
  annotations: 'wrong',
  'bad-parameter': 'contract',
  'problem-detail': 'contract',
  'not-found': 'contract',
  cors: 'refused',
  complete: 'unfinished',
}

const EFFECT_HEADINGS: Record<Effect, string> = {
  refused: 'The dashboard refuses these answers, or shows an error in their place:',
  wrong: 'The dashboard shows these, wrongly, or the backend answers what it must not:',
  contract: 'The dashboard shows these as they are, but the contract (or the checker’s own bound) does not allow them:',
  unfinished: 'The check did not finish:',
}

export interface Finding {
  check: CheckId
  severity: Severity
  /** what the dashboard does with the answer (violations are listed by it) */
  effect: Effect
  message: string
  /** the request that shows it, when one does */
  url?: string
}

export interface Tally {
  check: CheckId
  title: string
  checked: number
  failed: number
}

export interface Latency {
  endpoint: string
  count: number
  medianMs: number
  p95Ms: number
  maxMs: number
}

export interface CorsReport {
  origin: string
  /** true when --origin was given: the dashboard will be on that origin, so missing CORS is a violation */
  required: boolean
  /** Access-Control-Allow-Origin on 200 answers and on error answers (null: none seen, undefined: no such answer) */
  onData?: string | null
  onErrors?: string | null
}

export interface Report {
  baseUrl: string
  startedAt: string
  durationMs: number
  requests: number
  maxRequests: number
  timeLimitS: number
  complete: boolean
  ok: boolean
  /** the report's first line: PASS, PASS with what it does not cover (CORS, warnings), or FAIL */
  verdict: string
  violations: number
  warnings: number
  tallies: Tally[]
  findings: Finding[]
  /** findings counted but not listed, per check (the first ones of each check are listed) */
  unlisted: Partial<Record<CheckId, number>>
  latency: Latency[]
  cors: CorsReport
}

/** Nearest-rank percentile of a sorted list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
}

const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`

/**
 * The verdict: FAIL on any violation; otherwise PASS, saying what it does not cover. A backend whose answers a
 * dashboard on another origin cannot read (no CORS, a warning unless --origin) passes only for a dashboard on its own
 * origin or behind a proxy under the dashboard's.
 */
export function verdictOf(report: Omit<Report, 'verdict'>): string {
  if (!report.ok) {
    return `FAIL: ${report.violations} violation(s)${report.complete ? '' : ', and the check did not finish'}`
  }
  const cors = report.findings.find((f) => f.check === 'cors' && f.severity === 'warning')
  if (cors) {
    return (
      'PASS only for a dashboard served from this backend’s origin, or with the backend proxied under its own: ' +
      `${cors.message} (--origin URL makes this a violation)`
    )
  }
  if (report.warnings > 0) {
    return `PASS, with ${report.warnings} warning(s): the dashboard will accept what this backend answers`
  }
  return 'PASS: the dashboard will accept what this backend answers'
}

export function renderText(report: Report): string {
  const lines: string[] = []
  lines.push(`Backend conformance check of ${report.baseUrl}/api/v1`)
  lines.push(
    `${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s ` +
      `(budget ${report.maxRequests} requests, ${report.timeLimitS} s)`,
  )
  lines.push('', report.verdict, '')

  lines.push('Checks:')
  for (const t of report.tallies) {
    if (t.checked === 0) continue
    const mark =
      t.failed === 0 ? '✓' : report.findings.some((f) => f.check === t.check && f.severity === 'violation') ? '✗' : '!'
    const count = t.failed === 0 ? `${t.checked} checked` : `${t.failed} of ${t.checked} failed`
    lines.push(`  ${mark} ${t.check.padEnd(14)} ${t.title} (${count})`)
  }

  const list = (found: Finding[], indent: string) => {
    for (const f of found) {
      lines.push(`${indent}[${f.check}] ${f.message}`)
      if (f.url) lines.push(`${indent}    ${f.url}`)
    }
  }
  const violations = report.findings.filter((f) => f.severity === 'violation')
  if (violations.length > 0) {
    lines.push('', 'Violations, by what the dashboard does with the answer:')
    for (const effect of Object.keys(EFFECT_HEADINGS) as Effect[]) {
      const found = violations.filter((f) => f.effect === effect)
      if (found.length === 0) continue
      lines.push(`  ${EFFECT_HEADINGS[effect]}`)
      list(found, '    ')
    }
  }
  const warnings = report.findings.filter((f) => f.severity === 'warning')
  if (warnings.length > 0) {
    lines.push('', 'Warnings:')
    list(warnings, '  ')
  }
  const unlisted = Object.entries(report.unlisted).filter(([, n]) => n > 0)
  if (unlisted.length > 0) {
    lines.push(`  … and ${unlisted.map(([check, n]) => `${n} more [${check}]`).join(', ')} (all in --json)`)
  }

  if (report.latency.length > 0) {
    lines.push('', 'Latency per endpoint (answers received):')
    lines.push(
      `  ${'endpoint'.padEnd(12)} ${'requests'.padStart(8)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'max'.padStart(9)}`,
    )
    for (const l of report.latency) {
      lines.push(
        `  ${l.endpoint.padEnd(12)} ${String(l.count).padStart(8)} ${ms(l.medianMs).padStart(9)} ${ms(l.p95Ms).padStart(9)} ${ms(l.maxMs).padStart(9)}`,
      )
    }
  }

  const { cors } = report
  const seen = (value: string | null | undefined) =>
    value === undefined ? '(no such answer)' : value === null ? 'none' : `Access-Control-Allow-Origin: ${value}`
  lines.push('', `CORS, for a dashboard on ${cors.origin}${cors.required ? '' : ' (--origin to require it)'}:`)
  lines.push(`  data answers:  ${seen(cors.onData)}`)
  lines.push(`  error answers: ${seen(cors.onErrors)}`)
  lines.push(
    '  (The dashboard sends simple GETs with only an Accept header: no preflight. Proxied under its own origin, it',
    '   needs no CORS at all.)',
  )
  return `${lines.join('\n')}\n`
}
