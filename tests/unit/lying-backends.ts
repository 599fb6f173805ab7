/**
 * Backends that lie one way each (issue 29, items 17–23), kept as fixtures the checker's tests run
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
const LAST = dataSet.months[dataSet.months.length - 1]
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
      if (body.items.length > 0) body.items.push({ ...body.items[0], region: HUBEI })
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
  // 22: answers that contradict each other
  {
    item: 22,
    title: '/series marks 河南’s total for the last month not reported, while /targets and /channels report it',
    rewrite: (a) => {
      if (!isSeriesOf(a, HENAN, 'total') || a.query.get('to') !== LAST) return undefined
      return { ...a.body, points: a.body.points.filter((p: Json) => p.month !== LAST), notReported: [LAST] }
    },
    expected: [
      {
        check: 'agree',
        endpoint: 'series',
        message:
          /^\/series says 410000 total 2024-08 is not yet reported, but .*\/targets\?region=410000&month=2024-08 reports it \([\d,]+\).*\/channels\?region=410000&month=2024-08 reports it/,
      },
    ],
  },
  {
    item: 22,
    title: '/channels: in_county not yet reported, and the two reported channels more than the total (河南’s office)',
    user: 'henan',
    data: (data) => {
      // Consistently, in every endpoint: in_county of 河南's last month not reported (and left out of the nation's
      // figure, as the mock does), and its people counted in in_province instead, and then some.
      const i = data.months.indexOf(LAST)
      const inCounty = data.values.in_county[HENAN][i]
      data.notReported = [...data.notReported, { category: 'in_county', region: HENAN, month: LAST }]
      data.values.in_province[HENAN][i] += inCounty + 20_000
      data.values.in_province[data.nationalId][i] += inCounty + 20_000
      data.values.in_county[data.nationalId][i] -= inCounty
      return data
    },
    expected: [
      {
        check: 'channel-sum',
        endpoint: 'channels',
        message:
          /^410000 2024-08: the channels it reports \(out_of_province, in_province; in_county not yet reported\) add up to [\d,]+, more than the total [\d,]+ \(shares adding up to [\d.]+%\)$/,
      },
    ],
  },
  {
    item: 22,
    title: '河南’s last month sent in 万 (303 for 3,025,469), consistently in every endpoint',
    user: 'henan',
    data: (data) => {
      const i = data.months.indexOf(LAST)
      const wan = (n: number) => Math.round(n / 10_000)
      const v = data.values
      for (const category of Object.keys(v) as CategoryId[]) v[category][HENAN][i] = wan(v[category][HENAN][i])
      // keep the channels adding up to the total, and the parts within in_county, as a careful liar would
      v.in_county[HENAN][i] = v.total[HENAN][i] - v.out_of_province[HENAN][i] - v.in_province[HENAN][i]
      v.workshops[HENAN][i] = Math.min(v.workshops[HENAN][i], v.in_county[HENAN][i] - v.public_posts[HENAN][i])
      return data
    },
    expected: [
      {
        check: 'magnitude',
        endpoint: 'series',
        message: /^410000 total 2024-08: [\d,]+ after [\d,]+ in 2024-07, about 10,000 times smaller: sent in 万\?/,
      },
    ],
  },
  {
    item: 22,
    title: '/targets sends 河南’s figures in 万, /series in persons',
    rewrite: ({ endpoint, query, body }) =>
      endpoint === 'targets' && query.get('region') === HENAN
        ? { ...body, items: body.items.map((i: Json) => ({ ...i, value: Math.round(i.value / 10_000) })) }
        : undefined,
    expected: [
      {
        check: 'same-figure',
        endpoint: 'targets',
        message: /^410000 total \d{4}-\d{2}: value [\d,]+ in \/targets, the series says [\d,]+ \(in 万\?\)$/,
      },
    ],
  },
  {
    item: 22,
    title: 'an empty /series for 河南’s total, which /targets reports',
    rewrite: (a) => (isSeriesOf(a, HENAN, 'total') ? { ...a.body, points: [] } : undefined),
    expected: [
      {
        check: 'agree',
        endpoint: 'series',
        message:
          /^\/series has no points for 410000 total, but .*\/targets\?region=410000&month=\d{4}-\d{2} reports it \([\d,]+\)/,
      },
    ],
  },

  // 23: one wrong /meta is reported once, as the cause, not blamed on every answer that disagrees with it
  {
    item: 23,
    title: '/meta’s coverage says 河南 reports key counties, which no answer reports',
    rewrite: ({ endpoint, body }) => {
      if (endpoint !== 'meta') return undefined
      body.categories.find((k: Json) => k.id === 'key_county').coverage.push(HENAN)
      return body
    },
    expected: [
      {
        check: 'meta',
        endpoint: 'meta',
        message: /^coverage of key_county lists 410000, but no answer reports it \(\/series, \/regions, .*\/targets\)$/,
      },
    ],
    alone: true,
  },
  {
    item: 23,
    title: '/meta says relocated people have no annual target, which every answer gives them',
    rewrite: ({ endpoint, body }) => {
      if (endpoint !== 'meta') return undefined
      body.categories.find((k: Json) => k.id === 'relocated').hasTarget = false
      return body
    },
    expected: [
      {
        check: 'meta',
        endpoint: 'meta',
        message: /^relocated has hasTarget false, but every answer gives it an annual target \(\/targets, \/series\)$/,
      },
    ],
    alone: true,
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
