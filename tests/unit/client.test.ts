/** apiGet against msw overrides: every failure becomes an ApiError of the right kind. */
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { fetchChannels } from '../../src/api/channels'
import { ApiError, apiGet, apiUrl, askFirst, classifyError } from '../../src/api/client'
import { fetchMe } from '../../src/api/me'
import { fetchMeta } from '../../src/api/meta'
import { fetchSeries, seriesSchema } from '../../src/api/series'
import { fetchTargets, targetsSchema } from '../../src/api/targets'
import { meta as mockMeta } from '../../mocks/handlers'

const SERIES = '*/api/v1/series'
const query = { region: '000000', category: 'total', from: '2024-08', to: '2024-08' }
const goodSeries = {
  region: '000000',
  category: 'total',
  points: [{ month: '2024-08', value: 32_953_000, previousYear: 32_850_000, target: 30_192_000 }],
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected the request to fail')
}

/** Serves `body` as the series answer and returns the ApiError apiGet throws. */
async function formatError(body: unknown) {
  server.use(http.get(SERIES, () => HttpResponse.json(body as Record<string, unknown>)))
  const error = await failure(apiGet('/series', query, seriesSchema))
  expect(error.kind).toBe('format')
  expect(error.status).toBe(200)
  return error
}

describe('apiUrl', () => {
  it('puts the path under /api/v1 and leaves out undefined parameters', () => {
    const url = new URL(apiUrl('/series', { region: '000000', category: undefined, from: '2024-01' }))
    expect(url.pathname).toBe('/api/v1/series')
    expect([...url.searchParams]).toEqual([
      ['region', '000000'],
      ['from', '2024-01'],
    ])
  })

  it('encodes parameter values', () => {
    const url = new URL(apiUrl('/series', { region: 'a&b=c' }))
    expect(url.searchParams.get('region')).toBe('a&b=c')
    expect(url.searchParams.has('b')).toBe(false)
  })
})

describe('apiGet', () => {
  it('returns the validated body from the mock backend', async () => {
    const meta = await fetchMeta()
    expect(meta.asOf).toBe('2024-08')
    const targets = await apiGet('/targets', { region: '000000', month: '2024-08' }, targetsSchema)
    expect(targets.items[0]).toMatchObject({ category: 'total', value: 32_953_000 })
  })

  it('sends the query parameters and asks for JSON', async () => {
    let seen: { url: URL; accept: string | null } | undefined
    server.use(
      http.get(SERIES, ({ request }) => {
        seen = { url: new URL(request.url), accept: request.headers.get('accept') }
        return HttpResponse.json(goodSeries)
      }),
    )
    await expect(apiGet('/series', query, seriesSchema)).resolves.toEqual(goodSeries)
    expect(Object.fromEntries(seen!.url.searchParams)).toEqual(query)
    expect(seen!.accept).toBe('application/json')
  })

  it('turns a 500 into an http error carrying the status and the problem body', async () => {
    const problem = { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'database unavailable' }
    server.use(
      http.get(SERIES, () =>
        HttpResponse.json(problem, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    )
    const error = await failure(apiGet('/series', query, seriesSchema))
    expect(error.kind).toBe('http')
    expect(error.status).toBe(500)
    expect(error.problem).toEqual(problem)
    expect(error.name).toBe('ApiError')
    expect(error.message).toContain('500')
  })

  it('turns a 500 with a non-JSON body into an http error without a problem', async () => {
    server.use(http.get(SERIES, () => new HttpResponse('<html>Bad gateway</html>', { status: 502 })))
    const error = await failure(apiGet('/series', query, seriesSchema))
    expect(error.kind).toBe('http')
    expect(error.status).toBe(502)
    expect(error.problem).toBeUndefined()
  })

  it('passes on the 400 problem of the mock backend', async () => {
    const error = await failure(apiGet('/series', { ...query, region: '999999' }, seriesSchema))
    expect(error.kind).toBe('http')
    expect(error.status).toBe(400)
    expect(error.problem?.detail).toContain("'region'")
  })

  it('turns a 401 and a 404 into http errors with their status', async () => {
    server.use(http.get(SERIES, () => new HttpResponse(null, { status: 401 })))
    expect(await failure(apiGet('/series', query, seriesSchema))).toMatchObject({ kind: 'http', status: 401 })
    const notFound = await failure(apiGet('/nothing', {}, seriesSchema))
    expect(notFound).toMatchObject({ kind: 'http', status: 404 })
  })

  it('turns a network error into a network error', async () => {
    server.use(http.get(SERIES, () => HttpResponse.error()))
    const error = await failure(apiGet('/series', query, seriesSchema))
    expect(error.kind).toBe('network')
    expect(error.status).toBeUndefined()
    expect(error.cause).toBeDefined()
  })

  it('turns malformed JSON into a format error', async () => {
    server.use(
      http.get(
        SERIES,
        () => new HttpResponse('{"region": "000000", "points": [', { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    const error = await failure(apiGet('/series', query, seriesSchema))
    expect(error.kind).toBe('format')
    expect(error.message).toMatch(/not JSON/)
  })

  it('turns an empty body into a format error', async () => {
    server.use(http.get(SERIES, () => new HttpResponse(null, { status: 200 })))
    expect((await failure(apiGet('/series', query, seriesSchema))).kind).toBe('format')
  })

  it('turns numbers sent as strings into a format error naming where', async () => {
    const point = { ...goodSeries.points[0], value: '32953000' }
    const error = await formatError({ ...goodSeries, points: [point] })
    expect(error.message).toContain('points.0.value')
  })

  it('turns a negative count into a format error', async () => {
    const error = await formatError({ ...goodSeries, points: [{ ...goodSeries.points[0], value: -1 }] })
    expect(error.message).toContain('points.0.value')
  })

  it('turns NaN-like values into format errors', async () => {
    await formatError({ ...goodSeries, points: [{ ...goodSeries.points[0], value: 'NaN' }] })
    await formatError({ ...goodSeries, points: [{ ...goodSeries.points[0], target: 'Infinity' }] })
    // JSON has no NaN or Infinity: a server writing them sends an overflowing number, or a fraction
    server.use(
      http.get(
        SERIES,
        () =>
          new HttpResponse(
            '{"region":"000000","category":"total","points":[{"month":"2024-08","value":1e400,"previousYear":null,"target":null}]}',
            { headers: { 'Content-Type': 'application/json' } },
          ),
      ),
    )
    const overflow = await failure(apiGet('/series', query, seriesSchema))
    expect(overflow.kind).toBe('format')
    await formatError({ ...goodSeries, points: [{ ...goodSeries.points[0], value: 3295.3 }] })
  })

  it('turns a missing field into a format error naming it', async () => {
    const { previousYear: _omit, ...rest } = goodSeries.points[0]
    void _omit
    const error = await formatError({ ...goodSeries, points: [rest] })
    expect(error.message).toContain('points.0.previousYear')
    const noPoints = await formatError({ region: '000000', category: 'total' })
    expect(noPoints.message).toContain('points')
  })

  it('turns an unknown category, a bad month and a bad region id into format errors', async () => {
    await formatError({ ...goodSeries, category: 'salary' })
    await formatError({ ...goodSeries, points: [{ ...goodSeries.points[0], month: '2024-13' }] })
    await formatError({ ...goodSeries, region: '<script>' })
  })

  it('turns an answer about something else than was asked into a format error', async () => {
    server.use(http.get(SERIES, () => HttpResponse.json({ ...goodSeries, region: '520000' })))
    const error = await failure(fetchSeries({ ...query, category: 'total' }))
    expect(error.kind).toBe('format')
    expect(error.message).toContain('region=520000, asked 000000')
    server.use(http.get(SERIES, () => HttpResponse.json(goodSeries)))
    expect((await fetchSeries({ ...query, category: 'total' })).region).toBe('000000')
  })

  it('turns a body that is not an object into a format error', async () => {
    await formatError([goodSeries])
    await formatError(null)
  })

  it('turns a slow answer into a timeout error', async () => {
    vi.stubEnv('VITE_API_TIMEOUT_MS', '50')
    try {
      server.use(
        http.get(SERIES, async () => {
          await delay(2_000)
          return HttpResponse.json(goodSeries)
        }),
      )
      const error = await failure(apiGet('/series', query, seriesSchema))
      expect(error.kind).toBe('timeout')
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('re-throws the caller’s own abort, not as an ApiError', async () => {
    server.use(
      http.get(SERIES, async () => {
        await delay(2_000)
        return HttpResponse.json(goodSeries)
      }),
    )
    const controller = new AbortController()
    const promise = apiGet('/series', query, seriesSchema, controller.signal)
    controller.abort()
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).not.toBeNull()
    expect(error).not.toBeInstanceOf(ApiError)
  })
})

describe('askFirst: the entry’s first requests, read by apiGet', () => {
  it('starts the request at once; the first apiGet of the path reads that answer, a later one asks anew', async () => {
    let asked = 0
    server.events.on('request:start', ({ request }) => {
      if (new URL(request.url).pathname === '/api/v1/meta') asked += 1
    })
    askFirst(['/meta'])
    expect(asked).toBe(1) // asked at once, before anything reads it
    const meta = await fetchMeta()
    expect(meta.asOf).toBe('2024-08')
    expect(asked).toBe(1) // the answer asked first, not a second request
    await fetchMeta()
    expect(asked).toBe(2)
    server.events.removeAllListeners('request:start')
  })

  it('reads an answer asked first as it reads any other: a failure is an ApiError of its kind', async () => {
    server.use(http.get('*/api/v1/meta', () => HttpResponse.error()))
    askFirst(['/meta'])
    expect((await failure(fetchMeta())).kind).toBe('network')
    server.use(http.get('*/api/v1/meta', () => HttpResponse.json({ not: 'meta' })))
    askFirst(['/meta'])
    expect((await failure(fetchMeta())).kind).toBe('format')
  })
})

// ---------------------------------------------------------------------------------------------------------------
// Issue 29: answers that keep their schema but not the contract, refused with the reason as data (api/checks.ts)

/** A national total series over `months`, each month a point (values rising by 1000 a month). */
function seriesOf(months: string[]) {
  return {
    region: '000000',
    category: 'total',
    points: months.map((month, i) => ({ month, value: 32_000_000 + i * 1000, previousYear: null, target: 30_192_000 })),
  }
}
const PERIOD = { region: '000000', category: 'total', from: '2024-01', to: '2024-05' } as const

async function seriesRefusal(body: unknown) {
  server.use(http.get(SERIES, () => HttpResponse.json(body as Record<string, unknown>)))
  const error = await failure(fetchSeries(PERIOD))
  expect(error.kind).toBe('format')
  return error
}

describe('/series whose months are not the period asked for (item 19)', () => {
  it('accepts every month once, in order, a month not yet reported named instead of sent', async () => {
    server.use(
      http.get(SERIES, () => HttpResponse.json(seriesOf(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']))),
    )
    expect((await fetchSeries(PERIOD)).points).toHaveLength(5)
    const withHole = { ...seriesOf(['2024-01', '2024-02', '2024-04', '2024-05']), notReported: ['2024-03'] }
    server.use(http.get(SERIES, () => HttpResponse.json(withHole)))
    expect((await fetchSeries(PERIOD)).notReported).toEqual(['2024-03'])
  })

  it('refuses a month left out, naming it', async () => {
    const error = await seriesRefusal(seriesOf(['2024-01', '2024-02', '2024-04', '2024-05']))
    expect(error.reason).toEqual({ check: 'series-period', problem: 'missing', month: '2024-03', more: 0 })
    expect(error.message).toBe('GET /series: 2024-03 is missing')
  })

  it('refuses a month sent twice, naming it', async () => {
    const error = await seriesRefusal(seriesOf(['2024-01', '2024-02', '2024-03', '2024-03', '2024-04', '2024-05']))
    expect(error.reason).toMatchObject({ check: 'series-period', problem: 'twice', month: '2024-03' })
  })

  it('refuses months out of order, naming them', async () => {
    const error = await seriesRefusal(seriesOf(['2024-01', '2024-02', '2024-04', '2024-03', '2024-05']))
    expect(error.reason).toMatchObject({ check: 'series-period', problem: 'order', month: '2024-03', after: '2024-04' })
  })

  it('refuses a month outside the period, and one both sent and named not yet reported', async () => {
    const stray = await seriesRefusal(seriesOf(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06']))
    expect(stray.reason).toMatchObject({ problem: 'stray', month: '2024-06' })
    const both = await seriesRefusal({
      ...seriesOf(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05']),
      notReported: ['2024-02'],
    })
    expect(both.reason).toMatchObject({ problem: 'both', month: '2024-02' })
  })

  it('accepts an empty series (a region that does not report the category) unless /meta says the region does', async () => {
    const empty = { region: '000000', category: 'total', points: [] }
    server.use(http.get(SERIES, () => HttpResponse.json(empty)))
    expect((await fetchSeries(PERIOD)).points).toEqual([])
    const error = await failure(fetchSeries(PERIOD, undefined, mockMeta()))
    expect(error.reason).toEqual({ check: 'agree', problem: 'empty', region: '000000', category: 'total' })
  })
})

/** The mock's /meta, changed. */
async function metaRefusal(change: (meta: ReturnType<typeof mockMeta>) => unknown) {
  server.use(http.get('*/api/v1/meta', () => HttpResponse.json(change(mockMeta()) as Record<string, unknown>)))
  const error = await failure(fetchMeta())
  expect(error.kind).toBe('format')
  return error
}

describe('/meta whose months have a hole, are out of order, or end after asOf (item 19)', () => {
  it('refuses a month left out, naming it', async () => {
    const error = await metaRefusal((m) => ({ ...m, months: m.months.filter((x) => x !== '2023-06') }))
    expect(error.reason).toEqual({ check: 'meta', problem: 'missing', month: '2023-06', more: 0 })
  })

  it('refuses months out of order and a month listed twice', async () => {
    const order = await metaRefusal((m) => {
      const months = [...m.months]
      const i = months.indexOf('2024-03')
      ;[months[i], months[i + 1]] = [months[i + 1], months[i]]
      return { ...m, months }
    })
    expect(order.reason).toMatchObject({ check: 'meta', problem: 'order', month: '2024-03', after: '2024-04' })
    const twice = await metaRefusal((m) => ({
      ...m,
      months: [...m.months.slice(0, 3), m.months[2], ...m.months.slice(3)],
    }))
    expect(twice.reason).toMatchObject({ check: 'meta', problem: 'twice' })
  })

  it('refuses asOf earlier than the last month (2024-07 with months to 2024-08)', async () => {
    const error = await metaRefusal((m) => ({ ...m, asOf: '2024-07' }))
    expect(error.reason).toEqual({ check: 'meta', problem: 'as-of', asOf: '2024-07', last: '2024-08' })
  })
})

describe('figures that contradict each other within an answer (item 22)', () => {
  const CHANNELS = '*/api/v1/channels'
  const channels = (values: Record<string, number>, total: number, notReported?: string[]) => ({
    region: '000000',
    month: '2024-08',
    total,
    items: Object.entries(values).map(([category, value]) => ({ category, value, previousYear: null })),
    ...(notReported ? { notReported } : {}),
  })
  const q = { region: '000000', month: '2024-08' }

  it('refuses channels adding up to more than the total (shares over 100%), saying both figures', async () => {
    server.use(
      http.get(CHANNELS, () =>
        HttpResponse.json(channels({ out_of_province: 400, in_province: 200, in_county: 404 }, 1000)),
      ),
    )
    const error = await failure(fetchChannels(q))
    expect(error.reason).toEqual({ check: 'channel-sum', problem: 'channels', sum: 1004, total: 1000, notReported: [] })
  })

  it('accepts channels below the total while one is not yet reported, never above it', async () => {
    server.use(
      http.get(CHANNELS, () =>
        HttpResponse.json(channels({ out_of_province: 400, in_province: 200 }, 1000, ['in_county'])),
      ),
    )
    expect((await fetchChannels(q)).items).toHaveLength(2)
    server.use(
      http.get(CHANNELS, () =>
        HttpResponse.json(channels({ out_of_province: 700, in_province: 400 }, 1000, ['in_county'])),
      ),
    )
    expect((await failure(fetchChannels(q))).reason).toMatchObject({ check: 'channel-sum', notReported: ['in_county'] })
  })

  it('refuses parts of in_county adding up to more than it', async () => {
    server.use(
      http.get(CHANNELS, () =>
        HttpResponse.json(
          channels({ out_of_province: 400, in_province: 200, in_county: 400, public_posts: 300, workshops: 200 }, 1000),
        ),
      ),
    )
    expect((await failure(fetchChannels(q))).reason).toEqual({
      check: 'parent',
      problem: 'in-county',
      parts: 500,
      inCounty: 400,
    })
  })

  it('refuses a month of a series sent in 万 (303 after 3,025,469), naming the month and both figures', async () => {
    const body = seriesOf(['2024-01', '2024-02', '2024-03', '2024-04', '2024-05'])
    body.points = body.points.map((p) => ({ ...p, value: 3_025_469, target: 3_000_000 }))
    body.points[4].value = 303
    const error = await seriesRefusal(body)
    expect(error.reason).toMatchObject({
      check: 'magnitude',
      month: '2024-05',
      value: 303,
      against: 'previousMonth',
      other: 3_025_469,
    })
  })

  it('refuses a /targets figure in 万 against its target', async () => {
    server.use(
      http.get('*/api/v1/targets', () =>
        HttpResponse.json({
          region: '410000',
          month: '2024-08',
          items: [{ category: 'total', value: 303, target: 2_900_000, previousMonth: null, previousYear: null }],
        }),
      ),
    )
    const error = await failure(fetchTargets({ region: '410000', month: '2024-08' }))
    expect(error.reason).toMatchObject({ check: 'magnitude', value: 303, against: 'target', other: 2_900_000 })
  })
})

describe('what the page needs to say more than "unexpected format" (item 23, 21)', () => {
  it('/me with no region is refused as an account without regions, not as a shape error', async () => {
    server.use(
      http.get('*/api/v1/me', () => HttpResponse.json({ id: 'x', name: 'x', role: 'provincial', regions: [] })),
    )
    const error = await failure(fetchMe())
    expect(error.reason).toEqual({ check: 'scope', problem: 'no-regions' })
  })

  it('an HTML page where JSON was asked for is a sign-in page, whatever its Content-Type', async () => {
    for (const type of ['text/html; charset=utf-8', 'application/json']) {
      server.use(
        http.get(
          '*/api/v1/me',
          () => new HttpResponse('\n<!DOCTYPE html><title>统一身份认证</title>', { headers: { 'Content-Type': type } }),
        ),
      )
      const error = await failure(fetchMe())
      expect(error.kind).toBe('html')
      expect(classifyError(error).kind).toBe('signIn')
    }
  })

  it('keeps every well-typed problem member, a backend code included, when another is odd', async () => {
    server.use(
      http.get(SERIES, () =>
        HttpResponse.json(
          { title: 'Bad gateway', status: 'x', detail: '上游数据库不可用', code: 'DB-503', instance: {} },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    )
    const error = await failure(apiGet('/series', query, seriesSchema))
    expect(error.problem).toEqual({ title: 'Bad gateway', detail: '上游数据库不可用', code: 'DB-503' })
  })

  it('a connection the page’s Content-Security-Policy refused is told apart from the network, naming the origin', async () => {
    // An origin of its own: the page remembers a refused origin for as long as it lives (its CSP does not change).
    vi.stubEnv('VITE_API_BASE_URL', 'http://api.csp-refused.test')
    server.use(http.get(SERIES, () => HttpResponse.error()))
    const origin = 'http://api.csp-refused.test'
    // What Chromium dispatches when connect-src does not allow the request (jsdom has no CSP of its own).
    const violation = Object.assign(new Event('securitypolicyviolation'), {
      effectiveDirective: 'connect-src',
      blockedURI: `${origin}/api/v1/series?region=000000`,
    })
    const pending = failure(apiGet('/series', query, seriesSchema))
    document.dispatchEvent(violation)
    const error = await pending
    expect(error.kind).toBe('blocked')
    expect(error.origin).toBe(origin)
    expect(classifyError(error)).toMatchObject({ kind: 'blocked', retryable: false })
    vi.unstubAllEnvs()
  })

  it('records how long a try took, for the retry budget', async () => {
    server.use(
      http.get(SERIES, async () => {
        await delay(120)
        return HttpResponse.json({ status: 500 }, { status: 500 })
      }),
    )
    const error = await failure(apiGet('/series', query, seriesSchema))
    expect(error.elapsedMs).toBeGreaterThanOrEqual(100)
  })
})
