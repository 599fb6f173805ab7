/** The targets panel's messages, in Chinese and English, with the panel's and the shared words. */
import { defineMessages } from '../../lib/defineMessages'
import { enCount, enList, enOfTotal, enWhere, zhList } from '../../lib/grammar'
import type { Place } from '../../lib/names'
import { messages as panel } from '../../panel/messages'

/** One category with an annual target, for the targets sentence (best attainment first). */
export interface TargetClause {
  /** the category's subject without a place: 重点帮扶县脱贫人口务工就业规模 */
  subject: string
  /** the same with the place: 云南重点帮扶县脱贫人口务工就业规模 */
  placed: string
  pct: string
  met: boolean
  /** how far above or below the target, from the shown figures; null when exactly on it */
  gap: string | null
}

const zh = {
  ...panel.zh,

  targetsTitle: (region: string) => `${region}年度目标任务完成情况`,
  targetsActual: '实际',
  /** 截至2024年8月底，全国3项年度目标任务均已完成，其中…完成比例最高，为113.2%。 */
  summaryTargets: (p: { end: string; place: Place; targets: TargetClause[] }) => {
    const lead = `截至${p.end}底，`
    const all = p.targets
    const n = all.length
    const met = all.filter((t) => t.met).length
    const [best] = all
    if (n === 1) {
      const gap =
        best.gap === null ? '' : best.met ? `，超过年度目标任务${best.gap}` : `，距年度目标任务还差${best.gap}`
      return `${lead}${best.placed}完成年度目标任务的${best.pct}${gap}。`
    }
    if (met === n)
      return `${lead}${p.place.name}${n}项年度目标任务均已完成，其中${best.subject}完成比例最高，为${best.pct}。`
    if (met === 0)
      return `${lead}${p.place.name}${n}项年度目标任务均尚未完成，其中${best.subject}完成比例最高，为${best.pct}。`
    const unmet = all.filter((t) => !t.met).map((t) => `${t.subject}（${t.pct}）`)
    return `${lead}${p.place.name}${n}项年度目标任务中${met}项已完成，尚未完成的是${zhList(unmet)}。`
  },
}

export const messages = defineMessages(zh, {
  ...panel.en,

  targetsTitle: (region) => `Annual targets, ${region}`,
  targetsActual: 'Actual',
  summaryTargets: (p) => {
    const all = p.targets
    const n = all.length
    const met = all.filter((t) => t.met).length
    const [best] = all
    if (n === 1) {
      const gap = best.gap === null ? '' : `, ${best.gap} ${best.met ? 'above' : 'short of'} it`
      return `At the end of ${p.end}, the number of ${best.placed} stood at ${best.pct} of the annual target${gap}.`
    }
    const count = enOfTotal(met, n, 'annual targets', { met: 'had been met', notYet: 'had yet been met' })
    const lead = `By the end of ${p.end}, ${count} ${enWhere(p.place)}`
    if (met === n || met === 0) return `${lead}; the highest attainment was for ${best.subject}, at ${best.pct}.`
    const unmet = all.filter((t) => !t.met)
    return unmet.length === 1
      ? `${lead}; the one not yet met was for ${unmet[0].subject}, at ${unmet[0].pct}.`
      : `${lead}; the ${enCount(unmet.length)} not yet met were for ${enList(unmet.map((t) => `${t.subject} (${t.pct})`))}.`
  },
})
