/**
 * The backend conformance checker (`npm run check:backend -- --base-url URL`): asks a backend every endpoint for
 * every region, category and a spread of months, and reports what the dashboard would refuse or show wrongly.
 *
 * Every 200 answer goes through the dashboard's own fetchers (src/api/), handed the bytes the server sent: the
 * schemas, the echo rule and /regions' province check are the app's code, not a copy. Then the data is checked
 * across answers for what a faithful data set keeps (invariants.ts), bad parameters are sent expecting 400
 * problem+json, and CORS and latency are reported. Bounded by a request budget, a time limit, a per-request timeout
 * and a body size limit: a server that lies or hangs is a finding, never a crash or a wait.
 */
import * as v from 'valibot'
import { fetchAnnotations, type Annotations } from '../../src/api/annotations'
import { fetchChannels, type Channels } from '../../src/api/channels'
import { ApiError, problemSchema } from '../../src/api/client'
import { ENDPOINTS, type CategoryId, type Endpoint } from '../../src/api/common'
import { errorMessage } from '../../src/lib/errors'
import { fetchMe, type Me } from '../../src/api/me'
import { fetchMeta, type Meta } from '../../src/api/meta'
import { fetchMonitoring, type Monitoring } from '../../src/api/monitoring'
import { fetchRegions, type RegionsData } from '../../src/api/regions'
import { fetchRegionsSeries, type RegionsSeries } from '../../src/api/regionsSeries'
import { fetchSeries, type Series } from '../../src/api/series'
import { fetchTargets, type Targets } from '../../src/api/targets'
import { CONTRACT, type ParameterName } from '../contract'
import { get, type Exchange } from './http'
import { checkInvariants, metaInScope, withDataMonths, type Collected } from './invariants'
import {
  CHECKS,
  EFFECTS,
  percentile,
  verdictOf,
  type CheckId,
  type CorsReport,
  type Effect,
  type Finding,
  type Latency,
  type Report,
  type Severity,
  type Tally,
} from './report'

export interface CheckOptions {
  /** the backend, without /api/v1 */
  baseUrl: string
  maxRequests: number
  timeLimitS: number
  /** the dashboard's timeout (VITE_API_TIMEOUT_MS): a slower answer is a timeout */
  requestTimeoutMs: number
  /** slower answers than this are a warning */
  slowMs: number
  maxBodyBytes: number
  /** the dashboard's origin; when given, missing CORS is a violation */
  origin?: string
  concurrency: number
  /** how many months of the data /targets, /regions and /channels are asked about */
  months: number
  onProgress?: (progress: { done: number; planned: number; current: string }) => void
}

export const DEFAULTS = {
  maxRequests: 2000,
  timeLimitS: 300,
  requestTimeoutMs: 15_000,
  slowMs: 3000,
  maxBodyBytes: 10 * 1024 * 1024,
  concurrency: 4,
  months: 4,
} satisfies Partial<CheckOptions>

/** Where the CORS check pretends the dashboard is, when --origin is not given. */
export const DEFAULT_ORIGIN = 'https://dashboard.example'

const WARNINGS: ReadonlySet<CheckId> = new Set<CheckId>(['latency', 'problem-detail', 'not-found'])
/** findings listed per check; the rest are counted */
const LISTED_PER_CHECK = 20

type Params = Partial<Record<ParameterName, string>>

/** The dashboard's fetcher for each endpoint, as the dashboard calls it. */
const FETCHERS: { [E in Endpoint]: (q: Params, meta: Meta | undefined) => Promise<unknown> } = {
  me: () => fetchMe(),
  meta: () => fetchMeta(),
  series: (q) => fetchSeries(q as Parameters<typeof fetchSeries>[0]),
  targets: (q) => fetchTargets(q as Parameters<typeof fetchTargets>[0]),
  regions: (q, meta) =>
    fetchRegions({
      ...(q as { category: CategoryId; month: string }),
      provinces: (meta?.regions ?? []).map((r) => r.id).filter((id) => id !== meta?.nationalId),
    }),
  'regions/series': (q, meta) =>
    fetchRegionsSeries({
      ...(q as { category: CategoryId; from: string; to: string }),
      provinces: (meta?.regions ?? []).map((r) => r.id).filter((id) => id !== meta?.nationalId),
    }),
  channels: (q) => fetchChannels(q as Parameters<typeof fetchChannels>[0]),
  annotations: (q) => fetchAnnotations(q as Parameters<typeof fetchAnnotations>[0]),
  monitoring: (q, meta) => fetchMonitoring({ month: q.month ?? '', regions: (meta?.regions ?? []).map((r) => r.id) }),
}

/** The endpoints that take a region: each must refuse one outside the signed-in user's scope (403 problem+json). */
const TAKES_REGION: readonly Endpoint[] = ENDPOINTS.filter((e) =>
  CONTRACT[e].parameters.some((p) => p.name === 'region'),
)
/** The endpoints that list regions: each must list only those in the user's scope. */
const LISTS_REGIONS: ReadonlySet<Endpoint> = new Set<Endpoint>(['regions', 'regions/series', 'monitoring'])

/** The regions an answer of a region-listing endpoint names (its schema already checked). */
function regionsNamed(endpoint: Endpoint, body: unknown): string[] {
  const answer = body as { items: { region: string }[]; notReported?: unknown[] }
  const named = answer.items.map((i) => i.region)
  if (endpoint === 'regions') named.push(...((answer.notReported ?? []) as string[]))
  return named
}

/** Whether a 2xx body carries data (a non-empty items or points list). */
function carriesData(body: Buffer): boolean {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { items?: unknown[]; points?: unknown[] }
    return (parsed.items?.length ?? 0) > 0 || (parsed.points?.length ?? 0) > 0
  } catch {
    return false
  }
}

/**
 * Runs the dashboard's fetcher on an answer already received: the global fetch is swapped for one that hands over
 * those bytes just while the fetcher starts its request (synchronously), so nothing else ever sees the swap.
 */
async function dashboardVerdict(endpoint: Endpoint, params: Params, meta: Meta | undefined, exchange: Exchange) {
  const original = globalThis.fetch
  const answer = new Response(new Uint8Array(exchange.body), {
    status: exchange.status,
    headers: { 'content-type': exchange.headers['content-type'] ?? 'application/octet-stream' },
  })
  globalThis.fetch = (async () => answer) as typeof fetch
  let pending: Promise<unknown>
  try {
    pending = FETCHERS[endpoint](params, meta)
  } finally {
    globalThis.fetch = original
  }
  try {
    return { data: await pending }
  } catch (error) {
    return {
      error: error instanceof Error ? error.message : String(error),
      // the check the fetchers' own refusal belongs to (src/api/checks.ts), when it is one
      check: error instanceof ApiError ? error.reason?.check : undefined,
      said: errorMessage(error, 'en'),
    }
  }
}

const isJsonType = (type: string | undefined) => /^application\/json\s*(;|$)/i.test(type ?? '')
const isProblemType = (type: string | undefined) => /^application\/problem\+json\s*(;|$)/i.test(type ?? '')
/** A body that is markup, not JSON (whatever its Content-Type says). */
const looksLikeHtml = (body: Buffer) =>
  /^\s*</.test(
    body
      .subarray(0, 64)
      .toString('utf8')
      .replace(/^\uFEFF/, ''),
  )

function htmlTitle(body: Buffer): string {
  const title = /<title[^>]*>([^<]{0,120})/i.exec(body.subarray(0, 4096).toString('utf8'))?.[1]?.trim()
  return title ? ` (its title: “${title.replace(/\s+/g, ' ')}”)` : ''
}

function describeProblem(body: Buffer): string {
  try {
    const parsed = v.safeParse(problemSchema, JSON.parse(body.toString('utf8')))
    if (parsed.success) return [parsed.output.title, parsed.output.detail].filter(Boolean).join(': ')
  } catch {
    // not JSON: the status says it
  }
  return body.subarray(0, 120).toString('utf8').replace(/\s+/g, ' ').trim()
}

/** A spread of the data's months: the first, the last, the last a year earlier, and evenly between; in order. */
export function spreadMonths(months: string[], count: number): string[] {
  if (months.length === 0) return []
  const n = months.length
  const last = months[n - 1]
  const picks = new Set([months[0], last])
  const yearBefore = `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`
  if (months.includes(yearBefore)) picks.add(yearBefore)
  const wanted = Math.min(Math.max(count, 2), n)
  for (let k = 1; picks.size < wanted && k < n; k++) {
    // halves, then quarters, …: evenly spread, whatever is picked already
    for (let j = 1; j < 2 ** k && picks.size < wanted; j += 2) picks.add(months[Math.round((j * (n - 1)) / 2 ** k)])
  }
  return months.filter((m) => picks.has(m))
}

export async function checkBackend(options: CheckOptions): Promise<Report> {
  const base = options.baseUrl.replace(/\/+$/, '')
  const origin = options.origin ?? DEFAULT_ORIGIN
  const started = performance.now()
  const deadline = started + options.timeLimitS * 1000
  const startedAt = new Date().toISOString()

  const tallies = new Map<CheckId, Tally>(
    (Object.keys(CHECKS) as CheckId[]).map((check) => [check, { check, title: CHECKS[check], checked: 0, failed: 0 }]),
  )
  const findings: Finding[] = []
  const unlisted: Partial<Record<CheckId, number>> = {}
  const severityOf = (check: CheckId): Severity =>
    WARNINGS.has(check) || (check === 'cors' && !options.origin) ? 'warning' : 'violation'
  /** findings made from the fetchers' refusals, by check and URL, until the checker's own check words them */
  const refusals = new Map<string, Finding>()
  const note = (check: CheckId, ok: boolean, message: () => string, url?: string, effect: Effect = EFFECTS[check]) => {
    const tally = tallies.get(check)!
    tally.checked += 1
    if (ok) return
    // One finding per check and answer: a refusal by the fetchers and the checker's own look at the same answer are
    // the same fault, said in the checker's more exact words and listed as refused.
    const refusal = url ? refusals.get(`${check} ${url}`) : undefined
    if (refusal) {
      if (effect !== 'refused') {
        refusal.message = message()
        refusals.delete(`${check} ${url}`)
      }
      return
    }
    tally.failed += 1
    if (tally.failed > LISTED_PER_CHECK) {
      unlisted[check] = (unlisted[check] ?? 0) + 1
      return
    }
    findings.push({ check, severity: severityOf(check), effect, message: message(), ...(url ? { url } : {}) })
  }

  let requests = 0
  let planned = 1
  let done = 0
  let stopped: string | undefined
  const timings = new Map<Endpoint, number[]>()
  const cors: CorsReport = { origin, required: options.origin !== undefined }

  const urlOf = (path: string, params: Record<string, string | string[]>) => {
    const search = new URLSearchParams()
    for (const [key, value] of Object.entries(params)) {
      for (const one of Array.isArray(value) ? value : [value]) search.append(key, one)
    }
    const query = search.toString()
    return `${base}/api/v1/${path}${query ? `?${query}` : ''}`
  }

  /** One request within the bounds, or undefined when the budget or the time is spent. */
  async function send(url: string, label: string): Promise<Exchange | undefined> {
    const left = deadline - performance.now()
    if (requests >= options.maxRequests) stopped ??= `the request budget (${options.maxRequests}) was spent`
    else if (left <= 0) stopped ??= `the time limit (${options.timeLimitS} s) was reached`
    if (stopped) return undefined
    requests += 1
    options.onProgress?.({ done, planned, current: label })
    const cutByTimeLimit = left < options.requestTimeoutMs
    const exchange = await get(url, {
      timeoutMs: Math.max(1, Math.min(options.requestTimeoutMs, left)),
      maxBodyBytes: options.maxBodyBytes,
      headers: { Origin: origin },
    })
    done += 1
    if (exchange.failure?.kind === 'timeout' && cutByTimeLimit) {
      // Not the server's timeout but the run's: stop, and say so, rather than blame the server.
      stopped ??= `the time limit (${options.timeLimitS} s) was reached`
      return undefined
    }
    options.onProgress?.({ done, planned, current: label })
    return exchange
  }

  /** Notes what any answer must be (arrived, in time, not redirected, not huge); true when there is one to read. */
  function arrived(exchange: Exchange): boolean {
    const { url, failure } = exchange
    note('connection', failure?.kind !== 'unreachable' && failure?.kind !== 'broken', () => failure!.message, url)
    note('timeout', failure?.kind !== 'timeout', () => failure!.message, url)
    note(
      'size',
      failure?.kind !== 'too-large',
      () =>
        `${failure!.message} (--max-body-bytes), so the checker read no further; the dashboard sets no such limit: ` +
        'it would download and parse all of it, and show it if the rest is right',
      url,
    )
    if (failure) return false
    const status = exchange.status!
    note(
      'redirect',
      status < 300 || status >= 400,
      () => `answered ${status}, redirecting to ${exchange.headers.location ?? '(no Location)'}`,
      url,
    )
    return status < 300 || status >= 400
  }

  function recordCors(exchange: Exchange) {
    const allowed = exchange.headers['access-control-allow-origin'] ?? null
    if (exchange.status === 200) cors.onData ??= allowed
    else if (exchange.status !== undefined && exchange.status >= 400) cors.onErrors ??= allowed
  }

  /** Once /me and /meta are read: the regions /meta knows, and those the signed-in user may see. */
  let regionsKnown: { known: ReadonlySet<string>; scope: ReadonlySet<string> } | undefined

  /** A good request: its answer checked as the dashboard reads it; the data, when the dashboard would accept it. */
  async function ask<T>(
    endpoint: Endpoint,
    params: Params,
    meta?: Meta,
  ): Promise<{ data: T; url: string } | undefined> {
    const url = urlOf(endpoint, params as Record<string, string>)
    const label = `${endpoint} ${new URLSearchParams(params as Record<string, string>).toString()}`
    const exchange = await send(url, label)
    if (!exchange) return undefined
    if (!arrived(exchange)) return undefined
    const status = exchange.status!
    const type = exchange.headers['content-type']
    recordCors(exchange)
    if (!timings.has(endpoint)) timings.set(endpoint, [])
    timings.get(endpoint)!.push(exchange.ms)
    note(
      'latency',
      exchange.ms <= options.slowMs,
      () => `took ${Math.round(exchange.ms)} ms (slow: over ${options.slowMs} ms)`,
      url,
    )

    note(
      'status',
      status === 200,
      () => `answered ${status}${exchange.body.length ? `: ${describeProblem(exchange.body)}` : ''}`,
      url,
    )
    if (status !== 200) return undefined
    // What the dashboard reads is the body: src/api/client.ts parses any 200 as JSON whatever its Content-Type. HTML
    // it refuses (not JSON); JSON under another type it shows.
    const html = looksLikeHtml(exchange.body)
    note(
      'content-type',
      isJsonType(type) && !html,
      () =>
        html
          ? `answered HTML instead of JSON${htmlTitle(exchange.body)}: a sign-in page or a proxy’s error page? ` +
            'The dashboard refuses it as an unexpected format'
          : `Content-Type is ${type ?? 'missing'}, not application/json; the dashboard reads the body anyway ` +
            '(it parses any 200 as JSON), but the contract, proxies, caches and other clients go by the type',
      url,
      html ? 'refused' : 'contract',
    )
    if (html) return undefined
    let body: unknown
    try {
      body = JSON.parse(exchange.body.toString('utf8'))
    } catch (error) {
      note(
        'json',
        false,
        () => `the body (${exchange.body.length} bytes) is not JSON: ${(error as Error).message}`,
        url,
      )
      return undefined
    }
    note('json', true, () => '', url)
    const parsed = v.safeParse(CONTRACT[endpoint].response, body)
    note(
      'schema',
      parsed.success,
      () =>
        (parsed.issues ?? [])
          .slice(0, 3)
          .map((issue) => `at ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
          .join('; '),
      url,
    )
    if (!parsed.success) return undefined
    if (regionsKnown && LISTS_REGIONS.has(endpoint)) {
      // A region the user may not see, named in a list: the scope leaks. The dashboard refuses the whole answer (its
      // fetchers are given the regions in scope), so that is said once, here, as what it is.
      const { known, scope } = regionsKnown
      const leaked = [...new Set(regionsNamed(endpoint, parsed.output))].filter((id) => known.has(id) && !scope.has(id))
      note(
        'scope',
        leaked.length === 0,
        () =>
          `lists ${leaked.slice(0, 5).join(', ')}${leaked.length > 5 ? ` and ${leaked.length - 5} more` : ''}, ` +
          'outside the signed-in user’s scope (/me): a scope leak, and the dashboard refuses the whole answer',
        url,
        'refused',
      )
      if (leaked.length > 0) return undefined
    }
    const verdict = await dashboardVerdict(endpoint, params, meta, exchange)
    if (verdict.check) {
      // Refused by the fetchers for what it says (src/api/checks.ts): reported under that check, as refused, and the
      // answer, valid in shape, still checked below for everything else it may get wrong.
      note('echo', true, () => '', url)
      note(verdict.check, false, () => `the dashboard refuses it: ${verdict.said}`, url, 'refused')
      const made = findings.at(-1)
      if (made?.check === verdict.check && made.url === url) refusals.set(`${verdict.check} ${url}`, made)
      return { data: parsed.output as T, url }
    }
    note('echo', verdict.error === undefined, () => `the dashboard refuses it: ${verdict.error}`, url)
    return verdict.error === undefined ? { data: verdict.data as T, url } : undefined
  }

  /** A bad request: it must get 400 problem+json whose detail names the parameter. */
  async function askBadly(
    endpoint: Endpoint,
    params: Record<string, string | string[]>,
    what: string,
    names: string[],
  ) {
    const url = urlOf(endpoint, params)
    const exchange = await send(url, `${endpoint} (${what})`)
    if (!exchange || !arrived(exchange)) return
    recordCors(exchange)
    const { status, body } = exchange
    const type = exchange.headers['content-type']
    let problem: v.InferOutput<typeof problemSchema> | undefined
    try {
      const parsed = v.safeParse(problemSchema, JSON.parse(body.toString('utf8')))
      if (parsed.success) problem = parsed.output
    } catch {
      // reported below
    }
    note(
      'bad-parameter',
      status === 400 && isProblemType(type) && problem !== undefined,
      () =>
        status !== 400
          ? `${what}: answered ${status}, not 400`
          : !isProblemType(type)
            ? `${what}: 400 with Content-Type ${type ?? 'missing'}, not application/problem+json`
            : `${what}: the 400’s body is not a problem+json object`,
      url,
    )
    if (status === 400 && problem) {
      const detail = problem.detail ?? ''
      note(
        'problem-detail',
        names.some((name) => new RegExp(`\\b${name}\\b`, 'i').test(detail)) && (problem.status ?? 400) === 400,
        () =>
          (problem.status ?? 400) !== 400
            ? `${what}: the problem’s status is ${problem.status}, the answer’s 400`
            : `${what}: detail “${detail.slice(0, 120)}” does not name ${names.join(' or ')}`,
        url,
      )
    }
  }

  async function pool<T>(items: T[], run: (item: T) => Promise<void>) {
    let next = 0
    const workers = Array.from({ length: Math.min(options.concurrency, items.length) }, async () => {
      while (next < items.length && !stopped) await run(items[next++])
    })
    await Promise.all(workers)
  }

  // 1. /me and /meta: everything else is asked in their terms, as the signed-in user (the checker's credentials)
  // may see it.
  const me = await ask<Me>('me', {})
  const meta = await ask<Meta>('meta', {})
  let collected: Collected | undefined
  if (me && meta) {
    const known = meta.data.regions.map((r) => r.id)
    const unknown = me.data.regions.filter((id) => !known.includes(id))
    note('scope', unknown.length === 0, () => `names regions /meta does not list: ${unknown.join(', ')}`, me.url)
    // /meta as the user sees it: its regions are those in scope, so every check below asks about those alone, and
    // the dashboard's fetchers refuse an answer that lists another (as the dashboard would). Its months are those the
    // data runs over: a /meta whose list is out of order or has a gap is reported once, as the cause, rather than
    // every series blamed for not matching it.
    const m = metaInScope(withDataMonths(meta.data), me.data.regions)
    const outside = known.filter((id) => !me.data.regions.includes(id))
    regionsKnown = { known: new Set(known), scope: new Set(me.data.regions) }
    const provinces = m.regions.map((r) => r.id)
    const home = provinces.includes(m.nationalId) ? m.nationalId : (provinces[0] ?? m.nationalId)
    const categories = m.categories.map((c) => c.id)
    const first = m.months[0]
    const last = m.months[m.months.length - 1]
    const spread = spreadMonths(m.months, options.months)
    collected = {
      meta,
      scope: me.data.regions,
      series: [],
      regions: [],
      targets: [],
      channels: [],
      annotations: [],
      regionsSeries: [],
      monitoring: [],
    }
    const c = collected

    // 2. Bad parameters, each endpoint, each parameter: missing, malformed, unknown or outside the data.
    const good: Record<ParameterName, string> = {
      region: home,
      category: categories.includes('total') ? 'total' : categories[0],
      month: m.asOf,
      from: first,
      to: last,
    }
    const unknownRegion = ['999999', '999998', '000001'].find((id) => !known.includes(id)) ?? '999999'
    const beforeData = `${Number(first.slice(0, 4)) - 5}${first.slice(4)}`
    const wrong: Record<ParameterName, [string, string][]> = {
      region: [
        ['malformed', 'abc'],
        ['unknown', unknownRegion],
      ],
      category: [
        ['malformed', '<b>total</b>'],
        ['unknown', 'no_such_category'],
      ],
      month: [
        ['malformed', `${last.slice(0, 4)}-13`],
        ['outside the data', beforeData],
      ],
      from: [
        ['malformed', `${first.slice(0, 4)}-1`],
        ['outside the data', beforeData],
      ],
      to: [
        ['malformed', '2024/08'],
        ['outside the data', beforeData],
      ],
    }
    const badRequests: { endpoint: Endpoint; params: Record<string, string>; what: string; names: string[] }[] = []
    for (const endpoint of ENDPOINTS) {
      const names = CONTRACT[endpoint].parameters.map((p) => p.name)
      if (names.length === 0) continue
      const valid = Object.fromEntries(names.map((name) => [name, good[name]]))
      for (const name of names) {
        const { [name]: _omitted, ...rest } = valid
        void _omitted
        badRequests.push({ endpoint, params: rest, what: `/${endpoint} without ${name}`, names: [name] })
        for (const [kind, value] of wrong[name]) {
          badRequests.push({
            endpoint,
            params: { ...valid, [name]: value },
            what: `/${endpoint} ${kind} ${name}`,
            names: [name],
          })
        }
      }
      if (names.includes('from') && names.includes('to') && first !== last) {
        badRequests.push({
          endpoint,
          params: { ...valid, from: last, to: first },
          what: `/${endpoint} to before from`,
          names: ['from', 'to'],
        })
      }
    }

    const seriesRequests = provinces.flatMap((region) => categories.map((category) => ({ region, category })))
    const perMonth = spread.flatMap((month) => provinces.map((region) => ({ region, month })))
    // Every region outside the scope (a province's office has 25), at every endpoint that takes a region: the backend
    // must refuse each, 403 problem+json, never answer it.
    const forbidden = outside.flatMap((region) => TAKES_REGION.map((endpoint) => ({ region, endpoint })))
    planned =
      2 +
      forbidden.length +
      badRequests.length +
      seriesRequests.length +
      1 +
      categories.length * spread.length +
      2 * perMonth.length +
      2 +
      categories.length +
      spread.length
    options.onProgress?.({ done, planned, current: 'meta' })

    await pool(badRequests, (b) => askBadly(b.endpoint, b.params, b.what, b.names))
    await pool(forbidden, async ({ region, endpoint }) => {
      const names = CONTRACT[endpoint].parameters.map((p) => p.name)
      const url = urlOf(endpoint, Object.fromEntries(names.map((n) => [n, n === 'region' ? region : good[n]])))
      const exchange = await send(url, `${endpoint} of ${region}, outside the scope`)
      if (!exchange || !arrived(exchange)) return
      recordCors(exchange)
      const status = exchange.status!
      const type = exchange.headers['content-type']
      note(
        'scope',
        status === 403 && isProblemType(type),
        () =>
          status >= 200 && status < 300
            ? `${region} is outside the signed-in user’s scope, yet /${endpoint} answered ${status}` +
              (carriesData(exchange.body) ? ' with its data: a scope leak' : ' (with no data), not 403')
            : `${region} is outside the signed-in user’s scope: /${endpoint} answered ${status} ${type ?? ''}, ` +
              'not 403 application/problem+json',
        url,
      )
    })
    // An unknown resource: 404 problem+json (a warning: the dashboard never asks one).
    const missing = await send(urlOf('no-such-resource', {}), 'an unknown resource')
    if (missing && arrived(missing)) {
      recordCors(missing)
      note(
        'not-found',
        missing.status === 404 && isProblemType(missing.headers['content-type']),
        () => `answered ${missing.status} ${missing.headers['content-type'] ?? ''}, not 404 application/problem+json`,
        missing.url,
      )
    }

    // 3. Every region × category over the whole data: the figures every other answer is compared with.
    await pool(seriesRequests, async ({ region, category }) => {
      const answer = await ask<Series>('series', { region, category, from: first, to: last }, m)
      if (answer) c.series.push({ ...answer, from: first, to: last })
    })
    // …and one shorter period, which must be cut exactly.
    if (spread.length >= 3) {
      const [from, to] = [spread[1], spread[spread.length - 2]]
      const answer = await ask<Series>('series', { region: home, category: good.category, from, to }, m)
      if (answer) c.series.push({ ...answer, from, to })
    }
    // 4. Provinces per category, and targets and channels per region, in the spread of months.
    await pool(
      categories.flatMap((category) => spread.map((month) => ({ category, month }))),
      async (q) => {
        const answer = await ask<RegionsData>('regions', q, m)
        if (answer) c.regions.push(answer)
      },
    )
    await pool(perMonth, async (q) => {
      const answer = await ask<Targets>('targets', q, m)
      if (answer) c.targets.push(answer)
    })
    await pool(perMonth, async (q) => {
      const answer = await ask<Channels>('channels', q, m)
      if (answer) c.channels.push(answer)
    })
    for (const [from, to] of [
      [first, last],
      [last, last],
    ]) {
      const answer = await ask<Annotations>('annotations', { from, to }, m)
      if (answer) c.annotations.push({ ...answer, from, to })
    }
    // 5. What the Regions panel's small multiples and Needs attention ask: every province's series of each category
    // over the whole data (one request per category), and every category's figures for each month of the spread.
    await pool(categories, async (category) => {
      const answer = await ask<RegionsSeries>('regions/series', { category, from: first, to: last }, m)
      if (answer) c.regionsSeries.push(answer)
    })
    await pool(spread, async (month) => {
      const answer = await ask<Monitoring>('monitoring', { month }, m)
      if (answer) c.monitoring.push(answer)
    })
    checkInvariants(c, note)
  }

  // CORS: what a dashboard on `origin` would be allowed to read.
  const allows = (value: string | null | undefined) => value === '*' || value === origin
  if (cors.onData !== undefined) {
    note(
      'cors',
      allows(cors.onData),
      () =>
        `a dashboard on ${origin} cannot read the answers: Access-Control-Allow-Origin is ${cors.onData ?? 'missing'}`,
      meta?.url ?? urlOf('meta', {}),
    )
  }
  if (cors.onErrors !== undefined && allows(cors.onData)) {
    note(
      'cors',
      allows(cors.onErrors),
      () =>
        `error answers carry no CORS header for ${origin} (Access-Control-Allow-Origin: ${cors.onErrors ?? 'missing'}): ` +
        'the dashboard would see them as a network failure, not as the error they are',
    )
  }
  for (const [endpoint, answer, what] of [
    ['meta', meta, 'every view of the dashboard starts with it'],
    ['me', me, 'the dashboard shows nothing until it knows who is signed in and what they may see'],
  ] as const) {
    if (answer) continue
    findings.unshift({
      check: 'status',
      severity: 'violation',
      effect: 'refused',
      message: `/${endpoint} could not be read, so nothing else was asked: ${what}`,
      url: urlOf(endpoint, {}),
    })
  }
  note(
    'complete',
    stopped === undefined,
    () => `the check stopped early: ${stopped}; raise --max-requests or --time-limit`,
  )

  const latency: Latency[] = ENDPOINTS.filter((e) => timings.has(e)).map((endpoint) => {
    const sorted = [...timings.get(endpoint)!].sort((a, b) => a - b)
    return {
      endpoint,
      count: sorted.length,
      medianMs: percentile(sorted, 50),
      p95Ms: percentile(sorted, 95),
      maxMs: sorted[sorted.length - 1],
    }
  })
  const violations =
    [...tallies.values()]
      .filter((t) => t.failed > 0 && severityOf(t.check) === 'violation')
      .reduce((n, t) => n + t.failed, 0) +
    (meta ? 0 : 1) +
    (me ? 0 : 1)
  const warnings = [...tallies.values()]
    .filter((t) => t.failed > 0 && severityOf(t.check) === 'warning')
    .reduce((n, t) => n + t.failed, 0)
  const report = {
    baseUrl: base,
    startedAt,
    durationMs: performance.now() - started,
    requests,
    maxRequests: options.maxRequests,
    timeLimitS: options.timeLimitS,
    complete: stopped === undefined,
    ok: violations === 0 && stopped === undefined,
    violations,
    warnings,
    tallies: [...tallies.values()],
    findings,
    unlisted,
    latency,
    cors,
  }
  return { ...report, verdict: verdictOf(report) }
}
