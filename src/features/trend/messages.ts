/** The trend panel's messages (the chart, its sentence, the comparison of regions), in Chinese and English. */
import { defineMessages } from '../../lib/defineMessages'
import { enCount, enList, enWhere } from '../../lib/grammar'
import type { Place } from '../../lib/names'
import type { EndMonthMove } from '../../lib/reportsText'
import { messages as panel } from '../../panel/messages'

const zh = {
  ...panel.zh,

  trendTitle: (category: string, region: string) => `${region}${category}月度趋势`,
  trendPreviousYear: '上年同期',
  trendTarget: '年度目标任务',
  /** the legend of a month whose figure is incomplete */
  trendProvisional: '不完整（尚有省份未上报）',
  approximate: (name: string) => `${name}（起止时间为估计）`,
  annotationsFailed: '活动时段加载失败。',
  /** a line chart's accessible name: what it is, and how to read it by keyboard */
  chartReadByMonth: (title: string) => `${title}：按左右方向键逐月查看数值`,
  /** under the chart on a touch screen (trend.css): how to read a month without a pointer to hover */
  touchHint: '点按图中某月可查看该月数值，点按图外关闭。',
  trendOneMonth: '所选时期只有一个月，趋势需要至少两个月的数据。',
  /**
   * 截至2024年8月底，全国脱贫人口务工就业规模已连续7个月环比增长，达3295.3万人，完成年度目标任务的109.1%。 With a
   * report missing (from the end month, or from a month its comparison or streak involves): the figure and who has not
   * reported, then the change on the provinces that reported both months, or why it is not compared.
   */
  summaryTrend: (p: {
    end: string
    subject: string
    move: EndMonthMove
    value: string
    /** who has not reported the end month's figure (it is then the sum of the reports received) */
    missing: string | null
    pct: string | null
    /** the provinces the attainment is counted on, when the figure is incomplete */
    pctBasis: string | null
  }) => {
    const lead = `截至${p.end}底，${p.subject}`
    const { move } = p
    const comparable =
      p.missing !== null ||
      p.pctBasis !== null ||
      move.kind === 'withheld' ||
      ((move.kind === 'rose' || move.kind === 'fell' || move.kind === 'flat') && move.basis !== null) ||
      (move.kind === 'rose' && move.earlier !== null)
    if (!comparable) {
      const pct = p.pct ? `，完成年度目标任务的${p.pct}` : ''
      switch (move.kind) {
        case 'rose':
          return move.streak >= 2
            ? `${lead}已连续${move.streak}个月环比增长，达${p.value}${pct}。`
            : `${lead}为${p.value}，比上月增加${move.delta}${pct}。`
        case 'fell':
          return `${lead}为${p.value}，比上月减少${move.delta}${pct}。`
        case 'flat':
          return `${lead}为${p.value}，与上月持平${pct}。`
        case 'restart':
          return `${lead}为${p.value}${pct}；每年1月起重新统计，不与上年12月比较。`
        case 'first':
          return `${lead}为${p.value}${pct}；这是数据的第一个月，没有上月数据可比。`
      }
    }
    const flag = p.missing ? `，数据不完整（${p.missing}）` : ''
    const pct = p.pct ? `，${p.pctBasis ? `${p.pctBasis}，` : ''}完成年度目标任务的${p.pct}` : ''
    let change = ''
    switch (move.kind) {
      case 'rose':
        change =
          (move.basis ? `${move.basis}，环比增加${move.delta}` : `比上月增加${move.delta}`) +
          (move.streak >= 2 ? `，已连续${move.streak}个月环比增长` : '') +
          (move.earlier ? `（其中${move.earlier}的增长按两月均已上报的省份计算）` : '')
        break
      case 'fell':
        change = move.basis ? `${move.basis}，环比减少${move.delta}` : `比上月减少${move.delta}`
        break
      case 'flat':
        change = move.basis ? `${move.basis}，与上月持平` : '与上月持平'
        break
      case 'withheld':
        change = move.reason
        break
      case 'restart':
        change = '每年1月起重新统计，不与上年12月比较'
        break
      case 'first':
        change = '这是数据的第一个月，没有上月数据可比'
        break
    }
    return `${lead}为${p.value}${flag}${pct}；${change}。`
  },
  /** the region has not reported the view's end month: 西藏2024年8月数据尚未上报；截至2024年7月底，… */
  summaryTrendAbsent: (p: { absent: string; region: string; last: string; subject: string; value: string }) =>
    `${p.region}${p.absent}数据尚未上报；截至${p.last}底，${p.subject}为${p.value}。`,
  notReportedMonths: (region: string, months: string) => `${region}${months}数据尚未上报，图中未画出。`,
  /** 2024年8月全国数据不完整：西藏尚未上报，全国数为已上报省份之和。 */
  incompleteNational: (month: string, missing: string) =>
    `${month}全国数据不完整：${missing}，全国数为已上报省份之和。`,
  compareAdd: '添加对比',
  compareAddPlaceholder: '添加…',
  compareRemove: (region: string) => `移除${region}`,
  /** beside a compared region's chip when it does not have the category chosen (the summary says it in full) */
  compareNotApplicable: '不适用，未画出',
  compareAxisName: (axis: 'attainment' | 'index', first: string): string =>
    axis === 'attainment' ? '完成年度目标任务的比例' : `与${first}之比`,
  /** 截至2024年8月底，各地区完成年度目标任务的比例：贵州109.8%，云南109.8%，全国109.1%。 */
  summaryCompare: (p: {
    end: string
    first: string
    axis: 'attainment' | 'index'
    items: { place: Place; shown: string }[]
  }) =>
    `截至${p.end}底，各地区${p.axis === 'attainment' ? '完成年度目标任务的比例' : `与${p.first}之比`}：${p.items.map((i) => `${i.place.name}${i.shown}`).join('，')}。`,
}

export const messages = defineMessages(zh, {
  ...panel.en,

  trendTitle: (category, region) => `Monthly trend: ${category}, ${region}`,
  trendPreviousYear: 'Same month last year',
  trendTarget: 'Annual target',
  trendProvisional: 'Incomplete (reports missing)',
  approximate: (name) => `${name} (dates estimated)`,
  annotationsFailed: 'Programme periods could not be loaded.',
  chartReadByMonth: (title) => `${title}: use the left and right arrow keys to read the values month by month`,
  touchHint: 'Tap a month in the chart to read its figures; tap outside the chart to close them.',
  trendOneMonth: 'The period chosen is a single month; a trend needs at least two.',
  summaryTrend: (p) => {
    const { move } = p
    const comparable =
      p.missing !== null ||
      p.pctBasis !== null ||
      move.kind === 'withheld' ||
      ((move.kind === 'rose' || move.kind === 'fell' || move.kind === 'flat') && move.basis !== null) ||
      (move.kind === 'rose' && move.earlier !== null)
    if (!comparable) {
      const pct = p.pct ? `, ${p.pct} of the annual target` : ''
      switch (move.kind) {
        case 'rose':
          return move.streak >= 2
            ? `By the end of ${p.end}, after ${enCount(move.streak)} consecutive months of month-on-month growth, the number of ${p.subject} had reached ${p.value}${pct}.`
            : `By the end of ${p.end}, the number of ${p.subject} had grown by ${move.delta} on the month before, to ${p.value}${pct}.`
        case 'fell':
          return `By the end of ${p.end}, the number of ${p.subject} had fallen by ${move.delta} on the month before, to ${p.value}${pct}.`
        case 'flat':
          return `At the end of ${p.end}, the number of ${p.subject} was unchanged on the month before, at ${p.value}${pct}.`
        case 'restart':
          return `At the end of ${p.end}, the number of ${p.subject} stood at ${p.value}${pct}; the yearly count restarts in January, so it is not compared with December.`
        case 'first':
          return `At the end of ${p.end}, the number of ${p.subject} stood at ${p.value}${pct}; the data begin that month, so there is no earlier month to compare with.`
      }
    }
    const flag = p.missing ? `, an incomplete figure (${p.missing})` : ''
    const pct = p.pct ? `, ${p.pct} of the annual target${p.pctBasis ? ` ${p.pctBasis}` : ''}` : ''
    let change = ''
    switch (move.kind) {
      case 'rose':
        change =
          `${move.basis ? `${move.basis}, ` : ''}it was up ${move.delta} on the month before` +
          (move.streak >= 2 ? `, making ${enCount(move.streak)} consecutive months of month-on-month growth` : '') +
          (move.earlier ? ` (the rises of ${move.earlier} counted among the provinces that reported both months)` : '')
        break
      case 'fell':
        change = `${move.basis ? `${move.basis}, ` : ''}it was down ${move.delta} on the month before`
        break
      case 'flat':
        change = `${move.basis ? `${move.basis}, ` : ''}it was unchanged on the month before`
        break
      case 'withheld':
        change = move.reason
        break
      case 'restart':
        change = 'the yearly count restarts in January, so it is not compared with December'
        break
      case 'first':
        change = 'the data begin that month, so there is no earlier month to compare with'
        break
    }
    return `At the end of ${p.end}, the number of ${p.subject} stood at ${p.value}${flag}${pct}; ${change}.`
  },
  summaryTrendAbsent: (p) =>
    `${p.region} has not yet reported ${p.absent}; at the end of ${p.last}, the number of ${p.subject} stood at ${p.value}.`,
  notReportedMonths: (region, months) => `${region} has not yet reported ${months}; it is not drawn.`,
  incompleteNational: (month, missing) =>
    `The national figure for ${month} is incomplete (${missing}): it is the sum of the reports received.`,
  compareAdd: 'Add to the comparison',
  compareAddPlaceholder: 'Add…',
  compareRemove: (region) => `Remove ${region}`,
  compareNotApplicable: 'not applicable, not drawn',
  compareAxisName: (axis, first) => (axis === 'attainment' ? 'Share of the annual target' : `Share of ${first}`),
  summaryCompare: (p) => {
    const shown = p.items.map((i) => `${i.shown} ${enWhere(i.place)}`)
    return p.axis === 'attainment'
      ? `By the end of ${p.end}, attainment of the annual target stood at ${enList(shown)}.`
      : `By the end of ${p.end}, measured against ${p.first}, the number stood at ${enList(shown)}.`
  },
})
