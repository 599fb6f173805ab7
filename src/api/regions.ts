import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { magnitudeProblem, refuse } from './checks'
import { ApiError, apiGet } from './client'
import { categoryIdSchema, monthSchema, personsSchema, regionIdSchema, type CategoryId, list } from './common'

/** Every province's value for one category and month (the national figure is not among them). */
export const regionsSchema = v.object({
  category: categoryIdSchema,
  month: monthSchema,
  items: list(
    v.object({
      region: regionIdSchema,
      value: personsSchema,
      target: v.nullable(personsSchema),
      previousMonth: v.nullable(personsSchema),
      previousYear: v.nullable(personsSchema),
    }),
    5000,
  ),
  /** provinces that report the category but have not yet reported this month: not in `items`, never a zero */
  notReported: v.optional(list(regionIdSchema, 5000)),
})
export type RegionsData = v.InferOutput<typeof regionsSchema>
export interface RegionsQuery {
  category: CategoryId
  month: string
  /** the provinces /meta knows: an answer may name only these, once each */
  provinces: readonly string[]
}

/**
 * The answer must name provinces that /meta knows, once each: a ranking with an unknown or repeated region would
 * show a wrong count and a wrong rank as valid, so such data is refused as an unexpected format.
 */
export function checkProvinces(data: RegionsData, provinces: readonly string[]): RegionsData {
  const known = new Set(provinces)
  const seen = new Set<string>()
  for (const region of [...data.items.map((item) => item.region), ...(data.notReported ?? [])]) {
    if (!known.has(region) || seen.has(region)) {
      throw new ApiError('format', `GET /regions: unexpected region ${region}`)
    }
    seen.add(region)
  }
  for (const item of data.items) {
    const magnitude = magnitudeProblem([{ month: data.month, ...item }], {
      region: item.region,
      category: data.category,
    })
    if (magnitude) throw refuse('/regions', { check: 'magnitude', ...magnitude })
  }
  return data
}

export async function fetchRegions({ provinces, ...q }: RegionsQuery, signal?: AbortSignal) {
  return checkProvinces(await apiGet('/regions', { ...q }, regionsSchema, signal, ['category', 'month']), provinces)
}

export const regionsQueries = {
  all: () => ['regions'] as const,
  one: (q: RegionsQuery) =>
    queryOptions({ queryKey: [...regionsQueries.all(), q], queryFn: ({ signal }) => fetchRegions(q, signal) }),
}
