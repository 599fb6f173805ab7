/**
 * The words of the reports rule (lib/reports.ts), in the view's language: who has not reported, a figure's status for
 * a table or CSV, why a comparison is withheld, and the end month's move as a sentence needs it. Every panel says
 * these the same way because it says them through here.
 */
import type { Meta } from '../api/meta'
import { formatMonth, formatMonthRange, formatPersons, formatPersonsProse, type Lang } from './format'
import { enList, zhList } from './grammar'
import { messages } from './messages'
import { regionName } from './names'
import type { Basis, Missing, Move, MoveStreak, Withheld } from './reports'

/** 「西藏尚未上报」 / "Xizang not yet reported"; by count when the answers at hand do not say who. */
export function missingText(missing: Missing, meta: Meta, lang: Lang): string {
  const names = missing.regions?.map((id) => regionName(meta, id, lang)) ?? null
  return messages[lang].missing(names, missing.count)
}

/** A figure's status for a table or CSV: 「完整」, 「不完整（西藏尚未上报）」 — never a number alone. */
export function statusText(missing: Missing | null, meta: Meta, lang: Lang): string {
  const t = messages[lang]
  return missing ? t.statusIncomplete(missingText(missing, meta, lang)) : t.statusComplete
}

/** Why a comparison is withheld, as a clause. */
export function withheldText(
  why: Withheld,
  meta: Meta,
  lang: Lang,
  kind: 'mom' | 'yoy' = 'mom',
  /** a month whose incompleteness the sentence has already said: not said again */
  said: string | null = null,
): string {
  const t = messages[lang]
  const month = formatMonth(why.month, lang, 'full')
  if (why.kind === 'notReported') return t.withheldNotReported(regionName(meta, why.region, lang), month, kind)
  return why.month === said
    ? t.withheldNoFiguresShort(kind)
    : t.withheldNoFigures(month, missingText(why.missing, meta, lang), kind)
}

/** The provinces a comparison was made on, as a clause; null when every figure was complete. */
export function basisText(basis: Basis, kind: 'mom' | 'yoy' | 'month', lang: Lang): string | null {
  return basis.kind === 'comparable' ? messages[lang].comparableBasis(basis.provinces, kind) : null
}

/**
 * A change for a sentence: as it is (「2158人」) on complete figures, 「约2000人」 / "about 2,000" on comparable ones
 * (already rounded by the rule). Unsigned: the sentence says which way.
 */
export function changeProse(delta: number, basis: Basis, lang: Lang): string {
  const shown = formatPersonsProse(Math.abs(delta), lang)
  return basis.kind === 'comparable' ? messages[lang].about(shown) : shown
}

/** A change for a tooltip or card, signed: 「+2158人」, 「约+2000人」. */
export function changeCompact(delta: number, basis: Basis, lang: Lang): string {
  const shown = formatPersons(delta, lang, { signed: true })
  return basis.kind === 'comparable' ? messages[lang].about(shown) : shown
}

/** How the end month compares with the month before, with its numbers and clauses written for a sentence. */
export type EndMonthMove =
  /** the end month is the first month of the data: nothing before it */
  | { kind: 'first' }
  /** the end month is a January: the yearly count restarts, so it is not compared with December */
  | { kind: 'restart' }
  /**
   * above the month before; `streak` months in a row so far this year (`period`, a month range). `basis` says on
   * which provinces the end month's rise was counted when a figure is incomplete (then `delta` is 「约…」), and
   * `earlier` lists the streak's other months whose rise was counted so (null when none)
   */
  | { kind: 'rose'; streak: number; delta: string; period: string; basis: string | null; earlier: string | null }
  | { kind: 'fell'; delta: string; basis: string | null }
  | { kind: 'flat'; basis: string | null }
  /** not compared, and why */
  | { kind: 'withheld'; reason: string }

/**
 * The end month's move and the streak, written for a sentence in the language; `said` is a month whose
 * incompleteness the sentence says already (its end month's), so that a withheld comparison does not say it twice.
 */
export function describeMove(
  move: Move,
  streak: MoveStreak,
  meta: Meta,
  lang: Lang,
  said: string | null = null,
): EndMonthMove {
  switch (move.kind) {
    case 'first':
    case 'restart':
      return { kind: move.kind }
    case 'withheld':
      return { kind: 'withheld', reason: withheldText(move.why, meta, lang, 'mom', said) }
    case 'flat':
      return { kind: 'flat', basis: basisText(move.basis, 'mom', lang) }
    case 'fell':
      return {
        kind: 'fell',
        delta: changeProse(move.delta, move.basis, lang),
        basis: basisText(move.basis, 'mom', lang),
      }
    case 'rose': {
      const earlier = streak.comparable.filter((m) => m !== streak.to)
      return {
        kind: 'rose',
        streak: streak.length,
        delta: changeProse(move.delta, move.basis, lang),
        period: streak.from && streak.to ? formatMonthRange(streak.from, streak.to, lang) : '',
        basis: basisText(move.basis, 'mom', lang),
        earlier: earlier.length
          ? (lang === 'zh' ? zhList : enList)(earlier.map((m) => formatMonth(m, lang, 'full')))
          : null,
      }
    }
  }
}
