/**
 * GET /regions/series (src/api/regionsSeries.ts): every province's series in one answer (issue 11), the mock backend
 * and the client's checks.
 */
import { http, HttpResponse } from 'msw'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import { server } from '../../mocks/node'
import { ApiError } from '../../src/api/client'
import { fetchRegionsSeries, monthsBetween, regionsSeriesSchema, type RegionsSeries } from '../../src/api/regionsSeries'

const BASE = 'http://localhost/api/v1/regions/series'
const PROVINCES = dataSet.regionIds.filter((id) => id !== dataSet.nationalId)
const get = (params: Record<string, string | string[]>) => {
  const search = new URLSearchParams()
  for (const [k, value] of Object.entries(params)) for (const one of [value].flat()) search.append(k, one)
  return fetch(`${BASE}?${search}`)
}
const Q = { category: 'total', from: '2023-01', to: '2024-08' } as const

describe('GET /regions/series (mock backend)', () => {
  it('answers every reporting province once, each with every month asked for, from the data set', async () => {
    const response = await get(Q)
    expect(response.status).toBe(200)
    const body = v.parse(regionsSeriesSchema, await response.json())
    expect(body).toMatchObject(Q)
    expect(body.items.map((i) => i.region).sort()).toEqual([...PROVINCES].sort())
    for (const item of body.items) {
      expect(item.points.map((p) => p.month)).toEqual(dataSet.months)
      expect(item.points.map((p) => p.value)).toEqual(dataSet.values.total[item.region])
      expect(item.points.every((p) => p.target === dataSet.targets.total![item.region])).toBe(true)
    }
  })

  it('leaves out provinces that do not report the category, and has no targets where there are none', async () => {
    const key = v.parse(regionsSeriesSchema, await (await get({ ...Q, category: 'key_county' })).json())
    expect(key.items.map((i) => i.region).sort()).toEqual(
      dataSet.coverage.key_county.filter((id) => id !== dataSet.nationalId).sort(),
    )
    const workshops = v.parse(regionsSeriesSchema, await (await get({ ...Q, category: 'workshops' })).json())
    expect(workshops.items.flatMap((i) => i.points).every((p) => p.target === null)).toBe(true)
    const part = v.parse(regionsSeriesSchema, await (await get({ ...Q, from: '2024-03', to: '2024-05' })).json())
    expect(part.items[0].points.map((p) => p.month)).toEqual(['2024-03', '2024-04', '2024-05'])
  })

  it('refuses bad parameters with a 400 problem naming the parameter', async () => {
    const cases: [Record<string, string | string[]>, string][] = [
      [{ ...Q, category: 'nope' }, 'category'],
      [{ from: Q.from, to: Q.to }, 'category'],
      [{ ...Q, category: ['total', 'total'] }, 'category'],
      [{ ...Q, from: '2024-13' }, 'from'],
      [{ ...Q, from: '2022-12' }, 'from'],
      [{ category: 'total', to: Q.to }, 'from'],
      [{ ...Q, to: '2024-09' }, 'to'],
      [{ ...Q, from: '2024-05', to: '2024-03' }, 'to'],
    ]
    for (const [params, parameter] of cases) {
      const response = await get(params)
      expect(response.status, JSON.stringify(params)).toBe(400)
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
      expect(((await response.json()) as { detail: string }).detail).toContain(`'${parameter}'`)
    }
  })
})

describe('fetchRegionsSeries: the client refuses an answer it cannot draw faithfully', () => {
  const query = { ...Q, provinces: PROVINCES }
  const answer = async () => v.parse(regionsSeriesSchema, await (await get(Q)).json())
  const serve = (body: object) =>
    server.use(http.get('*/api/v1/regions/series', () => HttpResponse.json(body as Record<string, unknown>)))
  const refused = async () => {
    const error = await fetchRegionsSeries(query).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).kind).toBe('format')
  }

  it('accepts the mock backend’s answer', async () => {
    const data = await fetchRegionsSeries(query)
    expect(data.items).toHaveLength(PROVINCES.length)
  })

  it('refuses an unknown province, one named twice, or one outside the list asked for (off the grid)', async () => {
    const good = await answer()
    const withItem = (item: RegionsSeries['items'][number]) => ({ ...good, items: [...good.items, item] })
    serve(withItem({ ...good.items[0], region: '990000' }))
    await refused()
    serve(withItem(good.items[0]))
    await refused()
    server.resetHandlers()
    const error = await fetchRegionsSeries({ ...query, provinces: PROVINCES.slice(1) }).catch((e: unknown) => e)
    expect((error as ApiError).kind).toBe('format')
  })

  it('refuses a series of the wrong length or with months out of order', async () => {
    const good = await answer()
    const change = (points: (p: RegionsSeries['items'][number]['points']) => unknown) =>
      serve({
        ...good,
        items: good.items.map((item, i) => (i === 3 ? { ...item, points: points(item.points) } : item)),
      })
    change((p) => p.slice(1))
    await refused()
    change((p) => [...p, { ...p[0], month: '2024-09' }])
    await refused()
    change((p) => [p[1], p[0], ...p.slice(2)])
    await refused()
  })

  it('refuses an answer for another category or period (echo)', async () => {
    const good = await answer()
    serve({ ...good, category: 'relocated' })
    await refused()
    serve({ ...good, from: '2023-02' })
    await refused()
  })

  it('monthsBetween runs across years', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
    expect(monthsBetween('2024-08', '2024-08')).toEqual(['2024-08'])
    expect(monthsBetween(dataSet.months[0], dataSet.asOf)).toEqual(dataSet.months)
  })
})
