/** The mock backend through real fetch requests, against the schemas the app validates with. */
import * as v from 'valibot'
import { dataSet } from '../../mocks/data/dataset'
import { HttpResponse } from 'msw'
import { jsonResponse } from '../../mocks/handlers'
import { describe, expect, it } from 'vitest'
import { annotationsSchema } from '../../src/api/annotations'
import { channelsSchema } from '../../src/api/channels'
import { metaSchema } from '../../src/api/meta'
import { monitoringSchema } from '../../src/api/monitoring'
import { regionsSchema } from '../../src/api/regions'
import { seriesSchema } from '../../src/api/series'
import { targetsSchema } from '../../src/api/targets'

const BASE = 'http://localhost/api/v1'

async function get(path: string, params: Record<string, string> = {}) {
  const query = new URLSearchParams(params).toString()
  return fetch(`${BASE}${path}${query ? `?${query}` : ''}`)
}
async function json(path: string, params: Record<string, string> = {}) {
  const response = await get(path, params)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^application\/json/)
  return response.json() as Promise<unknown>
}

const without = (params: Record<string, string>, name: string) =>
  Object.fromEntries(Object.entries(params).filter(([key]) => key !== name))

/** A 400 problem whose detail names the parameter. */
async function expectProblem(path: string, params: Record<string, string>, parameter: string) {
  const response = await get(path, params)
  expect(response.status, `${path} ${JSON.stringify(params)}`).toBe(400)
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const body = (await response.json()) as Record<string, unknown>
  expect(body.status).toBe(400)
  expect(typeof body.title).toBe('string')
  expect(body.detail).toEqual(expect.stringContaining(`'${parameter}'`))
  return body
}

describe('GET /meta', () => {
  it('passes its schema and describes the data', async () => {
    const meta = v.parse(metaSchema, await json('/meta'))
    expect(meta.asOf).toBe('2024-08')
    expect(meta.months[0]).toBe('2023-01')
    expect(meta.months).toHaveLength(20)
    expect(meta.nationalId).toBe('000000')
    expect(meta.regions).toHaveLength(26)
    expect(meta.regions[0]).toEqual({ id: '000000', name: { zh: '全国', en: 'National' } })
    expect(meta.regions.find((r) => r.id === '520000')!.name).toEqual({ zh: '贵州', en: 'Guizhou' })
    expect(meta.demo).toBe(true)
    expect(meta.source.zh).toMatch(/合成数据/)
    expect(meta.source.en).toMatch(/synthetic/)
  })

  it('marks which categories have a target, their parents and their coverage', async () => {
    const meta = v.parse(metaSchema, await json('/meta'))
    const byId = Object.fromEntries(meta.categories.map((c) => [c.id, c]))
    expect(meta.categories.filter((c) => c.hasTarget).map((c) => c.id)).toEqual(['total', 'key_county', 'relocated'])
    expect(byId.total.parent).toBeNull()
    expect(byId.key_county.parent).toBe('total')
    expect(byId.in_county.parent).toBe('total')
    expect(byId.public_posts.parent).toBe('in_county')
    expect(byId.workshops.parent).toBe('in_county')
    expect(byId.total.coverage).toHaveLength(26)
    expect(byId.key_county.coverage).toHaveLength(11)
    expect(byId.key_county.coverage).not.toContain('650000')
    expect(byId.relocated.coverage).not.toContain('210000')
    expect(byId.workshops.coverage).not.toContain('370000')
    expect(byId.key_county.name).toEqual({ zh: '重点帮扶县', en: 'In work: key assistance counties' })
  })
})

describe('GET /series', () => {
  it('passes its schema and gives the months of the period with their comparisons', async () => {
    const series = v.parse(
      seriesSchema,
      await json('/series', { region: '000000', category: 'total', from: '2023-01', to: '2024-08' }),
    )
    expect(series.region).toBe('000000')
    expect(series.category).toBe('total')
    expect(series.points).toHaveLength(20)
    const aug = series.points[series.points.length - 1]
    expect(aug).toEqual({
      month: '2024-08',
      value: 32_953_000,
      previousYear: series.points[7].value,
      target: 30_192_000,
    })
    expect(series.points[0].previousYear).toBeNull()
    expect(series.points[11].previousYear).toBeNull() // 2023-12: no 2022 data
    expect(series.points[12].previousYear).toBe(series.points[0].value) // 2024-01 against 2023-01
  })

  it('clips to the period asked for', async () => {
    const series = v.parse(
      seriesSchema,
      await json('/series', { region: '520000', category: 'relocated', from: '2024-02', to: '2024-04' }),
    )
    expect(series.points.map((p) => p.month)).toEqual(['2024-02', '2024-03', '2024-04'])
  })

  it('has no target for a category without one', async () => {
    const series = v.parse(
      seriesSchema,
      await json('/series', { region: '000000', category: 'in_county', from: '2024-08', to: '2024-08' }),
    )
    expect(series.points[0].target).toBeNull()
  })

  it('rejects bad parameters with a 400 problem naming the parameter', async () => {
    const good = { region: '000000', category: 'total', from: '2024-01', to: '2024-08' }
    await expectProblem('/series', { ...good, region: '999999' }, 'region')
    await expectProblem('/series', { ...good, region: '<script>alert(1)</script>' }, 'region')
    await expectProblem('/series', { ...good, category: 'salary' }, 'category')
    await expectProblem('/series', { ...good, from: '2024-8' }, 'from')
    await expectProblem('/series', { ...good, from: 'abc' }, 'from')
    await expectProblem('/series', { ...good, to: '2024-13' }, 'to')
    await expectProblem('/series', { ...good, to: '2024-09' }, 'to')
    await expectProblem('/series', { ...good, from: '2022-12' }, 'from')
    await expectProblem('/series', { ...good, from: '2024-05', to: '2024-03' }, 'to')
    await expectProblem('/series', without(good, 'region'), 'region')
    await expectProblem('/series', without(good, 'category'), 'category')
    await expectProblem('/series', without(good, 'from'), 'from')
    await expectProblem('/series', without(good, 'to'), 'to')
  })

  it('does not echo the bad value back', async () => {
    const body = await expectProblem(
      '/series',
      { region: '<img src=x onerror=alert(1)>', category: 'total', from: '2024-01', to: '2024-08' },
      'region',
    )
    expect(JSON.stringify(body)).not.toContain('<img')
  })
})

describe('GET /targets', () => {
  it('passes its schema and gives the national August 2024 attainment', async () => {
    const targets = v.parse(targetsSchema, await json('/targets', { region: '000000', month: '2024-08' }))
    expect(targets).toMatchObject({ region: '000000', month: '2024-08' })
    const byId = Object.fromEntries(targets.items.map((i) => [i.category, i]))
    expect(Object.keys(byId)).toEqual(['total', 'key_county', 'relocated'])
    expect(byId.total).toMatchObject({ value: 32_953_000, target: 30_192_000 })
    expect(byId.key_county).toMatchObject({ value: 6_696_000, target: 5_914_600, previousYear: 6_459_000 })
    expect(byId.relocated).toMatchObject({ value: 4_059_000, target: 3_777_500 })
  })

  it('gives only the categories a province reports', async () => {
    const henan = v.parse(targetsSchema, await json('/targets', { region: '410000', month: '2024-08' }))
    expect(henan.items.map((i) => i.category)).toEqual(['total', 'relocated'])
    const liaoning = v.parse(targetsSchema, await json('/targets', { region: '210000', month: '2024-08' }))
    expect(liaoning.items.map((i) => i.category)).toEqual(['total'])
  })

  it('has no previous month for the first month of the data', async () => {
    const targets = v.parse(targetsSchema, await json('/targets', { region: '000000', month: '2023-01' }))
    for (const item of targets.items) {
      expect(item.previousMonth).toBeNull()
      expect(item.previousYear).toBeNull()
    }
  })

  it('rejects bad parameters with a 400 problem naming the parameter', async () => {
    await expectProblem('/targets', { region: 'abc', month: '2024-08' }, 'region')
    await expectProblem('/targets', { region: '000000', month: '2024-8' }, 'month')
    await expectProblem('/targets', { region: '000000', month: '2024-09' }, 'month')
    await expectProblem('/targets', { region: '000000' }, 'month')
    await expectProblem('/targets', { month: '2024-08' }, 'region')
  })
})

describe('GET /regions', () => {
  it('passes its schema and gives every reporting province, without the national figure', async () => {
    const regions = v.parse(regionsSchema, await json('/regions', { category: 'total', month: '2024-08' }))
    expect(regions.items).toHaveLength(25)
    expect(regions.items.map((i) => i.region)).not.toContain('000000')
    expect(regions.items.reduce((a, i) => a + i.value, 0)).toBe(32_953_000)
    expect(regions.items.reduce((a, i) => a + i.target!, 0)).toBe(30_192_000)
  })

  it('gives only the provinces that report the category', async () => {
    const key = v.parse(regionsSchema, await json('/regions', { category: 'key_county', month: '2024-08' }))
    expect(key.items.map((i) => i.region).sort()).toEqual([
      '150000',
      '450000',
      '500000',
      '510000',
      '520000',
      '530000',
      '610000',
      '620000',
      '630000',
      '640000',
    ])
    expect(key.items.reduce((a, i) => a + i.value, 0)).toBe(6_696_000)
    const workshops = v.parse(regionsSchema, await json('/regions', { category: 'workshops', month: '2024-08' }))
    // 22 provinces report workshops; 西藏 has not reported August yet (facts.md, invariant 8): named, never a zero
    expect(workshops.items).toHaveLength(21)
    expect(workshops.notReported).toEqual(['540000'])
    expect(workshops.items.some((i) => i.region === '540000')).toBe(false)
    expect(workshops.items.every((i) => i.target === null)).toBe(true)
  })

  it('rejects bad parameters with a 400 problem naming the parameter', async () => {
    await expectProblem('/regions', { category: 'nope', month: '2024-08' }, 'category')
    await expectProblem('/regions', { category: 'total', month: 'abc' }, 'month')
    await expectProblem('/regions', { month: '2024-08' }, 'category')
    await expectProblem('/regions', { category: 'total' }, 'month')
  })
})

describe('GET /channels', () => {
  it('passes its schema, and the three channels add up to the total', async () => {
    const channels = v.parse(channelsSchema, await json('/channels', { region: '000000', month: '2024-08' }))
    expect(channels.total).toBe(32_953_000)
    const byId = Object.fromEntries(channels.items.map((i) => [i.category, i.value]))
    expect(Object.keys(byId)).toEqual(['out_of_province', 'in_province', 'in_county', 'public_posts', 'workshops'])
    expect(byId.out_of_province + byId.in_province + byId.in_county).toBe(32_953_000)
    expect(byId.public_posts + byId.workshops).toBeLessThanOrEqual(byId.in_county)
  })

  it('leaves out the parts a province does not report', async () => {
    const channels = v.parse(channelsSchema, await json('/channels', { region: '350000', month: '2024-08' }))
    expect(channels.items.map((i) => i.category)).toEqual(['out_of_province', 'in_province', 'in_county'])
  })

  it('rejects bad parameters with a 400 problem naming the parameter', async () => {
    await expectProblem('/channels', { region: '12', month: '2024-08' }, 'region')
    await expectProblem('/channels', { region: '000000', month: '2024-00' }, 'month')
    await expectProblem('/channels', { region: '000000' }, 'month')
  })
})

describe('GET /annotations', () => {
  it('passes its schema and gives the programmes overlapping the period', async () => {
    const a = v.parse(annotationsSchema, await json('/annotations', { from: '2024-01', to: '2024-08' }))
    expect(a.items.map((i) => i.id)).toEqual(['spring_breeze_2024', 'hundred_day_2024'])
    expect(a.items.every((i) => i.approximate)).toBe(true)
    const march = v.parse(annotationsSchema, await json('/annotations', { from: '2023-03', to: '2023-04' }))
    expect(march.items.map((i) => i.id)).toEqual(['spring_breeze_2023'])
    const none = v.parse(annotationsSchema, await json('/annotations', { from: '2023-10', to: '2024-01' }))
    expect(none.items).toEqual([])
  })

  it('rejects bad parameters with a 400 problem naming the parameter', async () => {
    await expectProblem('/annotations', { from: '2024-08', to: '2024-01' }, 'to')
    await expectProblem('/annotations', { from: 'x', to: '2024-01' }, 'from')
    await expectProblem('/annotations', { from: '2024-01' }, 'to')
  })
})

describe('an unknown resource', () => {
  it('answers 404 with a problem', async () => {
    const response = await get('/nothing')
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await response.json()).toMatchObject({ status: 404 })
  })
})

describe('parameters given twice, and categories a region does not report', () => {
  it('answers 400 naming a parameter given more than once', async () => {
    const response = await fetch(`${BASE}/channels?region=410000&month=2024-08&month=2024-07`)
    expect(response.status).toBe(400)
    expect(((await response.json()) as { detail: string }).detail).toContain("'month'")
  })

  it('gives an empty series, not zeros, for key counties in a province that has none', async () => {
    const body = v.parse(
      seriesSchema,
      await json('/series', { region: '410000', category: 'key_county', from: '2024-01', to: '2024-08' }),
    )
    expect(body.points).toEqual([])
  })
})

describe('reports not yet received, and /monitoring', () => {
  it("a province's missing month is left out of its series and named; the national point says it is incomplete", async () => {
    const xizang = v.parse(
      seriesSchema,
      await json('/series', { region: '540000', category: 'workshops', from: '2024-06', to: '2024-08' }),
    )
    expect(xizang.points.map((p) => p.month)).toEqual(['2024-06', '2024-07'])
    expect(xizang.notReported).toEqual(['2024-08'])
    const nation = v.parse(
      seriesSchema,
      await json('/series', { region: '000000', category: 'workshops', from: '2024-07', to: '2024-08' }),
    )
    expect(nation.points.map((p) => p.missingReports)).toEqual([undefined, 1])
    const channels = v.parse(channelsSchema, await json('/channels', { region: '540000', month: '2024-08' }))
    expect(channels.notReported).toEqual(['workshops'])
    expect(channels.items.map((i) => i.category)).not.toContain('workshops')
  })

  it('/monitoring: every category and reporting region over the month and the twelve before it, null where missing', async () => {
    const data = v.parse(monitoringSchema, await json('/monitoring', { month: '2024-08' }))
    expect(data.months).toEqual(dataSet.months.slice(-13))
    const rows = (category: string) => data.items.filter((i) => i.category === category)
    expect(rows('key_county')).toHaveLength(11) // the nation and the 10 western provinces
    const xizang = data.items.find((i) => i.category === 'workshops' && i.region === '540000')!
    expect(xizang.values.at(-1)).toBeNull()
    expect(xizang.values.slice(0, -1).every((x) => typeof x === 'number')).toBe(true)
    const total = data.items.find((i) => i.category === 'total' && i.region === '000000')!
    expect(total.values.at(-1)).toBe(32_953_000)
    expect(total.target).toBe(30_192_000)
    const first = v.parse(monitoringSchema, await json('/monitoring', { month: '2023-01' }))
    expect(first.months).toEqual(['2023-01'])
  })

  it('/monitoring refuses a bad month with 400 problem+json', async () => {
    for (const month of ['2024-13', '2030-01', '']) {
      const response = await get('/monitoring', { month })
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
    }
  })
})

describe('jsonResponse', () => {
  it('answers as HttpResponse.json does: the same body, type and length in bytes (Chinese text included)', async () => {
    const body = { name: { zh: '就业帮扶车间', en: 'Workshops' }, value: 3295.3 }
    const ours = jsonResponse(body)
    const msw = HttpResponse.json(body)
    expect(ours.status).toBe(200)
    expect(ours.headers.get('Content-Type')).toBe(msw.headers.get('Content-Type'))
    expect(ours.headers.get('Content-Length')).toBe(msw.headers.get('Content-Length'))
    expect(Number(ours.headers.get('Content-Length'))).toBe(Buffer.byteLength(JSON.stringify(body)))
    expect(await ours.json()).toEqual(await msw.json())
    const problem = jsonResponse({ status: 400 }, { status: 400, contentType: 'application/problem+json' })
    expect(problem.status).toBe(400)
    expect(problem.headers.get('Content-Type')).toBe('application/problem+json')
  })
})
