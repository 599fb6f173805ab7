/**
 * The words several layers share, in Chinese and English: the names of the view's parameters and of the two
 * comparisons, a category as the subject of a sentence, the figures' names in tables and tooltips, the attention
 * rules' names, the filter line and the error messages. Each layer's own messages are in its messages.ts (panel/,
 * export/, app/, features/<panel>/), which spreads these where its code needs them, so a module writes `t.region`
 * whichever catalog `t` is. Numbers and months reach the messages already formatted (format.ts): they only place them.
 *
 * Generated sentences follow ../shared/product/glossary.md: one term per concept, a subject phrase per category
 * (never a filter label), a region as 全国 / "nationwide" or 云南 / "in Yunnan", each count branched on 0, 1, some
 * and all with its total, each sentence anchored to the end month.
 */
import type { CategoryId } from '../api/common'
import { defineMessages } from './defineMessages'
import { enCount, enList, zhList } from './grammar'
import type { Place } from './names'

/** The subjects of sentences, per category (glossary "Terms", prose column). */
const ZH_SUBJECT: Record<CategoryId, string> = {
  total: '脱贫人口务工就业规模',
  key_county: '重点帮扶县脱贫人口务工就业规模',
  relocated: '易地扶贫搬迁脱贫人口务工就业规模',
  out_of_province: '脱贫人口省外务工规模',
  in_province: '脱贫人口省内县外务工规模',
  in_county: '脱贫人口县内务工规模',
  public_posts: '乡村公益性岗位安置脱贫人口',
  workshops: '就业帮扶车间吸纳脱贫人口就业',
}

/** The channels are counted by home province: "people … from Yunnan working outside their province". */
function enSubject(category: CategoryId, place: Place | null): string {
  const where = place ? (place.national ? ' nationwide' : ` in ${place.name}`) : ''
  const from = place && !place.national ? ` from ${place.name}` : ''
  const nationwide = place?.national ? ' nationwide' : ''
  switch (category) {
    case 'total':
      return `people lifted out of poverty in work${where}`
    case 'key_county':
      return `people lifted out of poverty in work in key assistance counties${where}`
    case 'relocated':
      return `relocated people lifted out of poverty in work${where}`
    case 'public_posts':
      return `people in rural public-welfare posts${where}`
    case 'workshops':
      return `people employed in employment assistance workshops${where}`
    case 'out_of_province':
      return `people lifted out of poverty${from} working outside their province${nationwide}`
    case 'in_province':
      return `people lifted out of poverty${from} working elsewhere in their province${nationwide}`
    case 'in_county':
      return `people lifted out of poverty${from} working in their home county${nationwide}`
  }
}

const ZH_NOT_APPLICABLE: Partial<Record<CategoryId, string>> = {
  key_county: '重点帮扶县',
  relocated: '易地扶贫搬迁',
  public_posts: '乡村公益性岗位监测',
  workshops: '就业帮扶车间监测',
}

const EN_NOT_APPLICABLE: Partial<Record<CategoryId, (region: string) => string>> = {
  key_county: (r) => `${r} has no key assistance counties`,
  relocated: (r) => `relocation for poverty alleviation is not monitored in ${r}`,
  public_posts: (r) => `rural public-welfare posts are not monitored in ${r}`,
  workshops: (r) => `employment assistance workshops are not monitored in ${r}`,
}

const zh = {
  // the view's parameters, as the filters and a notice about a link name them
  language: '语言',
  region: '地区',
  category: '类别',
  startMonth: '起始月份',
  endMonth: '结束月份',
  compare: '对比',
  provincesView: '省份视图',
  compareRegions: '对比地区',
  compareAxis: '对比方式',

  // the two comparisons
  compareMom: '环比',
  compareYoy: '同比',
  mom: '环比',
  yoy: '同比',

  // sentences: a list, a category as their subject, a category a region does not have
  listSeparator: '、',
  /** A category's subject in a sentence, with its place (全国, 云南) when given. */
  subject: (category: CategoryId, place: Place | null) => `${place ? place.name : ''}${ZH_SUBJECT[category]}`,
  /** the region does not have the category at all: not applicable, which is not the same as no data */
  notCovered: (category: CategoryId, region: string) =>
    `不适用：${region}不涉及${ZH_NOT_APPLICABLE[category] ?? ZH_SUBJECT[category]}。`,

  // figures, as tables, legends and tooltips name them
  month: '月份',
  value: '人数',
  targetsTarget: '年度目标任务',
  targetsAttainment: '完成率',
  trendCurrent: '本期',
  trendStreak: '连续增长',
  /** a figure in a tooltip: 本期：3295.3万 */
  labelValue: (label: string, value: string) => `${label}：${value}`,

  // reports not yet received (lib/reports.ts, lib/reportsText.ts): the words every panel, table and export uses
  /** who has not yet reported a figure: 「西藏尚未上报」「西藏和甘肃尚未上报」, or by count 「1个省份尚未上报」 */
  missing: (names: readonly string[] | null, count: number) =>
    names ? `${zhList([...names])}尚未上报` : `${count}个省份尚未上报`,
  /** a data table's and CSV's status column */
  statusLabel: '数据状态',
  statusComplete: '完整',
  statusIncomplete: (missing: string) => `不完整（${missing}）`,
  /** a figure whose report has not been received (a ranking's row, a table cell) */
  notReported: '尚未上报',
  /** the same, on a tile of the map (a short label) */
  notReportedTile: '未上报',
  /** an incomplete figure, after it in a sentence or on a card: 「（不完整：西藏尚未上报）」 */
  incompleteFlag: (missing: string) => `（不完整：${missing}）`,
  /** the provinces a comparison was made on: 「按两月均已上报的21个省份计算」 */
  comparableBasis: (provinces: number, kind: 'mom' | 'yoy' | 'month') =>
    kind === 'mom'
      ? `按两月均已上报的${provinces}个省份计算`
      : kind === 'yoy'
        ? `按两年同月均已上报的${provinces}个省份计算`
        : `按已上报的${provinces}个省份计算`,
  /** a comparable change, rounded (reportsText.ts): 「约+2000人」 */
  about: (shown: string) => `约${shown}`,
  /** why a comparison is withheld: the region's own report is missing, or the provinces' figures are not at hand */
  withheldNotReported: (region: string, month: string, kind: 'mom' | 'yoy') =>
    `${region}${month}尚未上报，${kind === 'mom' ? '环比' : '同比'}不作比较`,
  withheldNoFigures: (month: string, missing: string, kind: 'mom' | 'yoy') =>
    `${month}数据不完整（${missing}），缺少可比的分省数据，${kind === 'mom' ? '环比' : '同比'}不作比较`,
  /** the same, where the sentence has said already that the figure is incomplete and who is missing */
  withheldNoFiguresShort: (kind: 'mom' | 'yoy') => `缺少可比的分省数据，${kind === 'mom' ? '环比' : '同比'}不作比较`,

  // the attention rules' names (the Needs attention panel and the KPI cards)
  attentionRule: {
    reportMissing: '尚未上报',
    belowTarget: '未完成年度目标任务',
    fellMom: '环比下降',
    streakEnded: '连续增长中断',
    fellYoy: '同比下降',
    trailingNational: '同比低于全国',
  } as Record<'reportMissing' | 'belowTarget' | 'fellMom' | 'streakEnded' | 'fellYoy' | 'trailingNational', string>,

  // the filter line of the printed page and of every export (filterSummary.ts)
  exportFilters: (p: { region: string; category: string; period: string; compare: string }) =>
    `地区：${p.region} · 类别：${p.category} · 时期：${p.period} · 对比：${p.compare}`,

  // what went wrong, in words a person can act on (errors.ts)
  errorNetwork: '无法连接到服务器，请检查网络后重试。',
  errorTimeout: '服务器响应超时，请稍后重试。',
  errorServer: (status: string) => `服务器出错（${status}），请稍后重试。`,
  errorSession: '登录已过期，请重新登录。',
  errorForbidden: '您没有查看该地区数据的权限。',
  errorFormat: '服务器返回的数据格式异常，未予显示。',
  errorRequest: (status: string) => `请求未被接受（${status}）。`,
  errorRender: '此面板显示出错。',
}

export const messages = defineMessages(zh, {
  language: 'Language',
  region: 'Region',
  category: 'Category',
  startMonth: 'Start month',
  endMonth: 'End month',
  compare: 'Compare',
  provincesView: 'Provinces view',
  compareRegions: 'Compare regions',
  compareAxis: 'Compare by',

  compareMom: 'Month on month',
  compareYoy: 'Year on year',
  mom: 'MoM',
  yoy: 'YoY',

  listSeparator: ', ',
  subject: enSubject,
  notCovered: (category, region) =>
    `Not applicable: ${EN_NOT_APPLICABLE[category]?.(region) ?? `${enSubject(category, null)} are not monitored in ${region}`}.`,

  month: 'Month',
  value: 'Number',
  targetsTarget: 'Annual target',
  targetsAttainment: 'Attained',
  trendCurrent: 'This period',
  trendStreak: 'Growth streak',
  labelValue: (label, value) => `${label}: ${value}`,

  missing: (names, count) =>
    names
      ? `${enList([...names])} not yet reported`
      : `${count === 1 ? 'one province' : `${enCount(count)} provinces`} not yet reported`,
  statusLabel: 'Status',
  statusComplete: 'Complete',
  statusIncomplete: (missing) => `Incomplete (${missing})`,
  notReported: 'Not yet reported',
  notReportedTile: 'Not reported',
  incompleteFlag: (missing) => ` (incomplete: ${missing})`,
  comparableBasis: (provinces, kind) =>
    kind === 'mom'
      ? `among the ${provinces} provinces that reported both months`
      : kind === 'yoy'
        ? `among the ${provinces} provinces that reported both years`
        : `among the ${provinces} provinces that reported`,
  about: (shown) => `about ${shown}`,
  withheldNotReported: (region, month, kind) =>
    `not compared with ${kind === 'mom' ? 'the month before' : 'a year before'}, as ${region} has not reported ${month}`,
  withheldNoFiguresShort: (kind) =>
    `not compared with ${kind === 'mom' ? 'the month before' : 'a year before'}, as no comparable figures by province are at hand`,
  withheldNoFigures: (month, missing, kind) =>
    `not compared with ${kind === 'mom' ? 'the month before' : 'a year before'}, as the figure for ${month} is incomplete (${missing}) and no comparable figures by province are at hand`,

  attentionRule: {
    reportMissing: 'Not yet reported',
    belowTarget: 'Below the annual target',
    fellMom: 'Fell month on month',
    streakEnded: 'Growth streak ended',
    fellYoy: 'Fell year on year',
    trailingNational: 'Behind the national change',
  },

  exportFilters: (p) => `Region: ${p.region} · Category: ${p.category} · Period: ${p.period} · Compare: ${p.compare}`,

  errorNetwork: 'Cannot reach the server. Check the network and retry.',
  errorTimeout: 'The server took too long to answer. Retry in a moment.',
  errorServer: (status) => `The server had an error (${status}). Retry in a moment.`,
  errorSession: 'Your session has expired. Sign in again.',
  errorForbidden: 'You do not have permission to view this region.',
  errorFormat: 'The server sent data in an unexpected format; it is not shown.',
  errorRequest: (status) => `The request was not accepted (${status}).`,
  errorRender: 'This panel could not be displayed.',
})
