import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
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

export function fetchSeries(q: SeriesQuery, signal?: AbortSignal) {
  return apiGet('/series', { ...q }, seriesSchema, signal, ['region', 'category'])
}

export const seriesQueries = {
  all: () => ['series'] as const,
  one: (q: SeriesQuery) =>
    queryOptions({ queryKey: [...seriesQueries.all(), q], queryFn: ({ signal }) => fetchSeries(q, signal) }),
  /**
   * A region's series of a category from the first month of the data to `to`: the months before the period are
   * needed for the growth streak and the first month's change. The trend and the KPI cards share this one request.
   */
  history: (q: { region: string; category: CategoryId; firstMonth: string; to: string }) =>
    seriesQueries.one({ region: q.region, category: q.category, from: q.firstMonth, to: q.to }),
}
