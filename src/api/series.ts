import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { magnitudeProblem, monthsBetween, periodProblem, refuse } from './checks'
import { apiGet } from './client'
import {
  categoryIdSchema,
  missingReportsSchema,
  monthSchema,
  personsSchema,
  regionIdSchema,
  type CategoryId,
  list,
} from './common'
import { metaQueries, type Meta } from './meta'

export const seriesSchema = v.object({
  region: regionIdSchema,
  category: categoryIdSchema,
  points: list(
    v.object({
      month: monthSchema,
      value: personsSchema,
      /** the same month a year earlier, when the data has it */
      previousYear: v.nullable(personsSchema),
      /** the annual target of the month's year, for categories that have one */
      target: v.nullable(personsSchema),
      /** national figures only: how many provinces have not yet reported the month (the figure is incomplete) */
      missingReports: v.optional(missingReportsSchema),
    }),
    1200,
  ),
  /** months of the period the region has not yet reported: they are left out of `points`, never sent as zero */
  notReported: v.optional(list(monthSchema, 1200)),
})
export type Series = v.InferOutput<typeof seriesSchema>
export type SeriesPoint = Series['points'][number]
export interface SeriesQuery {
  region: string
  category: CategoryId
  from: string
  to: string
}

/**
 * What a series must keep beyond its schema. Every month from `from` to `to` once, in order, as a point or named not
 * yet reported: a month missing, repeated or out of place would be drawn as if the series were whole (a streak one
 * month short, an axis spaced wrongly), so the answer is refused, naming the month. An empty series (no point, no
 * month named) is a region that does not report the category, unless /meta says it does (`reports`): then it is
 * refused too, as contradicting /meta. And no figure a thousand times off the month before, the year before or its
 * target (a month sent in 万).
 */
export function checkSeries(data: Series, q: SeriesQuery, reports?: boolean): Series {
  const notReported = data.notReported ?? []
  if (data.points.length === 0 && notReported.length === 0) {
    if (reports) throw refuse('/series', { check: 'agree', problem: 'empty', region: q.region, category: q.category })
    return data
  }
  const months = data.points.map((p) => p.month)
  const period = periodProblem(monthsBetween(q.from, q.to), months, notReported)
  if (period) throw refuse('/series', { check: 'series-period', ...period })
  const magnitude = magnitudeProblem(data.points, { region: q.region, category: q.category })
  if (magnitude) throw refuse('/series', { check: 'magnitude', ...magnitude })
  return data
}

/**
 * `meta`, when given, says whether the region reports the category (its coverage): an empty answer for a region
 * that does is then refused. The backend checker calls this without it and judges coverage across answers itself.
 */
export async function fetchSeries(q: SeriesQuery, signal?: AbortSignal, meta?: Meta) {
  const data = await apiGet('/series', { ...q }, seriesSchema, signal, ['region', 'category'])
  const reports = meta?.categories.find((c) => c.id === q.category)?.coverage.includes(q.region)
  return checkSeries(data, q, reports)
}

export const seriesQueries = {
  all: () => ['series'] as const,
  /** With /meta from the cache (the dashboard asks nothing before it), so an empty answer is judged against it. */
  one: (q: SeriesQuery) =>
    queryOptions({
      queryKey: [...seriesQueries.all(), q],
      queryFn: ({ signal, client }) => fetchSeries(q, signal, client.getQueryData<Meta>(metaQueries.all())),
    }),
  /**
   * A region's series of a category from the first month of the data to `to`: the months before the period are
   * needed for the growth streak and the first month's change. The trend and the KPI cards share this one request.
   */
  history: (q: { region: string; category: CategoryId; firstMonth: string; to: string }) =>
    seriesQueries.one({ region: q.region, category: q.category, from: q.firstMonth, to: q.to }),
}
