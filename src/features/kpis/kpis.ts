/** The KPI cards' contents, as pure functions of the data: every figure computed, then formatted. */
import type { CategoryId } from '../../api/common'
import type { Meta } from '../../api/meta'
import type { Monitoring } from '../../api/monitoring'
import type { Series } from '../../api/series'
import type { Targets } from '../../api/targets'
import {
  formatMonth,
  formatPercent,
  formatPersons,
  formatPersonsProse,
  formatPoints,
  personsUnit,
  shownDifference,
  shownRatio,
  type Lang,
} from '../../lib/format'
import { findSignals, type Signal, type Thresholds } from '../../lib/attention'
import { categoryName, covers, placeOf, regionName } from '../../lib/names'
import type { TableData } from '../../lib/table'
import { attainment, change, describeMove, endMove, growthStreak, isYearRestart } from '../../lib/stats'
import type { Compare, View } from '../../lib/view'
import { messages, type KpiSentence } from './messages'

export interface KpiCard {
  id: 'total' | 'streak' | 'key_county' | 'relocated'
  title: string
  /** the headline figure; null when the region does not report the category */
  value: string | null
  lines: string[]
  /** month and unit the card's figures are in */
  caption: string
  /** the card in one sentence, for the briefing */
  sentence?: string
}

type Item = Targets['items'][number]

function changeLines(item: Item, month: string, compare: Compare, lang: Lang): string[] {
  const t = messages[lang]
  const line = (kind: Compare) => {
    const label = kind === 'mom' ? t.mom : t.yoy
    // A January is not compared with December: the yearly count restarts.
    if (kind === 'mom' && isYearRestart(month)) return t.kpiNoComparison(label, 'restart')
    const c = change(item.value, kind === 'mom' ? item.previousMonth : item.previousYear)
    if (!c) return t.kpiNoComparison(label, kind === 'mom' ? 'month' : 'year')
    const pct = c.ratio === null ? '—' : formatPercent(c.ratio, lang, { signed: true })
    return t.kpiChange(label, formatPersons(c.delta, lang, { signed: true }), pct)
  }
  return compare === 'mom' ? [line('mom'), line('yoy')] : [line('yoy'), line('mom')]
}

/**
 * The target and how far above or below it, both from the figures as shown (405.9万 − 377.8万 = 28.1万; 107.5% is
 * 7.5 points above), so that the card's numbers subtract.
 */
function targetLines(item: Item, lang: Lang): string[] {
  const t = messages[lang]
  const ratio = attainment(item.value, item.target)
  if (ratio === null) return []
  const first = t.kpiTarget(formatPersons(item.target, lang), formatPercent(ratio, lang))
  const gap = shownDifference(item.value, item.target, lang)
  if (gap === 0) return [first, t.kpiOnTarget]
  const args = [formatPersons(Math.abs(gap), lang), formatPoints(Math.abs(shownRatio(ratio) - 1), lang)] as const
  return [first, gap > 0 ? t.kpiAboveTarget(...args) : t.kpiBelowTarget(...args)]
}

/**
 * A figure card in one sentence (the briefing's words for it): the figure, its target and the changes, anchored to
 * the end month, in prose numbers (glossary rule 3); a change with nothing to compare with is left out.
 */
export function cardSentence(meta: Meta, view: View, month: string, region: string, item: Item): string {
  const { lang } = view
  const ratio = attainment(item.value, item.target)
  let target: KpiSentence['target'] = null
  if (ratio !== null) {
    const gap = shownDifference(item.value, item.target, lang)
    target = {
      pct: formatPercent(ratio, lang),
      above: gap > 0,
      gap: gap === 0 ? null : formatPersonsProse(Math.abs(gap), lang),
    }
  }
  const changes = (view.compare === 'mom' ? (['mom', 'yoy'] as const) : (['yoy', 'mom'] as const)).flatMap((kind) => {
    if (kind === 'mom' && isYearRestart(month)) return []
    const c = change(item.value, kind === 'mom' ? item.previousMonth : item.previousYear)
    if (!c) return []
    return [{ kind, rose: c.delta > 0, delta: c.delta === 0 ? null : formatPersonsProse(Math.abs(c.delta), lang) }]
  })
  return messages[lang].kpiSentence({
    end: formatMonth(month, lang, 'full'),
    subject: messages[lang].subject(item.category, placeOf(meta, region, lang)),
    value: formatPersonsProse(item.value, lang),
    target,
    changes,
  })
}

/**
 * The four cards for the view's region at its end month. `streakSeries` is the series of the view's category and
 * region from the first month of the data to the end month (the trend's own), so the streak card follows what the
 * trend shows, and says which figure it follows.
 */
export function buildKpiCards(meta: Meta, view: View, targets: Targets, streakSeries: Series): KpiCard[] {
  const { lang } = view
  const t = messages[lang]
  const month = formatMonth(targets.month, lang)
  const region = regionName(meta, targets.region, lang)
  // Each card names its region, so that it says what it shows wherever it is seen (while updating, in an export).
  const caption = t.kpiMonthUnit(region, month, personsUnit(lang))

  const valueCard = (id: 'total' | 'key_county' | 'relocated', title: string): KpiCard => {
    if (!covers(meta, id, targets.region)) {
      const line = t.notCovered(id, region)
      return { id, title, value: null, lines: [line], caption, sentence: line }
    }
    const item = targets.items.find((i) => i.category === id)
    if (!item) return { id, title, value: null, lines: [t.empty], caption }
    return {
      id,
      title,
      value: formatPersons(item.value, lang),
      lines: [...targetLines(item, lang), ...changeLines(item, targets.month, view.compare, lang)],
      caption,
      sentence: cardSentence(meta, view, targets.month, targets.region, item),
    }
  }

  return [
    valueCard('total', t.kpiTotal),
    streakCard(meta, view, streakSeries, targets.region),
    valueCard('key_county', t.kpiKeyCounty),
    valueCard('relocated', t.kpiRelocated),
  ]
}

function streakCard(meta: Meta, view: View, series: Series, regionId: string): KpiCard {
  const { lang } = view
  const t = messages[lang]
  const month = formatMonth(view.to, lang)
  const region = regionName(meta, regionId, lang)
  const card = { id: 'streak' as const, title: t.kpiStreak, caption: t.kpiStreakUnit(region, month) }
  const category: CategoryId = series.points.length > 0 ? series.category : view.category
  if (!covers(meta, category, regionId)) return { ...card, value: null, lines: [t.notCovered(category, region)] }
  const move = endMove(series.points)
  const last = series.points[series.points.length - 1]
  if (!move || !last) return { ...card, value: null, lines: [t.empty] }
  const described = describeMove(move, growthStreak(series.points), lang)
  return {
    ...card,
    value: t.kpiStreakValue(described),
    lines: [t.kpiStreakDetail(t.subject(category, null), formatMonth(last.month, lang), described)],
  }
}

/** The KPI row's name where it stands alone (a workbook's sheet, the briefing's table). */
export function headlineTitle(meta: Meta, view: View): string {
  const { lang } = view
  return messages[lang].kpiHeadline(regionName(meta, view.region, lang), formatMonth(view.to, lang))
}

/**
 * The figure cards' numbers as a table, for the workbook and the briefing: each category with a target that the
 * region reports, with its value, target, attainment and the changes on the month and the year before (none for a
 * January month on month, which is not compared).
 */
export function kpiTable(meta: Meta, view: View, targets: Targets): TableData {
  const { lang } = view
  const t = messages[lang]
  const delta = (now: number, before: number | null) => change(now, before)?.delta ?? null
  return {
    columns: [
      { key: 'indicator', label: t.kpiIndicator, kind: 'text' },
      { key: 'value', label: t.value, kind: 'persons' },
      { key: 'target', label: t.targetsTarget, kind: 'persons' },
      { key: 'attainment', label: t.targetsAttainment, kind: 'ratio' },
      { key: 'mom', label: t.mom, kind: 'persons' },
      { key: 'yoy', label: t.yoy, kind: 'persons' },
    ],
    rows: targets.items
      .filter((item) => covers(meta, item.category, targets.region))
      .map((item) => ({
        indicator: categoryName(meta, item.category, lang),
        value: item.value,
        target: item.target,
        attainment: attainment(item.value, item.target),
        mom: isYearRestart(targets.month) ? null : delta(item.value, item.previousMonth),
        yoy: delta(item.value, item.previousYear),
      })),
  }
}

/**
 * A card whose category has a high-severity attention signal for the region says so in words (▲ and the rule), so
 * the mark never depends on colour.
 */
export function markHighSignals(cards: KpiCard[], high: readonly Signal[], lang: Lang): KpiCard[] {
  const t = messages[lang]
  return cards.map((card) => {
    const rules = high.filter((s) => s.category === card.id).map((s) => t.attentionRule[s.rule])
    return rules.length ? { ...card, lines: [...card.lines, t.kpiAttention(rules.join(t.listSeparator))] } : card
  })
}

/**
 * The cards as shown for a view: built from its targets and the streak's series (null where the region does not
 * report the view's category), a province's cards marked with its high-severity signals once the monitoring data for
 * the view's month is there.
 */
export function headlineCards(
  meta: Meta,
  view: View,
  targets: Targets,
  history: Series | null,
  monitoring: Monitoring | undefined,
  thresholds: Thresholds,
): KpiCard[] {
  const built = buildKpiCards(
    meta,
    view,
    targets,
    history ?? { region: view.region, category: view.category, points: [] },
  )
  if (!monitoring || monitoring.month !== view.to || view.region === meta.nationalId) return built
  const high = findSignals(monitoring, meta.nationalId, thresholds).filter(
    (s) => s.severity === 'high' && s.region === view.region,
  )
  return markHighSignals(built, high, view.lang)
}

/** The mark the benchmark reads the time to the headline figures from: set once, when they first show. */
export function markHeadlineFigures() {
  if (performance.getEntriesByName(HEADLINE_MARK, 'mark').length === 0) performance.mark(HEADLINE_MARK)
}
const HEADLINE_MARK = 'headline-figures'
