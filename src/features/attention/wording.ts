/** The Needs attention panel's words and table, as pure functions of the signals (lib/attentionRules.ts). */
import type { Meta } from '../../api/meta'
import type { TableData } from '../../lib/table'
import { countBySeverity, type Signal, type Thresholds } from '../../lib/attentionRules'
import {
  formatMonth,
  formatPercent,
  formatPersonsProse,
  formatPoints,
  proseDifference,
  type Lang,
} from '../../lib/format'
import { capitalise } from '../../lib/grammar'
import { categoryName, placeOf, regionName } from '../../lib/names'
import type { View } from '../../lib/view'
import { messages } from './messages'

/** The signals a view lists: every province's, or the selected province's alone. */
export function signalsFor(signals: readonly Signal[], view: View, nationalId: string): Signal[] {
  return view.region === nationalId ? [...signals] : signals.filter((s) => s.region === view.region)
}

/** One signal in a sentence: the province and category, and the numbers behind the rule. */
export function signalText(signal: Signal, meta: Meta, lang: Lang): string {
  const t = messages[lang]
  const subject = capitalise(t.subject(signal.category, placeOf(meta, signal.region, lang)))
  const month = formatMonth(signal.month, lang, 'full')
  const persons = (n: number) => formatPersonsProse(Math.abs(n), lang)
  const pct = (ratio: number) => formatPercent(ratio, lang, { signed: true })
  switch (signal.rule) {
    case 'reportMissing':
      return t.attentionMissing(subject, month)
    case 'belowTarget':
      return t.attentionBelowTarget(
        subject,
        formatPercent(signal.attainment!, lang),
        persons(proseDifference(signal.target!, signal.value!, lang)),
      )
    case 'fellMom':
      return t.attentionFellMom(subject, persons(signal.delta!), pct(signal.ratio!))
    case 'streakEnded':
      return t.attentionStreakEnded(
        subject,
        signal.streak!,
        formatMonth(signal.month, lang, lang === 'zh' ? 'short' : 'full'),
        signal.delta ? persons(signal.delta) : null,
      )
    case 'fellYoy':
      return t.attentionFellYoy(subject, persons(signal.delta!), pct(signal.ratio!))
    case 'trailingNational':
      return t.attentionTrailing(
        subject,
        pct(signal.ratio!),
        pct(signal.nationalRatio!),
        formatPoints(signal.nationalRatio! - signal.ratio!, lang),
      )
  }
}

/** 「截至2024年8月底，共31项需要关注：4项高、9项中、18项低。」, or the selected province's. */
export function attentionSummary(signals: readonly Signal[], meta: Meta, view: View): string {
  const { lang } = view
  return messages[lang].attentionSummary({
    end: formatMonth(view.to, lang, 'full'),
    place: view.region === meta.nationalId ? null : regionName(meta, view.region, lang),
    counts: countBySeverity(signals),
  })
}

/** The list as a table (the data table and the CSV): one row per signal with its numbers. */
export function attentionTable(signals: readonly Signal[], meta: Meta, lang: Lang): TableData {
  const t = messages[lang]
  return {
    columns: [
      { key: 'severity', label: t.attentionSeverityLabel, kind: 'text' },
      { key: 'region', label: t.region, kind: 'text' },
      { key: 'category', label: t.category, kind: 'text' },
      { key: 'rule', label: t.attentionRuleLabel, kind: 'text' },
      { key: 'value', label: t.value, kind: 'persons' },
      { key: 'target', label: t.targetsTarget, kind: 'persons' },
      { key: 'compared', label: t.attentionCompared, kind: 'persons' },
      { key: 'ratio', label: t.attentionChange, kind: 'ratio' },
      { key: 'detail', label: t.attentionDetail, kind: 'text' },
    ],
    rows: signals.map((s) => ({
      severity: t.attentionSeverity[s.severity],
      region: regionName(meta, s.region, lang),
      category: categoryName(meta, s.category, lang),
      rule: t.attentionRule[s.rule],
      value: s.value,
      target: s.target ?? null,
      compared: s.before ?? null,
      ratio: s.rule === 'belowTarget' ? (s.attainment ?? null) : (s.ratio ?? null),
      detail: signalText(s, meta, lang),
    })),
  }
}

/**
 * The view a signal opens: its province and category, over the end month's year, keeping language, comparison and
 * the Regions tab; regions compared on the trend are dropped (the province may be among them).
 */
export function signalView(signal: Signal, view: View): View {
  const yearStart = `${signal.month.slice(0, 4)}-01`
  return { ...view, region: signal.region, category: signal.category, from: yearStart, to: signal.month, with: [] }
}

/** The thresholds in words, for "How these are computed". */
export function thresholdLines(
  thresholds: Thresholds,
  lang: Lang,
  /** whether the data hold the nation's figures: without them (a provincial user's) no one can trail the nation */
  national = true,
): string[] {
  const pct = (ratio: number) => formatPercent(ratio, lang, { digits: ratio * 100 < 1 ? 1 : 0 })
  return messages[lang].attentionHowText({
    belowHigh: pct(thresholds.belowTargetHigh),
    belowMedium: pct(thresholds.belowTargetMedium),
    mom: pct(thresholds.momFall),
    momHigh: pct(thresholds.momFallHigh),
    yoy: pct(thresholds.yoyFall),
    yoyMedium: pct(thresholds.yoyFallMedium),
    streak: thresholds.streakEnded,
    trailing: national ? formatPoints(thresholds.trailingNational, lang) : null,
  })
}
