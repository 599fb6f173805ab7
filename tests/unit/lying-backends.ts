/**
 * Backends that lie one way each (issue 29, items 17–22), kept as fixtures the checker's tests run
 * (tests/unit/check-backend.test.ts): the mock backend's own handlers (mocks/handlers.ts), over the demo data set or a
 * copy changed one way, for a user, with one kind of answer rewritten. Each says what the checker must find: the
 * check, the endpoint whose answer shows it, and the cause in words.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse } from 'msw'
import type { CategoryId, Endpoint } from '../../src/api/common'
import { dataSet, type DataSet } from '../../mocks/data/dataset'
import { MOCK_USERS, type MockUserId } from '../../mocks/data/users'
import { createHandlers } from '../../mocks/handlers'
import type { CheckId } from '../../scripts/check-backend/report'

/* eslint-disable @typescript-eslint/no-explicit-any -- the lies rewrite JSON as it comes */
type Json = any

export interface Answer {
  endpoint: string
  query: URLSearchParams
  body: Json
}

export interface Lie {
  /** issue 29's item */
  item: number
  /** what the backend gets wrong */
  title: string
  /** who is signed in (default: national) */
  user?: MockUserId
  /** who a request is answered for, where the backend forgets the session's scope (default: `user`) */
  answeredAs?: (endpoint: string) => MockUserId
  /** the data set it answers from, changed (given a copy of the demo one) */
  data?: (data: DataSet) => DataSet
  /** a 200 answer changed: the new body, or undefined to send it as it is */
  rewrite?: (answer: Answer) => Json | undefined
  /** what the checker must report: a violation of `check` at `endpoint`'s URL whose message matches */
  expected: { check: CheckId; endpoint: Endpoint; message: RegExp }[]
  /** and nothing else: the cause once, not its consequences blamed on other answers */
  alone?: boolean
}

/** 河南, the provincial office's province, and 湖北, its neighbour outside that scope. */
export const HENAN = '410000'
export const HUBEI = '420000'
const BEFORE_LAST = dataSet.months[dataSet.months.length - 2]

const isSeriesOf = (a: Answer, region: string, category: CategoryId) =>
  a.endpoint === 'series' && a.query.get('region') === region && a.query.get('category') === category

export const LIES: Lie[] = [
  // 17: /monitoring and /regions/series, asked with valid parameters, judged and compared
  {
    item: 17,
    title: '/monitoring gives 河南’s total one figure different from /series',
    rewrite: ({ endpoint, body }) => {
      if (endpoint !== 'monitoring') return undefined
      const item = body.items.find((i: Json) => i.category === 'total' && i.region === HENAN)
      item.values[item.values.length - 1] += 1000
      return body
    },
    expected: [
      {
        check: 'same-figure',
        endpoint: 'monitoring',
        message: /^410000 total \d{4}-\d{2}: value [\d,]+ in \/monitoring, the series says [\d,]+$/,
      },
    ],
  },
  {
    item: 17,
    title: '/monitoring lists 湖北 to 河南’s office',
    user: 'henan',
    rewrite: ({ endpoint, body }) => {
      if (endpoint !== 'monitoring') return undefined
      const henan = body.items.find((i: Json) => i.category === 'total' && i.region === HENAN)
      body.items.push({ ...henan, region: HUBEI })
      return body
    },
    expected: [{ check: 'scope', endpoint: 'monitoring', message: /lists 420000, outside the signed-in user’s scope/ }],
  },
  {
    item: 17,
    title: '/regions/series gives 河南’s relocated people one figure different from /series',
    rewrite: ({ endpoint, query, body }) => {
      if (endpoint !== 'regions/series' || query.get('category') !== 'relocated') return undefined
      const item = body.items.find((i: Json) => i.region === HENAN)
      item.points[item.points.length - 1].value += 7
      return body
    },
    expected: [
      {
        check: 'same-figure',
        endpoint: 'regions/series',
        message: /^410000 relocated \d{4}-\d{2}: value [\d,]+ in \/regions\/series, the series says [\d,]+$/,
      },
    ],
  },
  {
    item: 17,
    title: '/regions/series lists 湖北 to 河南’s office',
    user: 'henan',
    rewrite: ({ endpoint, body }) => {
      if (endpoint !== 'regions/series') return undefined
      body.items.push({ ...body.items[0], region: HUBEI })
      return body
    },
    expected: [
      { check: 'scope', endpoint: 'regions/series', message: /lists 420000, outside the signed-in user’s scope/ },
    ],
  },

  // 18: every endpoint that takes a region, for every region outside the scope
  {
    item: 18,
    title: '/channels and /targets answer 湖北 (and every other province) to 河南’s office',
    user: 'henan',
    answeredAs: (endpoint) => (endpoint === 'channels' || endpoint === 'targets' ? 'national' : 'henan'),
    expected: [
      {
        check: 'scope',
        endpoint: 'channels',
        message: /^420000 is outside the signed-in user’s scope, yet \/channels answered 200 with its data/,
      },
      {
        check: 'scope',
        endpoint: 'targets',
        message: /^420000 is outside the signed-in user’s scope, yet \/targets answered 200 with its data/,
      },
    ],
  },
  // 19: months missing, repeated, out of order; /meta's months and asOf
  {
    item: 19,
    alone: true,
    title: '/series leaves a month out',
    rewrite: (a) =>
      isSeriesOf(a, HENAN, 'total')
        ? { ...a.body, points: a.body.points.filter((p: Json) => p.month !== '2024-02') }
        : undefined,
    expected: [
      {
        check: 'series-period',
        endpoint: 'series',
        message: /^2024-02 is missing \(asked 2023-01 … 2024-08, 20 months; got \d+ points\)$/,
      },
    ],
  },
  {
    item: 19,
    alone: true,
    title: '/series sends a month twice',
    rewrite: (a) => {
      if (!isSeriesOf(a, HENAN, 'total')) return undefined
      const points = a.body.points.flatMap((p: Json) => (p.month === '2024-03' ? [p, p] : [p]))
      return { ...a.body, points }
    },
    expected: [
      {
        check: 'series-period',
        endpoint: 'series',
        message: /^2024-03 is sent twice \(asked 2023-01 … 2024-08, 20 months; got \d+ points\)$/,
      },
    ],
  },
  {
    item: 19,
    alone: true,
    title: '/series sends two months out of order',
    rewrite: (a) => {
      if (!isSeriesOf(a, HENAN, 'total')) return undefined
      const points = [...a.body.points]
      const i = points.findIndex((p: Json) => p.month === '2024-03')
      ;[points[i], points[i + 1]] = [points[i + 1], points[i]]
      return { ...a.body, points }
    },
    expected: [
      {
        check: 'series-period',
        endpoint: 'series',
        message: /^2024-03 comes after 2024-04 \(asked 2023-01 … 2024-08, 20 months; got \d+ points\)$/,
      },
    ],
  },
  {
    item: 19,
    alone: true,
    title: '/meta lists two months out of order',
    rewrite: ({ endpoint, body }) => {
      if (endpoint !== 'meta') return undefined
      const months = [...body.months]
      const i = months.indexOf('2024-03')
      ;[months[i], months[i + 1]] = [months[i + 1], months[i]]
      return { ...body, months }
    },
    expected: [{ check: 'meta', endpoint: 'meta', message: /^months are out of order: 2024-03 comes after 2024-04/ }],
  },
  {
    item: 19,
    alone: true,
    title: '/meta leaves a month out',
    rewrite: ({ endpoint, body }) =>
      endpoint === 'meta' ? { ...body, months: body.months.filter((m: string) => m !== '2023-06') } : undefined,
    expected: [
      {
        check: 'meta',
        endpoint: 'meta',
        message: /^months have a gap: 2023-06 is missing between 2023-05 and 2023-07/,
      },
    ],
  },
  {
    item: 19,
    alone: true,
    title: '/meta says asOf 2024-07 with months to 2024-08',
    rewrite: ({ endpoint, body }) => (endpoint === 'meta' ? { ...body, asOf: BEFORE_LAST } : undefined),
    expected: [
      { check: 'meta', endpoint: 'meta', message: /^asOf 2024-07 is not the last month of the data, 2024-08/ },
    ],
  },
]

/** A lying backend on a free port of 127.0.0.1, with CORS, until closed. */
export async function startLyingBackend(lie: Lie): Promise<{ origin: string; close: () => Promise<void> }> {
  const data = lie.data ? lie.data(structuredClone(dataSet)) : dataSet
  const user = lie.user ?? 'national'
  const handlers = createHandlers(data, (request) => {
    const endpoint = new URL(request.url).pathname.replace(/^\/api\/v1\//, '')
    return MOCK_USERS[lie.answeredAs?.(endpoint) ?? user]
  })
  const server: Server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://liar.invalid')
      const answer = (await getResponse(handlers, new Request(url))) ?? new Response('{}', { status: 404 })
      let body = Buffer.from(await answer.arrayBuffer())
      if (answer.status === 200 && lie.rewrite) {
        const endpoint = url.pathname.replace(/^\/api\/v1\//, '')
        const changed = lie.rewrite({ endpoint, query: url.searchParams, body: JSON.parse(body.toString('utf8')) })
        if (changed !== undefined) body = Buffer.from(JSON.stringify(changed))
      }
      res.writeHead(answer.status, {
        'Content-Type': answer.headers.get('content-type') ?? 'application/json',
        'Access-Control-Allow-Origin': '*',
      })
      res.end(body)
    } catch {
      res.destroy()
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
