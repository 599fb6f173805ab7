import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { magnitudeProblem, refuse } from './checks'
import { apiGet } from './client'
import { categoryIdSchema, monthSchema, personsSchema, regionIdSchema, list } from './common'

/** Per category with an annual target: the month's value, the target, and comparison values. */
export const targetsSchema = v.object({
  region: regionIdSchema,
  month: monthSchema,
  items: list(
    v.object({
      category: categoryIdSchema,
      value: personsSchema,
      target: v.pipe(personsSchema, v.minValue(1)),
      previousMonth: v.nullable(personsSchema),
      previousYear: v.nullable(personsSchema),
    }),
    50,
  ),
})
export type Targets = v.InferOutput<typeof targetsSchema>
export interface TargetsQuery {
  region: string
  month: string
}

/** No figure a thousand times off its target, the month before or the year before (a figure sent in 万). */
export function checkTargets(data: Targets): Targets {
  for (const item of data.items) {
    const magnitude = magnitudeProblem([{ month: data.month, ...item }], {
      region: data.region,
      category: item.category,
    })
    if (magnitude) throw refuse('/targets', { check: 'magnitude', ...magnitude })
  }
  return data
}

export async function fetchTargets(q: TargetsQuery, signal?: AbortSignal) {
  return checkTargets(await apiGet('/targets', { ...q }, targetsSchema, signal, ['region', 'month']))
}

export const targetsQueries = {
  all: () => ['targets'] as const,
  one: (q: TargetsQuery) =>
    queryOptions({ queryKey: [...targetsQueries.all(), q], queryFn: ({ signal }) => fetchTargets(q, signal) }),
}
