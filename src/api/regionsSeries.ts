import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { magnitudeProblem, monthsBetween, refuse } from './checks'
import { ApiError, apiGet } from './client'
import { categoryIdSchema, list, monthSchema, personsSchema, regionIdSchema, type CategoryId } from './common'

/** Every province's monthly series of one category, in one answer (the small multiples: 25 charts, one request). */
export const regionsSeriesSchema = v.object({
  category: categoryIdSchema,
  from: monthSchema,
  to: monthSchema,
  items: list(
    v.object({
      region: regionIdSchema,
      points: list(
        v.object({
          month: monthSchema,
          value: personsSchema,
          /** the annual target of the month's year, for categories that have one */
          target: v.nullable(personsSchema),
        }),
        1200,
      ),
      /** months the province has not yet reported: left out of `points`, never sent as zero */
      notReported: v.optional(list(monthSchema, 1200)),
    }),
    5000,
  ),
})
export type RegionsSeries = v.InferOutput<typeof regionsSeriesSchema>
export type RegionSeries = RegionsSeries['items'][number]

export interface RegionsSeriesQuery {
  category: CategoryId
  from: string
  to: string
  /** the provinces that may be named: an answer may name only these, once each */
  provinces: readonly string[]
}

export { monthsBetween }

/**
 * Each province once, known, and each series exactly the months asked for, in order: a series of the wrong length
 * would put one month's value under another, so the whole answer is refused as an unexpected format.
 */
export function checkRegionsSeries(data: RegionsSeries, q: RegionsSeriesQuery): RegionsSeries {
  const known = new Set(q.provinces)
  const seen = new Set<string>()
  const months = monthsBetween(q.from, q.to)
  for (const item of data.items) {
    if (!known.has(item.region) || seen.has(item.region))
      throw new ApiError('format', `GET /regions/series: unexpected region ${item.region}`)
    seen.add(item.region)
    const expected = months.filter((m) => !item.notReported?.includes(m))
    if (item.points.length !== expected.length || item.points.some((p, i) => p.month !== expected[i]))
      throw new ApiError('format', `GET /regions/series: the series of ${item.region} does not run ${q.from}…${q.to}`)
    const magnitude = magnitudeProblem(item.points, { region: item.region, category: data.category })
    if (magnitude) throw refuse('/regions/series', { check: 'magnitude', ...magnitude })
  }
  return data
}

export async function fetchRegionsSeries({ provinces, ...q }: RegionsSeriesQuery, signal?: AbortSignal) {
  const data = await apiGet('/regions/series', { ...q }, regionsSeriesSchema, signal, ['category', 'from', 'to'])
  return checkRegionsSeries(data, { provinces, ...q })
}

export const regionsSeriesQueries = {
  all: () => ['regions-series'] as const,
  one: (q: RegionsSeriesQuery) =>
    queryOptions({
      queryKey: [...regionsSeriesQueries.all(), q],
      queryFn: ({ signal }) => fetchRegionsSeries(q, signal),
    }),
  /** From the first month of the data, so that each province's growth streak can start before the period shown. */
  history: (q: { category: CategoryId; firstMonth: string; to: string; provinces: readonly string[] }) =>
    regionsSeriesQueries.one({ category: q.category, from: q.firstMonth, to: q.to, provinces: q.provinces }),
}
