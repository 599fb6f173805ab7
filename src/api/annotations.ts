import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { apiGet } from './client'
import { localizedSchema, monthSchema, list } from './common'

/** Programme periods (春风行动, 百日千万招聘) to mark on the trend. */
export const annotationsSchema = v.object({
  items: list(
    v.object({
      id: v.pipe(v.string(), v.maxLength(100)),
      name: localizedSchema,
      from: monthSchema,
      to: monthSchema,
      /** dates known only roughly: labelled so on screen */
      approximate: v.boolean(),
    }),
    500,
  ),
})
export type Annotations = v.InferOutput<typeof annotationsSchema>
export interface AnnotationsQuery {
  from: string
  to: string
}

export function fetchAnnotations(q: AnnotationsQuery, signal?: AbortSignal) {
  return apiGet('/annotations', { ...q }, annotationsSchema, signal)
}

export const annotationsQueries = {
  all: () => ['annotations'] as const,
  one: (q: AnnotationsQuery) =>
    queryOptions({
      queryKey: [...annotationsQueries.all(), q],
      queryFn: ({ signal }) => fetchAnnotations(q, signal),
      staleTime: Infinity,
    }),
}
