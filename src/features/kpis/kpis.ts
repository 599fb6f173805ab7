/** The KPI cards' contents, as pure functions of the data: every figure computed, then formatted. */
import type { CategoryId } from '../../api/common'
import type { Meta } from '../../api/meta'
import type { Series } from '../../api/series'
import type { Targets } from '../../api/targets'
import {
  formatMonth,
  formatMonthRange,
  formatPercent,
  formatPersons,
  formatPoints,
  personsUnit,
  type Lang,
} from '../../lib/format'
import { messages } from '../../lib/i18n'
import { categoryName, covers } from '../../lib/names'
import { attainment, change, growthStreak } from '../../lib/stats'
import type { Compare, View } from '../../lib/view'

export interface KpiCard {
  id: 'total' | 'streak' | 'key_county' | 'relocated'
  title: string
  /** the headline figure; null when the region does not report the category */
  value: string | null
  lines: string[]
  /** month and unit the card's figures are in */
  caption: string
}

type Item = Targets['items'][number]

function changeLines(item: Item, compare: Compare, lang: Lang): string[] {
  const t = messages[lang]
  const line = (kind: Compare) => {
    const label = kind === 'mom' ? t.mom : t.yoy
    const c = change(item.value, kind === 'mom' ? item.previousMonth : item.previousYear)
    if (!c) return t.kpiNoComparison(label)
    const pct = c.ratio === null ? '—' : formatPercent(c.ratio, lang, { signed: true })
    return t.kpiChange(label, formatPersons(c.delta, lang, { signed: true }), pct)
  }
  return compare === 'mom' ? [line('mom'), line('yoy')] : [line('yoy'), line('mom')]
}

function targetLines(item: Item, lang: Lang): string[] {
  const t = messages[lang]
  const ratio = attainment(item.value, item.target)
  if (ratio === null) return []
  const gap = item.value - item.target
  const gapArgs = [formatPersons(Math.abs(gap), lang), formatPoints(Math.abs(ratio - 1), lang)] as const
  return [
    t.kpiTarget(formatPersons(item.target, lang), formatPercent(ratio, lang)),
    gap >= 0 ? t.kpiAboveTarget(...gapArgs) : t.kpiBelowTarget(...gapArgs),
  ]
}

export function buildKpiCards(meta: Meta, view: View, targets: Targets, streakSeries: Series): KpiCard[] {
  const { lang } = view
  const t = messages[lang]
  const month = formatMonth(targets.month, lang)
  const regionName = meta.regions.find((r) => r.id === targets.region)?.name[lang] ?? targets.region
  // Each card names its region, so that it says what it shows wherever it is seen (while updating, in an export).
  const caption = t.kpiMonthUnit(regionName, month, personsUnit(lang))

  const valueCard = (id: 'total' | 'key_county' | 'relocated', title: string, withTarget: boolean): KpiCard => {
    if (!covers(meta, id as CategoryId, targets.region)) {
      return { id, title, value: null, lines: [t.notCovered(categoryName(meta, id, lang), regionName)], caption }
    }
    const item = targets.items.find((i) => i.category === id)
    if (!item) return { id, title, value: null, lines: [t.empty], caption }
    return {
      id,
      title,
      value: formatPersons(item.value, lang),
      lines: [...(withTarget ? targetLines(item, lang) : []), ...changeLines(item, view.compare, lang)],
      caption,
    }
  }

  const streak = growthStreak(streakSeries.points)
  const streakCard: KpiCard =
    streakSeries.points.length === 0
      ? { id: 'streak', title: t.kpiStreak, value: null, lines: [t.empty], caption: t.kpiStreakUnit(regionName, month) }
      : {
          id: 'streak',
          title: t.kpiStreak,
          value: streak.length > 0 ? t.kpiStreakValue(streak.length) : t.kpiNoStreak,
          lines: streak.from && streak.to ? [t.kpiStreakDetail(formatMonthRange(streak.from, streak.to, lang))] : [],
          caption: t.kpiStreakUnit(regionName, month),
        }

  return [
    valueCard('total', t.kpiTotal, true),
    streakCard,
    valueCard('key_county', t.kpiKeyCounty, true),
    valueCard('relocated', t.kpiRelocated, true),
  ]
}
