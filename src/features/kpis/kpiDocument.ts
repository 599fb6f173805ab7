/**
 * The KPI cards as a document of the view says them: each card in one sentence (the briefing) and the cards'
 * figures as a table (the workbook and the briefing). A chunk loaded once the headline figures are on screen
 * (KpiCards.tsx), so none of it is on their path.
 */
import type { Meta } from '../../api/meta'
import type { Monitoring } from '../../api/monitoring'
import type { Targets } from '../../api/targets'
import { formatMonth, formatPercent, formatPersonsProse, shownDifference } from '../../lib/format'
import { categoryName, covers, placeOf } from '../../lib/names'
import { missingFromFigure, type ReportsContext } from '../../lib/reports'
import { statusText } from '../../lib/reportsText'
import { attainment, change, isYearRestart } from '../../lib/stats'
import type { TableData } from '../../lib/table'
import type { View } from '../../lib/view'
import { messages, type KpiSentence } from './documentMessages'
import type { KpiCard } from './kpis'
import { messages as kpiMessages } from './messages'

type Item = Targets['items'][number]

export interface KpiDocument {
  /** each card's sentence, by card; none for the streak card, which only labels the trend */
  sentences: Partial<Record<KpiCard['id'], string>>
  table: TableData
}

/**
 * The cards' sentences and table, from the same answers as the cards. A card that could not show its figure, or
 * whose region does not report it, is said as the card says it; a figure not yet complete with the card's own lines
 * (its comparisons on comparable figures), so that no change reads as a fall.
 */
export function kpiDocument(
  meta: Meta,
  view: View,
  targets: Targets,
  monitoring: Monitoring | undefined,
  cards: readonly KpiCard[],
): KpiDocument {
  const { lang } = view
  const t = messages[lang]
  const ctx: ReportsContext = {
    nationalId: meta.nationalId,
    monitoring: monitoring?.month === targets.month ? monitoring : undefined,
  }
  const sentences: KpiDocument['sentences'] = {}
  for (const card of cards) {
    if (card.id === 'streak') continue
    const item = targets.items.find((i) => i.category === card.id)
    if (card.failed || !covers(meta, card.id, targets.region)) sentences[card.id] = card.lines.join(' ')
    else if (!item) continue
    else {
      const missing = missingFromFigure(card.id, targets.region, targets.month, ctx)
      sentences[card.id] = missing
        ? t.kpiIncompleteSentence(
            kpiMessages[lang].subject(card.id, placeOf(meta, targets.region, lang)),
            formatPersonsProse(item.value, lang),
            card.lines[0],
            ...card.lines.slice(1),
          )
        : cardSentence(meta, view, targets.month, targets.region, item)
    }
  }
  const refused = cards.filter((c) => c.failed).map((c) => c.id)
  return { sentences, table: kpiTable(meta, view, targets, monitoring, refused) }
}

/**
 * A figure card in one sentence (the briefing's words for it): the figure, its target and the changes, anchored to
 * the end month, in prose numbers (glossary rule 3); a change with nothing to compare with is left out.
 */
function cardSentence(meta: Meta, view: View, month: string, region: string, item: Item): string {
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
    subject: kpiMessages[lang].subject(item.category, placeOf(meta, region, lang)),
    value: formatPersonsProse(item.value, lang),
    target,
    changes,
  })
}

/**
 * The figure cards' numbers as a table, for the workbook and the briefing: each category with a target that the
 * region reports, with its value, target, attainment and the changes on the month and the year before (none for a
 * January month on month, which is not compared).
 */
function kpiTable(
  meta: Meta,
  view: View,
  targets: Targets,
  monitoring: Monitoring | undefined,
  /** categories whose figure was refused (two answers disagree about it): no row, the card says why */
  refused: readonly string[],
): TableData {
  const { lang } = view
  const t = messages[lang]
  const ctx: ReportsContext = {
    nationalId: meta.nationalId,
    monitoring: monitoring?.month === targets.month ? monitoring : undefined,
  }
  const delta = (now: number, before: number | null) => change(now, before)?.delta ?? null
  const items = targets.items
    .filter((item) => covers(meta, item.category, targets.region) && !refused.includes(item.category))
    .map((item) => ({ item, missing: missingFromFigure(item.category, targets.region, targets.month, ctx) }))
  // A figure not yet complete: its row says so, with no attainment or change computed from it (lib/reports.ts).
  const incomplete = items.some((i) => i.missing)
  return {
    columns: [
      { key: 'indicator', label: t.kpiIndicator, kind: 'text' },
      { key: 'value', label: t.value, kind: 'persons' },
      ...(incomplete ? [{ key: 'status', label: t.statusLabel, kind: 'text' as const }] : []),
      { key: 'target', label: t.targetsTarget, kind: 'persons' },
      { key: 'attainment', label: t.targetsAttainment, kind: 'ratio' },
      { key: 'mom', label: t.mom, kind: 'persons', signed: true },
      { key: 'yoy', label: t.yoy, kind: 'persons', signed: true },
    ],
    rows: items.map(({ item, missing }) => ({
      indicator: categoryName(meta, item.category, lang),
      value: item.value,
      ...(incomplete ? { status: statusText(missing, meta, lang) } : {}),
      target: item.target,
      attainment: missing ? null : attainment(item.value, item.target),
      mom: missing || isYearRestart(targets.month) ? null : delta(item.value, item.previousMonth),
      yoy: missing ? null : delta(item.value, item.previousYear),
    })),
  }
}
