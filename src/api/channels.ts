import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { channelsProblem, magnitudeProblem, refuse } from './checks'
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

/**
 * The channels add up to the total (no more than it while one is not yet reported), their shares to 100%; the parts
 * of in_county to no more than it; and no figure a thousand times off its own a year before (sent in 万). Otherwise
 * the answer is refused, saying which figures disagree: shares adding up to 100.4% are never drawn.
 */
export function checkChannels(data: Channels): Channels {
  const problem = channelsProblem(data)
  if (problem) throw refuse('/channels', problem)
  for (const item of data.items) {
    const magnitude = magnitudeProblem([{ month: data.month, value: item.value, previousYear: item.previousYear }], {
      region: data.region,
      category: item.category,
    })
    if (magnitude) throw refuse('/channels', { check: 'magnitude', ...magnitude })
  }
  return data
}

export async function fetchChannels(q: ChannelsQuery, signal?: AbortSignal) {
  return checkChannels(await apiGet('/channels', { ...q }, channelsSchema, signal, ['region', 'month']))
}

export const channelsQueries = {
  all: () => ['channels'] as const,
  one: (q: ChannelsQuery) =>
    queryOptions({ queryKey: [...channelsQueries.all(), q], queryFn: ({ signal }) => fetchChannels(q, signal) }),
}
