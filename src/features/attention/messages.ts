/** The Needs attention panel's messages, in Chinese and English, with the panel's and the shared words. */
import { defineMessages } from '../../lib/defineMessages'
import { messages as panel } from '../../panel/messages'

const zh = {
  ...panel.zh,

  attentionTitle: (place: string) => `需要关注 · ${place}`,
  attentionSeverity: { high: '高', medium: '中', low: '低' } as Record<'high' | 'medium' | 'low', string>,
  attentionSeverityLabel: '严重程度',
  attentionRuleLabel: '规则',
  attentionDetail: '情况',
  attentionCompared: '比较基数',
  attentionChange: '变化或完成比例',
  /** 截至2024年8月底，共31项需要关注：4项高、9项中、18项低。 */
  attentionSummary: (p: { end: string; place: string | null; counts: Record<'high' | 'medium' | 'low', number> }) => {
    const lead = `截至${p.end}底，${p.place ?? ''}`
    const total = p.counts.high + p.counts.medium + p.counts.low
    if (total === 0) return `${lead}没有需要关注的情况。`
    const parts = (['high', 'medium', 'low'] as const)
      .filter((k) => p.counts[k] > 0)
      .map((k) => `${p.counts[k]}项${{ high: '高', medium: '中', low: '低' }[k]}`)
    return `${lead}共${total}项需要关注：${parts.join('、')}。`
  },
  attentionMissing: (subject: string, month: string) => `${subject}：${month}数据尚未上报。`,
  attentionBelowTarget: (subject: string, pct: string, gap: string) =>
    `${subject}完成年度目标任务的${pct}，距年度目标任务还差${gap}。`,
  attentionFellMom: (subject: string, delta: string, pct: string) => `${subject}比上月减少${delta}（${pct}）。`,
  attentionStreakEnded: (subject: string, months: number, month: string, delta: string | null) =>
    `${subject}此前连续${months}个月环比增长，${month}${delta ? `比上月减少${delta}` : '与上月持平'}。`,
  attentionFellYoy: (subject: string, delta: string, pct: string) => `${subject}比上年同月减少${delta}（${pct}）。`,
  attentionTrailing: (subject: string, pct: string, national: string, points: string) =>
    `${subject}同比${pct}，比全国（${national}）低${points}。`,
  attentionHow: '如何判断',
  attentionMore: (n: number) => `另有${n}项，显示全部`,
  attentionFewer: (n: number) => `只显示前${n}项`,
  /** the thresholds' heading in a document's notes on the data */
  attentionMethod: '需要关注的判断标准',
  attentionUnit: '人；比例为百分比',
  attentionHowText: (p: {
    belowHigh: string
    belowMedium: string
    mom: string
    momHigh: string
    yoy: string
    yoyMedium: string
    streak: number
    /** null where the rule cannot apply: the data hold no national figure to compare with (a provincial user) */
    trailing: string | null
  }) => [
    `尚未上报（高）：省份尚未上报本月数据。`,
    `未完成年度目标任务：完成比例低于${p.belowHigh}为高，低于${p.belowMedium}为中，其余未完成为低。`,
    `环比下降：比上月减少${p.mom}及以上为中，${p.momHigh}及以上为高（1月重新统计，不比较）。`,
    `连续增长中断（中）：此前连续${p.streak}个月及以上环比增长，本月未增长。`,
    `同比下降：比上年同月减少${p.yoy}及以上为低，${p.yoyMedium}及以上为中。`,
    ...(p.trailing === null ? [] : [`同比低于全国（低）：同比变化比全国低${p.trailing}及以上。`]),
    `看的是脱贫人口务工就业规模及重点帮扶县、易地扶贫搬迁两项；各渠道只看是否上报。阈值可由后端在/meta的rules中调整。`,
  ],
}

export const messages = defineMessages(zh, {
  ...panel.en,

  attentionTitle: (place) => `Needs attention · ${place}`,
  attentionSeverity: { high: 'High', medium: 'Medium', low: 'Low' },
  attentionSeverityLabel: 'Severity',
  attentionRuleLabel: 'Rule',
  attentionDetail: 'What the data shows',
  attentionCompared: 'Compared with',
  attentionChange: 'Change or attainment',
  attentionSummary: (p) => {
    const total = p.counts.high + p.counts.medium + p.counts.low
    const where = p.place ? ` in ${p.place}` : ''
    if (total === 0) return `By the end of ${p.end}, nothing${where} needs attention.`
    const parts = (['high', 'medium', 'low'] as const).filter((k) => p.counts[k] > 0).map((k) => `${p.counts[k]} ${k}`)
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0]
    return `By the end of ${p.end}, ${total} ${total === 1 ? 'signal' : 'signals'}${where} ${total === 1 ? 'needs' : 'need'} attention: ${list}.`
  },
  attentionMissing: (subject, month) => `${subject}: the report for ${month} has not been received yet.`,
  attentionBelowTarget: (subject, pct, gap) => `${subject}: ${pct} of the annual target, ${gap} short.`,
  attentionFellMom: (subject, delta, pct) => `${subject}: down ${delta} (${pct}) on the month before.`,
  attentionStreakEnded: (subject, months, month, delta) =>
    `${subject}: ${months} consecutive months of month-on-month growth ended in ${month}, ${delta ? `down ${delta}` : 'unchanged'} on the month before.`,
  attentionFellYoy: (subject, delta, pct) => `${subject}: down ${delta} (${pct}) on the same month a year before.`,
  attentionTrailing: (subject, pct, national, points) =>
    `${subject}: ${pct} year on year, ${points} below the national change (${national}).`,
  attentionHow: 'How these are computed',
  attentionMore: (n) => `${n} more: show all`,
  attentionFewer: (n) => `Show the first ${n} only`,
  attentionMethod: 'How Needs attention is computed',
  attentionUnit: 'persons; ratios in per cent',
  attentionHowText: (p) => [
    "Not yet reported (high): the province's report for the month has not been received.",
    `Below the annual target: under ${p.belowHigh} of the target is high, under ${p.belowMedium} medium, any other shortfall low.`,
    `Fell month on month: a fall of ${p.mom} or more on the month before is medium, ${p.momHigh} or more high (January is not compared with December: the yearly count restarts).`,
    `Growth streak ended (medium): ${p.streak} months or more of month-on-month growth, then none this month.`,
    `Fell year on year: a fall of ${p.yoy} or more on the same month a year before is low, ${p.yoyMedium} or more medium.`,
    ...(p.trailing === null
      ? []
      : [`Behind the national change (low): a year-on-year change ${p.trailing} or more below the nation's.`]),
    'The rules look at people in work, in key assistance counties and relocated people; the channels only for reports not yet received. The backend can tune the thresholds in the rules block of /meta.',
  ],
})
