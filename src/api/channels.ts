import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { apiGet } from './client'
import { categoryIdSchema, missingReportsSchema, monthSchema, personsSchema, regionIdSchema, list } from './common'

/** Where a region's workers work: the three channels (which add up to total) and two parts of in_county. */
export const channelsSchema = v.object({
  region: regionIdSchema,
  month: monthSchema,
  total: personsSchema,
  items: list(
    v.object({
      category: categoryIdSchema,
      value: personsSchema,
      previousYear: v.nullable(personsSchema),
      /** national figures only: how many provinces have not yet reported the category this month (incomplete) */
      missingReports: v.optional(missingReportsSchema),
    }),
    50,
  ),
  /** categories the region reports but has not yet reported this month: not in `items`, never a zero */
  notReported: v.optional(list(categoryIdSchema, 50)),
})
export type Channels = v.InferOutput<typeof channelsSchema>
export interface ChannelsQuery {
  region: string
  month: string
}

export function fetchChannels(q: ChannelsQuery, signal?: AbortSignal) {
  return apiGet('/channels', { ...q }, channelsSchema, signal, ['region', 'month'])
}

export const channelsQueries = {
  all: () => ['channels'] as const,
  one: (q: ChannelsQuery) =>
    queryOptions({ queryKey: [...channelsQueries.all(), q], queryFn: ({ signal }) => fetchChannels(q, signal) }),
}
