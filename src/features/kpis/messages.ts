/** The KPI cards' messages, in Chinese and English, with the panel's and the shared words (panel/messages.ts). */
import { defineMessages } from '../../lib/defineMessages'
import { capitalise } from '../../lib/grammar'
import type { EndMonthMove } from '../../lib/reportsText'
import { messages as panel } from '../../panel/messages'

const zh = {
  ...panel.zh,

  kpiTotal: '脱贫人口务工就业规模',
  kpiStreak: '连续增长',
  kpiKeyCounty: '重点帮扶县脱贫人口务工就业规模',
  kpiRelocated: '易地扶贫搬迁脱贫人口务工就业规模',
  kpiMonthUnit: (region: string, month: string, unit: string) => `${region} · ${month} · 单位：${unit}`,
  kpiTarget: (target: string, pct: string) => `年度目标任务${target}，完成${pct}`,
  kpiAboveTarget: (delta: string, points: string) => `超过年度目标任务${delta}（${points}）`,
  kpiBelowTarget: (delta: string, points: string) => `距年度目标任务还差${delta}（${points}）`,
  kpiOnTarget: '与年度目标任务持平',
  kpiChange: (kind: string, delta: string, pct: string) => `${kind}${delta}（${pct}）`,
  /** why a change is not shown: no month (or year) before in the data, or the January restart */
  kpiNoComparison: (kind: string, why: 'month' | 'year' | 'restart') =>
    why === 'restart'
      ? `${kind}：每年1月起重新统计，不与上年12月比较`
      : why === 'year'
        ? `${kind}：没有上年同月数据可比`
        : `${kind}：没有上月数据可比`,
  /** a change on the provinces that reported both periods: 环比约+2000人（按两月均已上报的21个省份计算） */
  kpiChangeComparable: (kind: string, delta: string, basis: string) => `${kind}${delta}（${basis}）`,
  /** the attainment of an incomplete figure: that of the provinces that reported */
  kpiTargetComparable: (target: string, pct: string, basis: string) => `年度目标任务${target}，${basis}，完成${pct}`,
  kpiTargetWithheld: (target: string) => `年度目标任务${target}；数据不完整，缺少可比的分省数据，完成率不作计算`,
  /** a card's figure is incomplete: 2024年8月数据不完整（西藏尚未上报） */
  kpiIncomplete: (month: string, missing: string) => `${month}数据不完整（${missing}）`,
  /** the streak card's headline */
  kpiStreakValue: (move: EndMonthMove) => {
    switch (move.kind) {
      case 'rose':
        return move.streak >= 2 ? `连续${move.streak}个月` : '本月环比增长'
      case 'fell':
        return '本月环比下降'
      case 'flat':
        return '与上月持平'
      case 'restart':
        return '1月重新统计'
      case 'first':
        return '无可比数据'
      case 'withheld':
        return '暂不比较'
    }
  },
  /** the streak card's line: what it follows, and how (on the provinces that reported both months, when so) */
  kpiStreakDetail: (subject: string, month: string, move: EndMonthMove) => {
    switch (move.kind) {
      case 'rose':
        return move.streak >= 2
          ? `${subject}：${move.period}逐月环比增长`
          : move.basis
            ? `${subject}：${move.basis}，${month}环比增加${move.delta}`
            : `${subject}：${month}比上月增加${move.delta}`
      case 'fell':
        return move.basis
          ? `${subject}：${move.basis}，${month}环比减少${move.delta}`
          : `${subject}：${month}比上月减少${move.delta}`
      case 'flat':
        return move.basis ? `${subject}：${move.basis}，${month}与上月持平` : `${subject}：${month}与上月持平`
      case 'restart':
        return `${subject}：每年1月起重新统计，不与上年12月比较`
      case 'first':
        return `${subject}：${month}为数据起始月份，没有上月数据可比`
      case 'withheld':
        return `${subject}：${move.reason}`
    }
  },
  /** a streak whose last rise was counted on the provinces that reported both months */
  kpiComparableRise: (basis: string, delta: string) => `${basis}，环比增加${delta}`,
  kpiComparableEarlier: (months: string) => `其中${months}的增长按两月均已上报的省份计算`,
  /** the region has not reported the end month */
  kpiStreakAbsent: (subject: string, region: string, month: string) => `${subject}：${region}${month}数据尚未上报`,
  kpiStreakUnit: (region: string, month: string) => `${region} · 截至${month}底 · 环比`,
  kpiAttention: (rules: string) => `▲ 需要关注（高）：${rules}`,
  /** the row's name where it stands alone: a workbook's sheet, the briefing's table */
  kpiHeadline: (region: string, month: string) => `主要指标 · ${region} · ${month}`,
}

export const messages = defineMessages(zh, {
  ...panel.en,

  kpiTotal: 'People in work',
  kpiStreak: 'Growth streak',
  kpiKeyCounty: 'In work: key assistance counties',
  kpiRelocated: 'In work: relocated people',
  kpiMonthUnit: (region, month, unit) => `${region} · ${month} · unit: ${unit}`,
  kpiTarget: (target, pct) => `Annual target ${target}, ${pct} attained`,
  kpiAboveTarget: (delta, points) => `${delta} above the annual target (${points})`,
  kpiBelowTarget: (delta, points) => `${delta} short of the annual target (${points})`,
  kpiOnTarget: 'Exactly on the annual target',
  kpiChange: (kind, delta, pct) => `${kind} ${delta} (${pct})`,
  kpiNoComparison: (kind, why) =>
    why === 'restart'
      ? `${kind}: not compared (the yearly count restarts in January)`
      : why === 'year'
        ? `${kind}: nothing to compare with (no data a year earlier)`
        : `${kind}: nothing to compare with (no earlier month)`,
  kpiChangeComparable: (kind, delta, basis) => `${kind} ${delta} (${basis})`,
  kpiTargetComparable: (target, pct, basis) => `Annual target ${target}, ${pct} attained ${basis}`,
  kpiTargetWithheld: (target) =>
    `Annual target ${target}; attainment not computed (incomplete figure, no comparable figures by province)`,
  kpiIncomplete: (month, missing) => `${month}: incomplete (${missing})`,
  kpiStreakValue: (move) => {
    switch (move.kind) {
      case 'rose':
        return move.streak >= 2 ? `${move.streak} consecutive months` : 'Grew this month'
      case 'fell':
        return 'Fell this month'
      case 'flat':
        return 'Unchanged this month'
      case 'restart':
        return 'Count restarted'
      case 'first':
        return 'Nothing to compare with'
      case 'withheld':
        return 'Not compared'
    }
  },
  kpiStreakDetail: (subject, month, move) => {
    const who = capitalise(subject)
    switch (move.kind) {
      case 'rose':
        return move.streak >= 2
          ? `${who}: month-on-month growth, ${move.period}`
          : move.basis
            ? `${who}: ${move.basis}, up ${move.delta} in ${month} on the month before`
            : `${who}: up ${move.delta} in ${month} on the month before`
      case 'fell':
        return move.basis
          ? `${who}: ${move.basis}, down ${move.delta} in ${month} on the month before`
          : `${who}: down ${move.delta} in ${month} on the month before`
      case 'flat':
        return move.basis
          ? `${who}: ${move.basis}, unchanged in ${month} on the month before`
          : `${who}: unchanged in ${month} on the month before`
      case 'restart':
        return `${who}: the yearly count restarts in January, so it is not compared with December`
      case 'first':
        return `${who}: the data begin in ${month}, so there is no earlier month to compare with`
      case 'withheld':
        return `${who}: ${move.reason}`
    }
  },
  kpiComparableRise: (basis, delta) => `${capitalise(basis)}, up ${delta} on the month before`,
  kpiComparableEarlier: (months) => `The rises of ${months} counted among the provinces that reported both months`,
  kpiStreakAbsent: (subject, region, month) => `${capitalise(subject)}: ${region} has not yet reported ${month}`,
  kpiStreakUnit: (region, month) => `${region} · to the end of ${month} · month on month`,
  kpiAttention: (rules) => `▲ Needs attention (high): ${rules}`,
  kpiHeadline: (region, month) => `Headline figures · ${region} · ${month}`,
})
