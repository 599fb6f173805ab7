/**
 * The words of a KPI card as a document of the view says it (the briefing's sentences, the workbook's table), in
 * Chinese and English: loaded with kpiDocument.ts after the headline figures, never on their path.
 */
import { defineMessages } from '../../lib/defineMessages'
import { capitalise, enList } from '../../lib/grammar'
import { messages as panel } from '../../panel/messages'

/** What a card's sentence says: its figure, the target and how far from it, the changes there are to state. */
export interface KpiSentence {
  end: string
  subject: string
  value: string
  target: { pct: string; above: boolean; gap: string | null } | null
  /** `delta` is null when the figure is unchanged */
  changes: { kind: 'mom' | 'yoy'; rose: boolean; delta: string | null }[]
}

const zh = {
  ...panel.zh,

  /** an incomplete figure's sentence: the card's own lines, so that no change reads as a fall */
  kpiIncompleteSentence: (subject: string, value: string, incomplete: string, ...lines: string[]) =>
    `${subject}为${value}（${incomplete}）：${lines.join('；')}。`,
  kpiIndicator: '指标',
  /**
   * A card in one sentence, for the briefing: 「截至2024年8月底，全国脱贫人口务工就业规模为3295.3万人，完成年度目标任务的
   * 109.1%，超过年度目标任务276.1万人；比上月增加5.4万人，比上年同月减少2.1万人。」 Changes in the order the
   * comparison filter puts them; a change there is nothing to compare with is left out (glossary rule 1).
   */
  kpiSentence: (p: KpiSentence) => {
    const target = p.target
      ? `，完成年度目标任务的${p.target.pct}${
          p.target.gap === null
            ? '，与年度目标任务持平'
            : p.target.above
              ? `，超过年度目标任务${p.target.gap}`
              : `，距年度目标任务还差${p.target.gap}`
        }`
      : ''
    const changes = p.changes.map((c) => {
      const when = c.kind === 'mom' ? '上月' : '上年同月'
      return c.delta === null ? `与${when}持平` : `比${when}${c.rose ? '增加' : '减少'}${c.delta}`
    })
    return `截至${p.end}底，${p.subject}为${p.value}${target}${changes.length ? `；${changes.join('，')}` : ''}。`
  },
}

export const messages = defineMessages(zh, {
  ...panel.en,

  kpiIncompleteSentence: (subject, value, incomplete, ...lines) =>
    `${capitalise(subject)}: ${value} (${incomplete}). ${lines.join('. ')}.`,
  kpiIndicator: 'Indicator',
  kpiSentence: (p) => {
    const target = p.target
      ? `, ${p.target.pct} of the annual target${
          p.target.gap === null
            ? ', exactly on it'
            : p.target.above
              ? `, ${p.target.gap} above it`
              : `, ${p.target.gap} short of it`
        }`
      : ''
    const changes = p.changes.map((c) => {
      const when = c.kind === 'mom' ? 'the month before' : 'a year before'
      return c.delta === null ? `unchanged on ${when}` : `${c.rose ? 'up' : 'down'} ${c.delta} on ${when}`
    })
    return `By the end of ${p.end}, the number of ${p.subject} stood at ${p.value}${target}${changes.length ? `; ${enList(changes)}` : ''}.`
  },
})
