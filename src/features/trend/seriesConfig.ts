/**
 * The trend's series config: key → colour, width and dashes (the shadcn/ui `ChartConfig` idea). The chart draws its
 * lines from it, and the legend, on screen and in every export, is made from it, in this order.
 */
import type { LegendItem } from '../../charts/chartContent'
import { colors } from '../../charts/theme'
import type { Lang } from '../../lib/format'
import { messages } from './messages'
import type { Trend } from './trend'

export const TREND_SERIES = {
  value: { color: colors.current, width: 2, dash: undefined, dot: true },
  streak: { color: colors.streak, width: 4, dash: undefined, dot: false },
  previousYear: { color: colors.previousYear, width: 1.5, dash: '4 3', dot: true },
  target: { color: colors.target, width: 2, dash: '8 4', dot: false },
  /** through a month whose figure is incomplete (reports not yet received): dashed, its point hollow and dashed */
  provisional: { color: colors.current, width: 2, dash: '5 4', dot: true },
} as const

export type TrendSeriesKey = keyof typeof TREND_SERIES

/** A streak is drawn (and named) from two months on: one month's rise is not a streak. */
export const MIN_DRAWN_STREAK = 2

/** The series this trend draws, in legend order: a series with nothing to draw has no entry. */
export function trendLegend(trend: Trend, lang: Lang): (LegendItem & { key: TrendSeriesKey })[] {
  const t = messages[lang]
  const labels: Record<TrendSeriesKey, string> = {
    value: t.trendCurrent,
    streak: t.trendStreak,
    previousYear: t.trendPreviousYear,
    target: t.trendTarget,
    provisional: t.trendProvisional,
  }
  // A line needs two points to be seen; a series marked with dots shows from one. What is not seen is not listed.
  const points = (key: 'streak' | 'previousYear' | 'target') => trend.rows.filter((r) => r[key] !== null).length
  const seen = (key: 'streak' | 'previousYear' | 'target') => points(key) >= (TREND_SERIES[key].dot ? 1 : 2)
  const drawn: Record<TrendSeriesKey, boolean> = {
    value: true,
    streak: trend.streak.length >= MIN_DRAWN_STREAK && seen('streak'),
    previousYear: seen('previousYear'),
    target: seen('target'),
    provisional: trend.rows.some((r) => r.missing !== null),
  }
  return (Object.keys(TREND_SERIES) as TrendSeriesKey[])
    .filter((key) => drawn[key])
    .map((key) => {
      const { color, width, dash, dot } = TREND_SERIES[key]
      return { key, label: labels[key], color, width, dash, dot }
    })
}
