/**
 * docs/openapi.json is what the schemas generate (run `npm run openapi` after changing a schema), it describes every
 * endpoint with its parameters, answers and errors, its examples are valid answers, and what it says about the echo
 * rule is what the dashboard's fetchers do.
 */
import { readFileSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fetchChannels } from '../../src/api/channels'
import { ApiError, problemSchema } from '../../src/api/client'
import { CATEGORY_IDS, ENDPOINTS, type Endpoint } from '../../src/api/common'
import { fetchRegions } from '../../src/api/regions'
import { fetchSeries } from '../../src/api/series'
import { fetchMe } from '../../src/api/me'
import { fetchTargets } from '../../src/api/targets'
import { fetchAnnotations } from '../../src/api/annotations'
import { fetchMeta } from '../../src/api/meta'
import { fetchMonitoring } from '../../src/api/monitoring'
import { fetchRegionsSeries } from '../../src/api/regionsSeries'
import { dataSet } from '../../mocks/data/dataset'
import { server } from '../../mocks/node'
import { CONTRACT } from '../../scripts/contract'
import { buildOpenApi, convertSchema, OPENAPI_PATH } from '../../scripts/openapi'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const committed = (): Doc => JSON.parse(readFileSync(OPENAPI_PATH, 'utf8'))

/** Resolves a local `$ref` ("#/components/…") in the document. */
function resolve(doc: Doc, node: Doc): Doc {
  if (typeof node.$ref !== 'string') return node
  return node.$ref
    .slice(2)
    .split('/')
    .reduce((at: Doc, key: string) => at[key], doc)
}

describe('docs/openapi.json', () => {
  it('is what the schemas generate (run `npm run openapi` and commit the file when this fails)', async () => {
    expect(committed(), 'docs/openapi.json is stale: run `npm run openapi`').toEqual(await buildOpenApi())
  })

  it('is OpenAPI 3.1 and has every endpoint of ENDPOINTS, with its parameters, answer and errors', () => {
    const doc = committed()
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual(ENDPOINTS.map((e) => `/api/v1/${e}`).sort())
    for (const endpoint of ENDPOINTS) {
      const operation = doc.paths[`/api/v1/${endpoint}`].get
      const parameters = operation.parameters.map((p: Doc) => resolve(doc, p))
      expect(
        parameters.map((p: Doc) => p.name),
        endpoint,
      ).toEqual(CONTRACT[endpoint].parameters.map((p) => p.name))
      for (const p of parameters) {
        expect(p.in).toBe('query')
        expect(p.required).toBe(true)
        const schema = resolve(doc, p.schema)
        // A region or a month has a pattern; a category its allowed values.
        if (p.name === 'category') expect(schema.enum).toEqual([...CATEGORY_IDS])
        else expect(new RegExp(schema.pattern).test(p.name === 'region' ? '520000' : '2024-08')).toBe(true)
      }
      const codes = Object.keys(operation.responses)
      expect(codes, endpoint).toEqual(
        expect.arrayContaining(['200', '401', '403', '404', '500', ...(parameters.length ? ['400'] : [])]),
      )
      for (const code of codes.filter((c) => c !== '200')) {
        const response = resolve(doc, operation.responses[code])
        expect(Object.keys(response.content), `${endpoint} ${code}`).toEqual(['application/problem+json'])
        expect(response.content['application/problem+json'].schema.$ref).toBe('#/components/schemas/Problem')
      }
    }
  })

  it('has patterns and limits from the schemas: a month, a region, persons as bounded whole numbers', () => {
    const { Month, RegionId, Persons, Series } = committed().components.schemas
    const month = new RegExp(Month.pattern)
    expect(['2024-08', '2023-12'].every((m) => month.test(m))).toBe(true)
    expect(['2024-13', '2024-8', '24-08', '2024-08-01'].some((m) => month.test(m))).toBe(false)
    expect(new RegExp(RegionId.pattern).test('52000')).toBe(false)
    expect(Persons).toEqual({ type: 'integer', minimum: 0, maximum: 2_000_000_000 })
    expect(Series.properties.points.maxItems).toBe(1200)
  })

  it('has examples from the mock data that the dashboard accepts, and problem+json examples for errors', () => {
    const doc = committed()
    const august = dataSet.months.indexOf('2024-08')
    for (const endpoint of ENDPOINTS) {
      const operation = doc.paths[`/api/v1/${endpoint}`].get
      const example = operation.responses['200'].content['application/json'].example
      const parsed = v.safeParse(CONTRACT[endpoint].response, example)
      expect(parsed.success, `${endpoint} example: ${parsed.issues?.[0]?.message}`).toBe(true)
      if (operation.responses['400']) {
        const bad = operation.responses['400'].content['application/problem+json'].example
        expect(v.safeParse(problemSchema, bad).success).toBe(true)
        expect(bad.status).toBe(400)
        expect(bad.detail).toMatch(/parameter '\w+'/)
      }
    }
    // The first view's national figure, as published.
    const series = doc.paths['/api/v1/series'].get.responses['200'].content['application/json'].example
    expect(series.points.at(-1)).toMatchObject({ month: '2024-08', value: 32_953_000, target: 30_192_000 })
    expect(series.points.at(-1).value).toBe(dataSet.values.total['000000'][august])
  })
})

describe('the conversion', () => {
  it('writes a custom check into the description instead of dropping it', () => {
    const even = v.pipe(
      v.number(),
      v.check((n) => n % 2 === 0, 'an even number'),
    )
    expect(convertSchema(even)).toEqual({
      type: 'number',
      description: 'Also checked by the dashboard: an even number.',
    })
  })

  it('fails on an action it cannot express, rather than leave it out unseen', () => {
    expect(() => convertSchema(v.pipe(v.string(), v.transform(Number)))).toThrow()
  })
})

/** A valid answer for each endpoint, and the fetcher the dashboard calls for it. */
const probes: Record<Endpoint, { path: string; call: () => Promise<unknown> }> = {
  meta: { path: 'meta', call: () => fetchMeta() },
  series: {
    path: 'series',
    call: () => fetchSeries({ region: '520000', category: 'total', from: '2024-01', to: '2024-08' }),
  },
  targets: { path: 'targets', call: () => fetchTargets({ region: '520000', month: '2024-08' }) },
  me: { path: 'me', call: () => fetchMe() },
  regions: {
    path: 'regions',
    call: () => fetchRegions({ category: 'total', month: '2024-08', provinces: dataSet.regionIds.slice(1) }),
  },
  'regions/series': {
    path: 'regions/series',
    call: () =>
      fetchRegionsSeries({ category: 'total', from: '2024-07', to: '2024-08', provinces: dataSet.regionIds.slice(1) }),
  },
  channels: { path: 'channels', call: () => fetchChannels({ region: '520000', month: '2024-08' }) },
  annotations: { path: 'annotations', call: () => fetchAnnotations({ from: '2024-01', to: '2024-08' }) },
  monitoring: {
    path: 'monitoring',
    call: () => fetchMonitoring({ month: '2024-08', regions: dataSet.regionIds }),
  },
}

/** Another valid value for a parameter, to answer "about something else". */
const other: Record<string, string> = { region: '530000', category: 'relocated', month: '2024-07' }

describe('the echo rule in the contract is the fetchers’ own', () => {
  for (const endpoint of ENDPOINTS) {
    it(`/${endpoint}: the answer must repeat exactly ${CONTRACT[endpoint].echo.join(', ') || 'nothing'}`, async () => {
      const { path, call } = probes[endpoint]
      const answer = (await call()) as Record<string, unknown>
      for (const { name } of CONTRACT[endpoint].parameters) {
        if (!(name in answer)) continue
        server.use(http.get(`*/api/v1/${path}`, () => HttpResponse.json({ ...answer, [name]: other[name] })))
        const echoed = (CONTRACT[endpoint].echo as readonly string[]).includes(name)
        if (echoed) await expect(call(), `${endpoint} ${name}`).rejects.toBeInstanceOf(ApiError)
        else await expect(call(), `${endpoint} ${name}`).resolves.toBeDefined()
      }
    })
  }
})
