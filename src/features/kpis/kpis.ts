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
  formatPoints,
  personsUnit,
  shownDifference,
  shownRatio,
  type Lang,
} from '../../lib/format'
import { findSignals, type Signal, type Thresholds } from '../../lib/attentionRules'
import { covers, regionName } from '../../lib/names'
import {
  attainmentOf,
  compareFigures,
  missingFromFigure,
  seriesMonths,
  shiftMonth,
  streakOf,
  yearBefore,
  type Figure,
  type Missing,
  type ReportsContext,
  type Subject,
} from '../../lib/reports'
import { basisText, changeCompact, describeMove, missingText, withheldText } from '../../lib/reportsText'
import { isYearRestart } from '../../lib/stats'
import type { Compare, View } from '../../lib/view'
import { messages } from './messages'

export interface KpiCard {
  id: 'total' | 'streak' | 'key_county' | 'relocated'
  title: string
  /** the headline figure; null when the region does not report the category */
  value: string | null
  lines: string[]
  /** month and unit the card's figures are in */
  caption: string
  /** its figure could not be shown (its request failed, or two answers disagree about it): `lines` say why */
  failed?: boolean
}

type Item = Targets['items'][number]

/** The rule's view of a card's figures: who /monitoring says has not reported a national figure's month. */
interface CardReports {
  meta: Meta
  subject: Subject
  /** null unless the figure is national and /monitoring runs over the month and names provinces not reported */
  missingAt: (month: string) => Missing | null
}

function cardReports(meta: Meta, category: CategoryId, region: string, ctx: ReportsContext): CardReports {
  return {
    meta,
    subject: { ...ctx, category, region },
    missingAt: (month) => missingFromFigure(category, region, month, ctx),
  }
}

function changeLines(item: Item, month: string, compare: Compare, lang: Lang, reports: CardReports): string[] {
  const t = messages[lang]
  const now: Figure = { month, value: item.value, missing: reports.missingAt(month) }
  const line = (kind: Compare) => {
    const label = kind === 'mom' ? t.mom : t.yoy
    // A January is not compared with December: the yearly count restarts.
    if (kind === 'mom' && isYearRestart(month)) return t.kpiNoComparison(label, 'restart')
    const value = kind === 'mom' ? item.previousMonth : item.previousYear
    if (value === null) return t.kpiNoComparison(label, kind === 'mom' ? 'month' : 'year')
    const beforeMonth = kind === 'mom' ? shiftMonth(month, -1) : yearBefore(month)
    const before: Figure = { month: beforeMonth, value, missing: reports.missingAt(beforeMonth) }
    const c = compareFigures(reports.subject, now, before)
    if (c.kind === 'withheld') return t.labelValue(label, withheldText(c.why, reports.meta, lang, kind))
    const pct = c.ratio === null ? '—' : formatPercent(c.ratio, lang, { signed: true })
    const basis = basisText(c.basis, kind, lang)
    return basis
      ? t.kpiChangeComparable(label, changeCompact(c.delta, c.basis, lang), basis)
      : t.kpiChange(label, formatPersons(c.delta, lang, { signed: true }), pct)
  }
  return compare === 'mom' ? [line('mom'), line('yoy')] : [line('yoy'), line('mom')]
}

/**
 * The target and how far above or below it, both from the figures as shown (405.9万 − 377.8万 = 28.1万; 107.5% is
 * 7.5 points above), so that the card's numbers subtract. An incomplete figure's attainment is that of the provinces
 * that reported, and says so (no gap is shown: the short sum is not the figure to subtract from the target).
 */
function targetLines(item: Item, month: string, lang: Lang, reports: CardReports): string[] {
  const t = messages[lang]
  const figure: Figure = { month, value: item.value, missing: reports.missingAt(month) }
  const ratio = attainmentOf(reports.subject, figure, item.target)
  if (ratio === null) return []
  if (ratio.kind === 'withheld') return [t.kpiTargetWithheld(formatPersons(item.target, lang))]
  const basis = basisText(ratio.basis, 'month', lang)
  if (basis) return [t.kpiTargetComparable(formatPersons(item.target, lang), formatPercent(ratio.ratio, lang), basis)]
  const first = t.kpiTarget(formatPersons(item.target, lang), formatPercent(ratio.ratio, lang))
  const gap = shownDifference(item.value, item.target, lang)
  if (gap === 0) return [first, t.kpiOnTarget]
  const args = [formatPersons(Math.abs(gap), lang), formatPoints(Math.abs(shownRatio(ratio.ratio) - 1), lang)] as const
  return [first, gap > 0 ? t.kpiAboveTarget(...args) : t.kpiBelowTarget(...args)]
}

/**
 * The four cards for the view's region at its end month. `streakSeries` is the series of the view's category and
 * region from the first month of the data to the end month (the trend's own), so the streak card follows what the
 * trend shows, and says which figure it follows. `monitoring` (the view's end month), when at hand, says who has not
 * reported a national figure and gives the provinces' figures its comparisons are then made on (lib/reports.ts).
 */
export function buildKpiCards(
  meta: Meta,
  view: View,
  targets: Targets,
  streakSeries: Series,
  monitoring?: Monitoring,
): KpiCard[] {
  const { lang } = view
  const t = messages[lang]
  const month = formatMonth(targets.month, lang)
  const region = regionName(meta, targets.region, lang)
  // Each card names its region, so that it says what it shows wherever it is seen (while updating, in an export).
  const caption = t.kpiMonthUnit(region, month, personsUnit(lang))
  const ctx: ReportsContext = {
    nationalId: meta.nationalId,
    monitoring: monitoring?.month === targets.month ? monitoring : undefined,
  }

  const valueCard = (id: 'total' | 'key_county' | 'relocated', title: string): KpiCard => {
    if (!covers(meta, id, targets.region)) {
      return { id, title, value: null, lines: [t.notCovered(id, region)], caption }
    }
    const item = targets.items.find((i) => i.category === id)
    if (!item) return { id, title, value: null, lines: [t.empty], caption }
    const reports = cardReports(meta, id, targets.region, ctx)
    const missing = reports.missingAt(targets.month)
    return {
      id,
      title,
      value: formatPersons(item.value, lang),
      lines: [
        ...(missing ? [t.kpiIncomplete(month, missingText(missing, meta, lang))] : []),
        ...targetLines(item, targets.month, lang, reports),
        ...changeLines(item, targets.month, view.compare, lang, reports),
      ],
      caption,
    }
  }

  return [
    valueCard('total', t.kpiTotal),
    streakCard(meta, view, streakSeries, targets.region, ctx),
    valueCard('key_county', t.kpiKeyCounty),
    valueCard('relocated', t.kpiRelocated),
  ]
}

function streakCard(meta: Meta, view: View, series: Series, regionId: string, ctx: ReportsContext): KpiCard {
  const { lang } = view
  const t = messages[lang]
  const month = formatMonth(view.to, lang)
  const region = regionName(meta, regionId, lang)
  const card = { id: 'streak' as const, title: t.kpiStreak, caption: t.kpiStreakUnit(region, month) }
  const category: CategoryId = series.points.length > 0 ? series.category : view.category
  if (!covers(meta, category, regionId)) return { ...card, value: null, lines: [t.notCovered(category, region)] }
  const subject = t.subject(category, null)
  // The region has not reported the end month: there is no figure, so no move and no streak to state.
  if (series.notReported?.includes(view.to)) {
    return { ...card, value: t.notReported, lines: [t.kpiStreakAbsent(subject, region, month)] }
  }
  const first = [series.points[0]?.month, ...(series.notReported ?? [])].filter(Boolean).sort()[0] ?? view.to
  const months = seriesMonths(series, ctx, first)
  const last = months[months.length - 1]
  if (!last) return { ...card, value: null, lines: [t.empty] }
  const streak = streakOf(months)
  const described = describeMove(last.move, streak, meta, lang, last.missing ? last.month : null)
  const lastMonth = formatMonth(last.month, lang)
  const lines = [t.kpiStreakDetail(subject, lastMonth, described)]
  // Marked on the card itself: the end month's figure is incomplete, and the comparison is on the provinces counted.
  if (last.missing) lines.push(t.kpiIncomplete(lastMonth, missingText(last.missing, meta, lang)))
  if (described.kind === 'rose' && described.streak >= 2 && described.basis) {
    lines.push(t.kpiComparableRise(described.basis, described.delta))
  }
  if (described.kind === 'rose' && described.earlier) lines.push(t.kpiComparableEarlier(described.earlier))
  return { ...card, value: t.kpiStreakValue(described), lines }
}

/** The KPI row's name where it stands alone (a workbook's sheet, the briefing's table). */
export function headlineTitle(meta: Meta, view: View): string {
  const { lang } = view
  return messages[lang].kpiHeadline(regionName(meta, view.region, lang), formatMonth(view.to, lang))
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
    monitoring,
  )
  if (!monitoring || monitoring.month !== view.to || view.region === meta.nationalId) return built
  const high = findSignals(monitoring, meta.nationalId, thresholds).filter(
    (s) => s.severity === 'high' && s.region === view.region,
  )
  return markHighSignals(built, high, view.lang)
}

/**
 * The cards with those whose figure cannot be shown saying why instead: the streak card when its series failed
 * (`streak`), and when the series and /targets disagree about the view's figure (`disagreement`), both the streak
 * card and the card of that category, since either answer may be the wrong one. The other cards stand: one failed
 * request never blanks the row.
 */
export function withFailedCards(
  cards: KpiCard[],
  failures: { streak?: string; disagreement?: { category: CategoryId; message: string } },
): KpiCard[] {
  const { streak, disagreement } = failures
  return cards.map((card) => {
    const why =
      disagreement && (card.id === 'streak' || card.id === disagreement.category)
        ? disagreement.message
        : card.id === 'streak'
          ? streak
          : undefined
    return why === undefined ? card : { ...card, value: null, lines: [why], failed: true }
  })
}

/** The mark the benchmark reads the time to the headline figures from: set once, when they first show. */
export function markHeadlineFigures() {
  if (performance.getEntriesByName(HEADLINE_MARK, 'mark').length === 0) performance.mark(HEADLINE_MARK)
}
const HEADLINE_MARK = 'headline-figures'
