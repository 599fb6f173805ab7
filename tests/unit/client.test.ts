/** apiGet against msw overrides: every failure becomes an ApiError of the right kind. */
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { ApiError, apiGet, apiUrl, askFirst } from '../../src/api/client'
import { fetchMeta } from '../../src/api/meta'
import { fetchSeries, seriesSchema } from '../../src/api/series'
import { targetsSchema } from '../../src/api/targets'

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
