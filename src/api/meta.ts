import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { monthListProblem, refuse } from './checks'
import { apiGet } from './client'
import { categoryIdSchema, localizedSchema, monthSchema, regionIdSchema, list } from './common'

export const metaSchema = v.object({
  asOf: monthSchema,
  months: v.pipe(v.array(monthSchema), v.minLength(1), v.maxLength(1200)),
  nationalId: regionIdSchema,
  regions: v.pipe(v.array(v.object({ id: regionIdSchema, name: localizedSchema })), v.minLength(1), v.maxLength(1000)),
  categories: list(
    v.object({
      id: categoryIdSchema,
      name: localizedSchema,
      /** the category this one is part of, if any */
      parent: v.nullable(categoryIdSchema),
      hasTarget: v.boolean(),
      /** the regions that report this category */
      coverage: list(regionIdSchema, 5000),
    }),
    50,
  ),
  source: localizedSchema,
  /** true when the data is synthetic demo data (the mock backend) */
  demo: v.boolean(),
  /**
   * The attention rules' thresholds, when the backend tunes them: read field by field, each falling back to its
   * documented default (features/attention/thresholds.ts), so a bad value never refuses the whole answer.
   */
  rules: v.optional(v.unknown()),
})
export type Meta = v.InferOutput<typeof metaSchema>

/**
 * The months every view is built on: each once, in order, with no hole (a view's period, the trend's axis and every
 * series are read against them), and `asOf`, where the dashboard opens, their last. Otherwise the answer is refused,
 * naming the month.
 */
export function checkMeta(meta: Meta): Meta {
  const problem = monthListProblem(meta.months)
  if (problem) throw refuse('/meta', { check: 'meta', ...problem })
  const last = meta.months[meta.months.length - 1]
  if (meta.asOf !== last) throw refuse('/meta', { check: 'meta', problem: 'as-of', asOf: meta.asOf, last })
  return meta
}

export async function fetchMeta(signal?: AbortSignal) {
  return checkMeta(await apiGet('/meta', {}, metaSchema, signal))
}

export const metaQueries = {
  all: () => ['meta'] as const,
  one: () =>
    queryOptions({
      queryKey: metaQueries.all(),
      queryFn: ({ signal }) => fetchMeta(signal),
      staleTime: Infinity,
      // Asked by the boot prefetch before the page renders: a failure there is shown with its retry, not asked again
      // behind it by the page's first render (which made the retry button race a request already failing).
      retryOnMount: false,
    }),
}
