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

/** A figure an answer gives a thousand times off another of the same answer (errors.ts, `refusalMagnitude`). */
export interface RefusalMagnitude {
  path: string
  /** the region, for an answer that lists many ("（地区代码520000）"), else empty */
  where: string
  month: string
  value: string
  against: string
  other: string
  /** how many times larger or smaller the figure is: a power of ten, 10000 for a figure in 万 */
  times: number
  smaller: boolean
  /** ten thousand times: a count in 万 where persons belong */
  wan: boolean
}
export interface RefusalChannels {
  sum: string
  total: string
  over: boolean
  share: string
  notReported: string
}
export interface RefusalFigure {
  month: string
  path: string
  says: string
  with: string
  other: string
}

/** 1000 → 千, 10000 → 万, 100000 → 十万, for 「万分之一」. */
function zhPart(n: number): string {
  for (const [size, unit] of [
    [1e8, '亿'],
    [1e4, '万'],
    [1e3, '千'],
  ] as const) {
    if (n < size) continue
    const lead = n / size
    return `${{ 1: '', 10: '十', 100: '百', 1000: '千' }[lead] ?? String(lead)}${unit}`
  }
  return String(n)
}
/** 1000 → 1000, 10000 → 1万, for 「约1万倍」. */
function zhTimes(n: number): string {
  return n >= 1e4 ? `${n / 1e4}万` : String(n)
}

/** The three channels, as the glossary names where people work. */
const ZH_CHANNEL: Record<string, string> = {
  out_of_province: '省外务工',
  in_province: '省内县外务工',
  in_county: '县内务工',
}
const EN_CHANNEL: Record<string, string> = {
  out_of_province: 'working outside their province',
  in_province: 'working elsewhere in their province',
  in_county: 'working in their home county',
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

  // …and what errors.ts says beyond those kinds: a sign-in page, the page's own CSP, the server's own words, and an
  // answer refused for what it says (api/checks.ts), naming the answer and the month or figure. Figures in these are
  // exact, grouped ("3,025,469人"): a contradiction is about exact numbers, never rounded ones.
  errorSignIn: '服务器返回的是网页而不是数据，可能是登录已失效，请重新登录。',
  errorBlocked: (origin: string) =>
    `本页的安全策略（Content-Security-Policy）不允许连接${origin}，请求未能发出。` +
    `请在该策略的connect-src中加入${origin}，或将后端代理到本站的/api/之下（见README“Content-Security-Policy”）。`,
  errorContradiction: '服务器返回的数据前后矛盾，未予显示。',
  errorNoRegions: '此账号没有可查看的地区（/me未列出任何地区），请联系管理员。',
  errorServerSays: (detail: string) => `服务器说明：${detail}`,
  errorCode: (code: string) => `错误代码：${code}`,
  refusalPersons: (n: string) => `${n}人`,
  refusalRegion: (id: string) => `（地区代码${id}）`,
  refusalMissing: (path: string, month: string, more: number) =>
    `${path}缺少${month}的数据（既无数字，也未标明尚未上报）${more ? `，另有${more}个月同样缺少` : ''}。`,
  refusalMetaMissing: (month: string, more: number) => `/meta的月份缺少${month}${more ? `等${more + 1}个月` : ''}。`,
  refusalTwice: (path: string, month: string) => `${path}重复给出${month}。`,
  refusalOrder: (path: string, month: string, after: string) => `${path}中${month}排在${after}之后，月份顺序错乱。`,
  refusalStray: (path: string, month: string) => `${path}给出了所请求时期以外的${month}。`,
  refusalBoth: (path: string, month: string) => `${path}中${month}既有数字，又标明尚未上报。`,
  refusalAsOf: (asOf: string, last: string) => `/meta所说的数据截至月份是${asOf}，但其最后一个月是${last}。`,
  refusalPreviousMonth: '上月',
  refusalPreviousYear: '上年同月',
  refusalTarget: '年度目标任务',
  refusalMagnitude: (p: RefusalMagnitude) =>
    `${p.path}中${p.where}${p.month}的数字为${p.value}，` +
    (p.smaller
      ? `只有${p.against}（${p.other}）的约${zhPart(p.times)}分之一`
      : `是${p.against}（${p.other}）的约${zhTimes(p.times)}倍`) +
    (p.wan ? '：单位疑为“万”而非“人”。' : '。'),
  refusalChannel: (id: string) => ZH_CHANNEL[id] ?? id,
  refusalChannels: (p: RefusalChannels) =>
    `/channels中已上报的务工去向合计${p.sum}，${p.over ? '超过' : '不等于'}总数${p.total}（占比合计${p.share}）` +
    `${p.notReported ? `；${p.notReported}尚未上报` : ''}。`,
  refusalInCounty: (parts: string, inCounty: string) =>
    `/channels中乡村公益性岗位与就业帮扶车间合计${parts}，超过县内务工的${inCounty}。`,
  refusalEmpty: '/series没有任何月份的数据，也未标明尚未上报，但/meta表明该地区上报此类别。',
  refusalFigure: (p: RefusalFigure) => `${p.month}：${p.path}${p.says}，${p.with}为${p.other}。`,
  refusalSaysNotReported: '标明尚未上报',
  refusalSaysNothing: '没有数据',
  refusalSaysValue: (n: string) => `为${n}`,
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

  errorSignIn:
    'The server sent a web page instead of data: probably a sign-in page, as the session has expired. Sign in again.',
  errorBlocked: (origin) =>
    `This page's security policy (Content-Security-Policy) does not allow connecting to ${origin}, so the request ` +
    `was never sent. Add ${origin} to the policy's connect-src, or proxy the backend under /api/ on this site ` +
    '(README, “Content-Security-Policy”).',
  errorContradiction: 'The server’s figures contradict each other; they are not shown.',
  errorNoRegions: 'This account has no region it may view (/me lists none). Contact the administrator.',
  errorServerSays: (detail) => `The server says: “${detail}”`,
  errorCode: (code) => `Error code: ${code}`,
  refusalPersons: (n) => n,
  refusalRegion: (id) => ` (region code ${id})`,
  refusalMissing: (path, month, more) =>
    `${path} leaves out ${month} (no figure, and not named as not yet reported)` +
    `${more ? `, and ${more === 1 ? 'one more month' : `${more} more months`}` : ''}.`,
  refusalMetaMissing: (month, more) =>
    `/meta’s months leave out ${month}${more ? ` and ${more === 1 ? 'one more' : `${more} more`}` : ''}.`,
  refusalTwice: (path, month) => `${path} gives ${month} twice.`,
  refusalOrder: (path, month, after) => `${path} lists ${month} after ${after}: the months are out of order.`,
  refusalStray: (path, month) => `${path} gives ${month}, outside the period asked for.`,
  refusalBoth: (path, month) => `${path} gives ${month} a figure and also names it not yet reported.`,
  refusalAsOf: (asOf, last) => `/meta says the data runs to ${asOf}, but its last month is ${last}.`,
  refusalPreviousMonth: 'the month before',
  refusalPreviousYear: 'the same month a year before',
  refusalTarget: 'the annual target',
  refusalMagnitude: (p) =>
    `${p.path} gives ${p.value} for ${p.month}${p.where}, about ` +
    `${p.times.toLocaleString('en')} times ${p.smaller ? 'less' : 'more'} than ` +
    `${p.against} (${p.other})${p.wan ? ': a figure in 万 (ten thousands) rather than persons?' : '.'}`,
  refusalChannel: (id) => EN_CHANNEL[id] ?? id,
  refusalChannels: (p) =>
    `/channels: the channels reported add up to ${p.sum}, ${p.over ? 'more than' : 'not'} the total of ${p.total} ` +
    `(shares adding up to ${p.share})${p.notReported ? `; not yet reported: ${p.notReported}` : ''}.`,
  refusalInCounty: (parts, inCounty) =>
    `/channels: rural public-welfare posts and employment assistance workshops add up to ${parts}, more than the ` +
    `${inCounty} working in their home county.`,
  refusalEmpty:
    '/series has no month at all and names none as not yet reported, though /meta says the region reports this category.',
  refusalFigure: (p) => `${p.month}: ${p.path} ${p.says}, ${p.with} gives ${p.other}.`,
  refusalSaysNotReported: 'names it not yet reported',
  refusalSaysNothing: 'has no data',
  refusalSaysValue: (n) => `gives ${n}`,
})
