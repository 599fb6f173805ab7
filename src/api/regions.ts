import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { apiGet } from './client'
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
})
export type RegionsData = v.InferOutput<typeof regionsSchema>
export interface RegionsQuery {
  category: CategoryId
  month: string
}

export function fetchRegions(q: RegionsQuery, signal?: AbortSignal) {
  return apiGet('/regions', { ...q }, regionsSchema, signal, ['category', 'month'])
}

export const regionsQueries = {
  all: () => ['regions'] as const,
  one: (q: RegionsQuery) =>
    queryOptions({ queryKey: [...regionsQueries.all(), q], queryFn: ({ signal }) => fetchRegions(q, signal) }),
}
