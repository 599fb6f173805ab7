import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { magnitudeProblem, refuse } from './checks'
import { ApiError, apiGet } from './client'
import { categoryIdSchema, list, monthSchema, personsSchema, regionIdSchema } from './common'

/** How many months `values` hold: the end month and the twelve before it (one year back, for year-on-year). */
export const MONITORING_MONTHS = 13

/**
 * Every category's figures for every region that reports it (the nation included), over the end month and the
 * twelve before it, in one answer: what the attention rules (需要关注) look at.
 */
export const monitoringSchema = v.object({
  month: monthSchema,
  /** the months `values` run over, oldest first, ending with `month` (fewer at the start of the data) */
  months: v.pipe(list(monthSchema, MONITORING_MONTHS), v.minLength(1)),
  items: list(
    v.object({
      category: categoryIdSchema,
      region: regionIdSchema,
      /** one per month of `months`; null where the region's report has not been received yet */
      values: list(v.nullable(personsSchema), MONITORING_MONTHS),
      /** the annual target, for categories that have one */
      target: v.nullable(personsSchema),
    }),
    50_000,
  ),
})
export type Monitoring = v.InferOutput<typeof monitoringSchema>
export type MonitoringItem = Monitoring['items'][number]

export interface MonitoringQuery {
  month: string
  /** the regions /meta knows, the nation included: an answer may name only these, once per category */
  regions: readonly string[]
}

/** The answer must be about the months asked for, one row per category and known region, with a value per month. */
export function checkMonitoring(data: Monitoring, regions: readonly string[]): Monitoring {
  const fail = (why: string) => {
    throw new ApiError('format', `GET /monitoring: ${why}`)
  }
  if (data.months[data.months.length - 1] !== data.month) fail('months do not end with the month asked for')
  if (data.months.some((m, i) => i > 0 && m <= data.months[i - 1])) fail('months out of order')
  const known = new Set(regions)
  const seen = new Set<string>()
  for (const item of data.items) {
    const key = `${item.category}/${item.region}`
    if (!known.has(item.region) || seen.has(key)) fail(`unexpected or repeated region ${key}`)
    if (item.values.length !== data.months.length) fail(`${key} has ${item.values.length} values`)
    seen.add(key)
    const figures = data.months.flatMap((month, k) => {
      const value = item.values[k]
      return value === null ? [] : [{ month, value, target: item.target }]
    })
    const magnitude = magnitudeProblem(figures, { region: item.region, category: item.category })
    if (magnitude) throw refuse('/monitoring', { check: 'magnitude', ...magnitude })
  }
  return data
}

export async function fetchMonitoring({ regions, ...q }: MonitoringQuery, signal?: AbortSignal) {
  return checkMonitoring(await apiGet('/monitoring', { ...q }, monitoringSchema, signal, ['month']), regions)
}

export const monitoringQueries = {
  all: () => ['monitoring'] as const,
  one: (q: MonitoringQuery) =>
    queryOptions({ queryKey: [...monitoringQueries.all(), q], queryFn: ({ signal }) => fetchMonitoring(q, signal) }),
  /**
   * The view's end month for every region the user may see: one request that the KPI cards, the attention panel and
   * every panel that asks which reports are in (lib/reports.ts) share, and that the boot prefetch starts.
   */
  endMonth: (view: { to: string }, scope: { regionIds: readonly string[] }) =>
    monitoringQueries.one({ month: view.to, regions: scope.regionIds }),
}
