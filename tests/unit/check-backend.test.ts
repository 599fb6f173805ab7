/**
 * The backend conformance checker (scripts/check-backend/) against the HTTP mock backend (mocks/http-server.ts), in
 * this process on a free port: it passes the mock, and every fault of the fault switch, and every lie of a worse
 * server (redirects, huge bodies, hangs, wrong numbers), fails with the right finding and the URL that shows it —
 * within its bounds, never a crash or a hang.
 */
import { spawn } from 'node:child_process'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse } from 'msw'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { handlers } from '../../mocks/handlers'
import { startMockApi, type FaultKind, type MockApi } from '../../mocks/http-server'
import { server as mswServer } from '../../mocks/node'
import { checkBackend, DEFAULTS, spreadMonths, type CheckOptions } from '../../scripts/check-backend/checker'
import { parseArgs } from '../../scripts/check-backend/cli'
import { closeConnections } from '../../scripts/check-backend/http'
import type { CheckId, Report } from '../../scripts/check-backend/report'
import { renderText } from '../../scripts/check-backend/report'
import { ENDPOINTS, type Endpoint } from '../../src/api/common'
import { LIES, startLyingBackend } from './lying-backends'

let api: MockApi

beforeAll(async () => {
  // The checker makes real requests: msw (tests/setup.ts) would answer them itself, faults and all ignored.
  mswServer.close()
  api = await startMockApi({ port: 0 })
})
afterAll(async () => {
  closeConnections()
  await api.close()
})
beforeEach(() => api.reset())

const check = (baseUrl: string, options: Partial<CheckOptions> = {}) =>
  checkBackend({ ...DEFAULTS, baseUrl, ...options })

const failedChecks = (report: Report) => report.tallies.filter((t) => t.failed > 0).map((t) => t.check)
/** how many times a check failed (the report lists the first 20 of each) */
const failures = (report: Report, checkId: CheckId) => report.tallies.find((t) => t.check === checkId)!.failed
const violationsOf = (report: Report, checkId: CheckId) =>
  report.findings.filter((f) => f.check === checkId && f.severity === 'violation')

describe('against the mock backend', { timeout: 30_000 }, () => {
  it('passes: every endpoint, region, category and a spread of months, within the budget', async () => {
    const started = performance.now()
    const report = await check(api.origin)
    const seconds = (performance.now() - started) / 1000
    expect(report.findings).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.complete).toBe(true)
    // 26 regions × 8 categories of series, 26 regions × 4 months of targets and of channels, …
    expect(report.requests).toBeGreaterThan(26 * 8 + 2 * 26 * 4)
    expect(report.requests).toBeLessThan(DEFAULTS.maxRequests)
    const requests = api.state().requests
    expect(requests.series).toBe(26 * 8 + 1 + 13) // + one shorter period + the bad-parameter requests
    for (const id of [
      'schema',
      'echo',
      'meta',
      'series-period',
      'coverage',
      'province-sum',
      'target-sum',
      'channel-sum',
      'parent',
      'same-figure',
      'annotations',
      'bad-parameter',
      'cors',
      'scope',
    ] as const) {
      expect(report.tallies.find((t) => t.check === id)?.checked, id).toBeGreaterThan(0)
    }
    // every endpoint the dashboard calls
    expect(report.latency.map((l) => l.endpoint)).toEqual([...ENDPOINTS])
    expect(requests['regions/series']).toBe(8 + 10) // each category + the bad-parameter requests
    expect(requests.monitoring).toBe(4 + 3) // the spread's months + the bad-parameter requests
    for (const l of report.latency) expect(l.p95Ms).toBeGreaterThanOrEqual(l.medianMs)
    expect(report.cors).toMatchObject({ onData: '*', onErrors: '*' })
    const text = renderText(report)
    expect(text).toMatch(/^PASS/m)
    expect(text).toContain('✓ province-sum')
    console.info(`check:backend against the mock: ${report.requests} requests in ${seconds.toFixed(1)} s`)
  })
})

describe('as a provincial user (the scope from /me)', { timeout: 30_000 }, () => {
  it('passes the mock signed in as 河南: asks about 河南 alone, and finds every other region refused with 403', async () => {
    api.setUser('henan')
    const report = await check(api.origin)
    expect(report.findings).toEqual([])
    expect(report.ok).toBe(true)
    // 河南's series, one per category, + one shorter period + the bad-parameter requests + the 25 other provinces
    const { requests } = api.state()
    expect(requests.series).toBe(8 + 1 + 13 + 25)
    // 河南 in 4 months + the bad-parameter requests + the 25 other provinces
    expect(requests.targets).toBe(4 + 6 + 25)
    expect(requests.channels).toBe(4 + 6 + 25)
    // /me's regions, each other province at /series, /targets and /channels, and the list of each /regions,
    // /regions/series and /monitoring answer
    expect(report.tallies.find((t) => t.check === 'scope')!.checked).toBe(1 + 25 * 3 + 8 * 4 + 8 + 4)
    // the provinces are not summed: 河南 alone is not the nation
    expect(report.tallies.find((t) => t.check === 'province-sum')!.checked).toBe(0)
  })

  it('a backend that answers every region whatever /me says: [scope] for each probe, [echo] for each list', async () => {
    const { report, origin } = await withLiar(async (url, res, real) => {
      if (url.pathname !== '/api/v1/me') return false
      json(res, { ...(await realJson(real)), id: 'henan', role: 'provincial', regions: ['410000'] })
      return true
    })
    // every other region at /series, /targets and /channels, and every answer that lists regions: /regions
    // (8 categories × 4 months), /regions/series (8 categories) and /monitoring (4 months)
    expect(failures(report, 'scope')).toBe(25 * 3 + 8 * 4 + 8 + 4)
    const scope = violationsOf(report, 'scope')
    expect(scope[0].message).toMatch(
      /^\d{6} is outside the signed-in user’s scope, yet \/series answered 200 with its data/,
    )
    expect(scope[0].url).toMatch(new RegExp(`^${origin}/api/v1/series\\?region=`))
    for (const endpoint of ['targets', 'channels']) {
      expect(scope.some((f) => f.url?.startsWith(`${origin}/api/v1/${endpoint}?region=`))).toBe(true)
    }
    // the lists name provinces outside the scope: said once as what it is, not also as the refusal it causes
    expect(failures(report, 'echo')).toBe(0)
  })
})

describe('against each fault of the fault switch', { timeout: 30_000 }, () => {
  // On /meta, the first request, each fault stops the check at once; the URL names /meta.
  const ON_META: [FaultKind, CheckId][] = [
    ['500', 'status'],
    ['503', 'status'],
    ['401', 'status'],
    ['403', 'status'],
    ['network', 'connection'],
    ['malformed', 'json'],
    ['wrong-shape', 'schema'],
    ['empty', 'schema'],
    ['html', 'content-type'],
  ]
  for (const [fault, expected] of ON_META) {
    it(`${fault} on /meta: fails with [${expected}]`, async () => {
      api.setFault(fault, 'meta')
      const report = await check(api.origin)
      expect(report.ok).toBe(false)
      const found = violationsOf(report, expected)
      expect(found.length, JSON.stringify(report.findings)).toBeGreaterThan(0)
      expect(found[0].url).toBe(`${api.origin}/api/v1/meta`)
      expect(report.findings.some((f) => /\/meta could not be read/.test(f.message))).toBe(true)
    })
  }

  it('slow on /meta, slower than the timeout: fails with [timeout]', async () => {
    api.setFault({ kind: 'slow', delayMs: 800 }, 'meta')
    const report = await check(api.origin, { requestTimeoutMs: 300 })
    expect(violationsOf(report, 'timeout')[0]).toMatchObject({ url: `${api.origin}/api/v1/meta` })
    expect(violationsOf(report, 'timeout')[0].message).toMatch(/300 ms/)
  })

  it('slow but within the timeout: a [latency] warning, and it passes', async () => {
    api.setFault({ kind: 'slow', delayMs: 150 }, 'annotations')
    const report = await check(api.origin, { slowMs: 100 })
    expect(report.findings.filter((f) => f.severity === 'violation')).toEqual([])
    expect(report.ok).toBe(true)
    const slow = report.findings.filter((f) => f.check === 'latency')
    expect(slow.length).toBeGreaterThan(0)
    expect(slow.every((f) => f.severity === 'warning')).toBe(true)
    // the slowed endpoint is among them (on a busy machine other answers pass 100 ms too, and fill the 20 listed)
    expect(failures(report, 'latency')).toBeGreaterThanOrEqual(2)
    expect(report.latency.find((l) => l.endpoint === 'annotations')!.medianMs).toBeGreaterThanOrEqual(150)
  })

  it('the backend down: fails with [connection], and says nothing else could be asked', async () => {
    await api.setDown(true)
    const report = await check(api.origin)
    expect(violationsOf(report, 'connection')[0].message).toMatch(/ECONNREFUSED/)
    // /me and /meta, each refused; nothing else is asked without them
    expect(report.requests).toBe(2)
    expect(report.findings.filter((f) => /could not be read, so nothing else was asked/.test(f.message))).toHaveLength(
      2,
    )
    expect(report.ok).toBe(false)
  })

  it('a fault that mangles data leaves a refusal a refusal: 403 out of scope and 400 for a bad parameter', async () => {
    // As 河南's office, with every data endpoint that takes a region answering "empty", "wrong-shape" or "malformed":
    // the probes of regions outside the scope must still be refused, never answered 200 with no data (a scope leak).
    api.setUser('henan')
    for (const fault of ['empty', 'wrong-shape', 'malformed'] as const) {
      for (const endpoint of ['series', 'targets', 'channels'] as const) api.setFault(fault, endpoint)
      const report = await check(api.origin)
      const scope = report.tallies.find((t) => t.check === 'scope')!
      expect(scope.checked, fault).toBeGreaterThan(1)
      expect(violationsOf(report, 'scope'), fault).toEqual([])
      expect(violationsOf(report, 'bad-parameter'), fault).toEqual([])
    }
  })

  // On one data endpoint: the rest of the check runs, and the findings name that endpoint.
  const ON_DATA: [FaultKind, Endpoint, CheckId[]][] = [
    ['500', 'channels', ['status']],
    ['network', 'targets', ['connection']],
    ['malformed', 'targets', ['json']],
    ['wrong-shape', 'regions', ['schema']],
    ['empty', 'regions', ['province-sum', 'coverage']],
    ['empty', 'series', ['series-period']],
    ['html', 'series', ['content-type']],
    ['403', 'annotations', ['status']],
  ]
  for (const [fault, endpoint, expected] of ON_DATA) {
    it(`${fault} on /${endpoint}: fails with ${expected.map((c) => `[${c}]`).join(' ')} at /${endpoint}`, async () => {
      api.setFault(fault, endpoint)
      const report = await check(api.origin, { concurrency: 8 })
      expect(report.ok).toBe(false)
      for (const id of expected) {
        const found = violationsOf(report, id)
        expect(found.length, `${id}: ${JSON.stringify(report.findings.slice(0, 3))}`).toBeGreaterThan(0)
        expect(found.every((f) => f.url?.includes(`/api/v1/${endpoint}`))).toBe(true)
      }
      // Good requests of other endpoints are not blamed.
      expect(failedChecks(report)).not.toContain('echo')
    })
  }
})

/**
 * A server that lies in ways the fault switch does not: the mock's answers, changed by `lie` (return true when it
 * answered itself). Findings must be the lie's, with its URL.
 */
async function liar(lie: (url: URL, res: ServerResponse, real: () => Promise<Response>) => Promise<boolean>) {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://liar.invalid')
    const real = async () => (await getResponse(handlers, new Request(url))) ?? new Response('{}', { status: 404 })
    try {
      if (await lie(url, res, real)) return
      const answer = await real()
      res.writeHead(answer.status, { ...Object.fromEntries(answer.headers), 'Access-Control-Allow-Origin': '*' })
      res.end(Buffer.from(await answer.arrayBuffer()))
    } catch {
      res.destroy()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

async function withLiar(
  lie: Parameters<typeof liar>[0],
  options: Partial<CheckOptions> = {},
): Promise<{ report: Report; origin: string }> {
  const server = await liar(lie)
  try {
    return { report: await check(server.origin, options), origin: server.origin }
  } finally {
    closeConnections()
    await server.close()
  }
}

/** The mock's answer to `url`, as JSON, for a lie to change. */
async function realJson(real: () => Promise<Response>) {
  return (await (await real()).json()) as Record<string, unknown> & { items?: Record<string, unknown>[] }
}
function json(res: ServerResponse, body: unknown, status = 200, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type, 'Access-Control-Allow-Origin': '*' })
  res.end(JSON.stringify(body))
}

describe('against a server that lies', { timeout: 30_000 }, () => {
  it('a redirect to a sign-in page: [redirect], naming where it goes', async () => {
    const { report, origin } = await withLiar(async (url, res) => {
      if (url.pathname !== '/api/v1/meta') return false
      res.writeHead(302, { Location: 'https://sso.example/login?next=/api/v1/meta' }).end()
      return true
    })
    expect(violationsOf(report, 'redirect')[0]).toEqual({
      check: 'redirect',
      severity: 'violation',
      effect: 'refused',
      message: 'answered 302, redirecting to https://sso.example/login?next=/api/v1/meta',
      url: `${origin}/api/v1/meta`,
    })
  })

  it('a huge body, declared or streamed without a length: [size], read no further than the limit', async () => {
    for (const declared of [true, false]) {
      let written = 0
      const { report } = await withLiar(
        async (url, res) => {
          if (url.pathname !== '/api/v1/meta') return false
          const chunk = Buffer.alloc(64 * 1024, 32)
          res.writeHead(200, {
            'Content-Type': 'application/json',
            ...(declared ? { 'Content-Length': String(200 * chunk.length) } : {}),
          })
          // Writes until the client goes away (or 200 chunks, 12.5 MiB).
          for (let i = 0; i < 200 && !res.destroyed; i++) {
            written += chunk.length
            if (!res.write(chunk)) await new Promise((r) => setTimeout(r, 5))
          }
          res.end()
          return true
        },
        { maxBodyBytes: 1024 * 1024 },
      )
      expect(violationsOf(report, 'size')[0].message, `declared: ${declared}`).toMatch(/1048576 byte limit/)
      expect(written).toBeLessThan(12 * 1024 * 1024)
    }
  })

  it('a server that never answers, or never finishes its body: [timeout], on time', async () => {
    for (const mode of ['silent', 'dribble'] as const) {
      const started = performance.now()
      const { report } = await withLiar(
        async (url, res) => {
          if (url.pathname !== '/api/v1/meta') return false
          if (mode === 'dribble') {
            res.writeHead(200, { 'Content-Type': 'application/json' })
            res.write('{"asOf": "2024-08", ')
          }
          return true // and never ends
        },
        { requestTimeoutMs: 300 },
      )
      expect(performance.now() - started).toBeLessThan(3000)
      expect(violationsOf(report, 'timeout')[0].message).toMatch(mode === 'silent' ? /no answer/ : /body had not/)
    }
  })

  it('a connection dropped in the middle of the body: [connection]', async () => {
    const { report } = await withLiar(async (url, res) => {
      if (url.pathname !== '/api/v1/meta') return false
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '5000' })
      res.write('{"asOf": "2024-08", ')
      setTimeout(() => res.destroy(), 20)
      return true
    })
    expect(violationsOf(report, 'connection').length).toBe(1)
  })

  it('JSON served as text/plain: [content-type], and the data is still checked', async () => {
    const { report } = await withLiar(async (url, res, real) => {
      if (url.pathname !== '/api/v1/targets') return false
      json(res, await realJson(real), 200, 'text/plain')
      return true
    })
    expect(failures(report, 'content-type')).toBe(26 * 4)
    // src/api/client.ts parses any 200 as JSON: the dashboard shows this answer, and the report must not say otherwise
    const [finding] = violationsOf(report, 'content-type')
    expect(finding.message).toMatch(
      /^Content-Type is text\/plain, not application\/json; the dashboard reads the body anyway/,
    )
    expect(finding.effect).toBe('contract')
    expect(report.tallies.find((t) => t.check === 'same-figure')!.failed).toBe(0)
    const text = renderText(report)
    const shown = text.indexOf('The dashboard shows these as they are, but the contract')
    expect(shown).toBeGreaterThan(0)
    expect(text.indexOf('[content-type]')).toBeGreaterThan(shown)
    expect(text).not.toContain('The dashboard refuses')
  })

  it('a 12 MiB field the dashboard ignores: [size], saying the dashboard would read and show it', async () => {
    const { report, origin } = await withLiar(async (url, res, real) => {
      if (url.pathname !== '/api/v1/annotations' || (await real()).status !== 200) return false
      json(res, { ...(await realJson(real)), padding: 'x'.repeat(12 * 1024 * 1024) })
      return true
    })
    const found = violationsOf(report, 'size')
    expect(found.length).toBe(2) // both /annotations requests
    expect(found[0].url).toMatch(new RegExp(`^${origin}/api/v1/annotations\\?`))
    expect(found[0].message).toMatch(/10485760 byte limit \(--max-body-bytes\), so the checker read no further/)
    expect(found[0].message).toMatch(/the dashboard sets no such limit: it would download and parse all of it/)
    expect(found[0].effect).toBe('contract')
    expect(renderText(report)).not.toContain('The dashboard refuses')
  })

  it('an HTML sign-in page: [content-type], which the dashboard refuses; JSON labelled text/html it reads', async () => {
    const { report } = await withLiar(async (url, res, real) => {
      // 河南's answers only, so that both kinds are among the findings listed
      if (url.searchParams.get('region') !== '410000') return false
      if (url.pathname === '/api/v1/channels') {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Access-Control-Allow-Origin': '*' })
        res.end('<!doctype html><title>统一身份认证</title><form action="/login"></form>')
        return true
      }
      if (url.pathname !== '/api/v1/targets') return false
      json(res, await realJson(real), 200, 'text/html')
      return true
    })
    const found = violationsOf(report, 'content-type')
    const channels = found.find((f) => f.url?.includes('/api/v1/channels?'))!
    expect(channels.message).toMatch(/^answered HTML instead of JSON \(its title: “统一身份认证”\).*refuses it/)
    expect(channels.effect).toBe('refused')
    const targets = found.find((f) => f.url?.includes('/api/v1/targets?'))!
    expect(targets.message).toMatch(
      /^Content-Type is text\/html, not application\/json; the dashboard reads the body anyway/,
    )
    expect(targets.effect).toBe('contract')
  })

  it('provinces that do not add up: [province-sum] and [same-figure], at /regions', async () => {
    const { report } = await withLiar(async (url, res, real) => {
      if (url.pathname !== '/api/v1/regions' || url.searchParams.get('category') !== 'relocated') return false
      const body = await realJson(real)
      body.items![0].value = (body.items![0].value as number) + 1
      json(res, body)
      return true
    })
    const sums = violationsOf(report, 'province-sum')
    expect(sums.length).toBeGreaterThan(0)
    expect(sums[0].url).toMatch(/\/api\/v1\/regions\?category=relocated/)
    expect(sums[0].message).toMatch(
      /^relocated \d{4}-\d{2}: the provinces add up to [\d,]+, the national figure is [\d,]+$/,
    )
    expect(violationsOf(report, 'same-figure').length).toBeGreaterThan(0)
    expect(failedChecks(report)).toEqual(['province-sum', 'same-figure'])
  })

  it('channels that do not add up to the total, and parts over in_county: [channel-sum] and [parent]', async () => {
    const { report } = await withLiar(async (url, res, real) => {
      if (url.pathname !== '/api/v1/channels') return false
      const body = await realJson(real)
      for (const item of body.items!) {
        if (item.category === 'in_province') item.value = (item.value as number) + 5
        if (item.category === 'public_posts') item.value = 1_000_000_000
      }
      json(res, body)
      return true
    })
    expect(violationsOf(report, 'channel-sum').length).toBeGreaterThan(0)
    expect(violationsOf(report, 'parent').some((f) => /public_posts \+ workshops/.test(f.message))).toBe(true)
  })

  it('an answer about another region than asked: [echo], the dashboard’s own refusal', async () => {
    const { report } = await withLiar(async (url, res, real) => {
      if (url.pathname !== '/api/v1/series' || url.searchParams.get('region') !== '520000') return false
      json(res, { ...(await realJson(real)), region: '530000' })
      return true
    })
    const echo = violationsOf(report, 'echo')
    expect(echo.length).toBe(8 + 0) // 贵州's eight categories
    expect(echo[0].message).toMatch(/answers region=530000, asked 520000/)
  })

  it('a month missing from the national series: [series-period] for each of its categories', async () => {
    const { report } = await withLiar(async (url, res, real) => {
      if (url.pathname !== '/api/v1/series' || url.searchParams.get('region') !== '000000') return false
      const body = await realJson(real)
      json(res, { ...body, points: (body.points as { month: string }[]).filter((p) => p.month !== '2024-02') })
      return true
    })
    expect(failures(report, 'series-period')).toBe(8)
    expect(violationsOf(report, 'series-period').every((f) => f.url?.includes('region=000000'))).toBe(true)
    expect(violationsOf(report, 'series-period')[0].message).toMatch(
      /^2024-02 is missing \(asked 2023-01 … 2024-08, 20 months; got 19 points\)$/,
    )
  })

  it('bad parameters answered 200, or 400 as plain JSON: [bad-parameter] with each request', async () => {
    const { report } = await withLiar(async (url, res, real) => {
      const answer = await real()
      if (answer.status !== 400) return false
      json(res, await answer.json(), url.pathname.endsWith('/series') ? 200 : 400, 'application/json')
      return true
    })
    const bad = violationsOf(report, 'bad-parameter')
    expect(failures(report, 'bad-parameter')).toBe(51) // every bad-parameter probe of every endpoint
    expect(bad.find((f) => f.message === '/series unknown region: answered 200, not 400')?.url).toMatch(/region=999999/)
    expect(bad.find((f) => f.message.startsWith('/targets malformed month'))?.message).toMatch(
      /400 with Content-Type application\/json, not application\/problem\+json/,
    )
  })

  it('no CORS: a warning by default, a violation for a dashboard on --origin', async () => {
    const noCors = async (_url: URL, res: ServerResponse, real: () => Promise<Response>) => {
      const answer = await real()
      res.writeHead(answer.status, { 'Content-Type': answer.headers.get('content-type') ?? '' })
      res.end(Buffer.from(await answer.arrayBuffer()))
      return true
    }
    const lenient = await withLiar(noCors)
    expect(lenient.report.ok).toBe(true)
    expect(lenient.report.findings.filter((f) => f.check === 'cors').map((f) => f.severity)).toEqual(['warning'])
    // not a plain PASS: the verdict says whom it holds for, and why not for the others
    expect(lenient.report.verdict).toMatch(
      /^PASS only for a dashboard served from this backend’s origin, or with the backend proxied under its own: a dashboard on https:\/\/dashboard\.example cannot read the answers: Access-Control-Allow-Origin is missing \(--origin URL makes this a violation\)$/,
    )
    const text = renderText(lenient.report)
    expect(text).toContain(`\n${lenient.report.verdict}\n`)
    expect(text).not.toMatch(/^PASS: /m)
    const strict = await withLiar(noCors, { origin: 'https://jyfb.example.gov.cn' })
    expect(strict.report.ok).toBe(false)
    expect(violationsOf(strict.report, 'cors')[0].message).toMatch(/https:\/\/jyfb\.example\.gov\.cn cannot read/)
  })

  it('a budget or a time limit cuts the run short: [complete], and it stops on time', async () => {
    const budget = await check(api.origin, { maxRequests: 40 })
    expect(budget.requests).toBe(40)
    expect(violationsOf(budget, 'complete')[0].message).toMatch(/request budget \(40\)/)

    api.setFault({ kind: 'slow', delayMs: 400 }, 'series')
    const started = performance.now()
    const timed = await check(api.origin, { timeLimitS: 1.5 })
    expect(performance.now() - started).toBeLessThan(3000)
    expect(violationsOf(timed, 'complete')[0].message).toMatch(/time limit \(1.5 s\)/)
    expect(violationsOf(timed, 'timeout')).toEqual([]) // the run's limit, not the server's fault
  })
})

describe('against a backend that lies one way (tests/unit/lying-backends.ts)', { timeout: 60_000 }, () => {
  for (const lie of LIES) {
    it(`item ${lie.item}: ${lie.title}: ${lie.expected.map((e) => `[${e.check}] at /${e.endpoint}`).join(', ')}`, async () => {
      const backend = await startLyingBackend(lie)
      let report: Report
      try {
        report = await check(backend.origin)
      } finally {
        closeConnections()
        await backend.close()
      }
      const at = (endpoint: Endpoint, url = '') =>
        url === `${backend.origin}/api/v1/${endpoint}` || url.startsWith(`${backend.origin}/api/v1/${endpoint}?`)
      const violations = report.findings.filter((f) => f.severity === 'violation')
      const listed = JSON.stringify(violations.slice(0, 8), null, 1)
      expect(report.ok).toBe(false)
      for (const { check: id, endpoint, message } of lie.expected) {
        const found = violations.filter((f) => f.check === id && at(endpoint, f.url))
        expect(found.length, `[${id}] at /${endpoint}; found ${listed}`).toBeGreaterThan(0)
        expect(
          found.some((f) => message.test(f.message)),
          `[${id}] at /${endpoint} matching ${message}; found ${listed}`,
        ).toBe(true)
      }
      if (lie.alone) {
        expect(
          violations.map((f) => f.check),
          listed,
        ).toEqual(lie.expected.map((e) => e.check))
      }
    })
  }
})

describe('the months asked about', { timeout: 30_000 }, () => {
  it('spread over the data: first, last, a year before the last, evenly between', () => {
    const months = Array.from(
      { length: 20 },
      (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    )
    expect(spreadMonths(months, 4)).toEqual(['2023-01', '2023-08', '2023-11', '2024-08'])
    expect(spreadMonths(months, 6)).toEqual(['2023-01', '2023-06', '2023-08', '2023-11', '2024-03', '2024-08'])
    expect(spreadMonths(months, 2)).toEqual(['2023-01', '2023-08', '2024-08'])
    expect(spreadMonths(['2024-08'], 4)).toEqual(['2024-08'])
  })
})

describe('the command line', { timeout: 30_000 }, () => {
  it('needs an absolute --base-url without /api/v1, and positive numbers', () => {
    expect(() => parseArgs([])).toThrow('--base-url is required')
    expect(() => parseArgs(['--base-url', 'localhost:8787'])).toThrow(/http\(s\) URL/)
    expect(() => parseArgs(['--base-url', 'http://x/api/v1'])).toThrow(/without \/api\/v1/)
    expect(() => parseArgs(['--base-url', 'http://x', '--max-requests', '0'])).toThrow(/positive/)
    expect(() => parseArgs(['--base-url', 'http://x', '--frobnicate'])).toThrow(/unknown option/)
    expect(
      parseArgs(['--base-url=http://x/', '--json', '--time-limit', '30', '--origin', 'https://d.example/app']),
    ).toMatchObject({
      baseUrl: 'http://x/',
      json: true,
      timeLimitS: 30,
      origin: 'https://d.example',
    })
  })

  it('npm run check:backend: exit 0 and a JSON report against the mock, exit 1 against a fault', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn('npx', ['tsx', 'scripts/check-backend.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
        let stdout = ''
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
        child.on('exit', (code) => resolve({ code, stdout }))
      })
    const pass = await run(['--base-url', api.origin, '--json'])
    expect(pass.code).toBe(0)
    expect(JSON.parse(pass.stdout)).toMatchObject({ ok: true, complete: true, violations: 0 })

    api.setFault('wrong-shape', 'channels')
    const fail = await run(['--base-url', api.origin])
    expect(fail.code).toBe(1)
    expect(fail.stdout).toMatch(/^FAIL: \d+ violation/m)
    expect(fail.stdout).toContain(`${api.origin}/api/v1/channels?`)
  }, 60_000)
})
