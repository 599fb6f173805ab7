/**
 * Every message the app shows, in Chinese and English. `en` is typed by `zh`, so a message missing in either
 * language, or taking different arguments, fails the type check. Numbers and months reach these messages already
 * formatted (format.ts), so the messages only place them.
 *
 * Generated sentences follow ../shared/product/glossary.md: one term per concept, a subject phrase per category
 * (never a filter label), a region as 全国 / "nationwide" or 云南 / "in Yunnan", each count branched on 0, 1, some
 * and all with its total, each sentence anchored to the end month.
 */
import { createContext, useContext } from 'react'
import type { CategoryId } from '../api/common'
import { formatMonthRange, formatPersonsProse, type Lang } from './format'
import type { Place } from './names'
import type { ProvincesView } from './view'
import type { EndMove, Streak } from './stats'

/** How the end month of a series compares with the month before it. */
export type EndMonthMove =
  /** the end month is the first month of the data: nothing before it */
  | { kind: 'first' }
  /** the end month is a January: the yearly count restarts, so it is not compared with December */
  | { kind: 'restart' }
  /** above the month before; `streak` months in a row so far this year, since `since` (a month range) */
  | { kind: 'rose'; streak: number; delta: string; period: string }
  | { kind: 'fell'; delta: string }
  | { kind: 'flat' }

/** The end month's move and the streak, with their numbers written for a sentence in the language. */
export function describeMove(move: EndMove, streak: Streak, lang: Lang): EndMonthMove {
  switch (move.kind) {
    case 'first':
    case 'restart':
    case 'flat':
      return { kind: move.kind }
    case 'fell':
      return { kind: 'fell', delta: formatPersonsProse(-move.delta, lang) }
    case 'rose':
      return {
        kind: 'rose',
        streak: streak.length,
        delta: formatPersonsProse(move.delta, lang),
        period: streak.from && streak.to ? formatMonthRange(streak.from, streak.to, lang) : '',
      }
  }
}

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

export type RankMetric = 'value' | 'attainment' | 'change'

/** A count of provinces for the small multiples' sentence; `names` lists them (for the count of one). */
export interface ProvinceCount {
  count: number
  names: string[]
}

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

const EN_NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/** Whole numbers below ten in words, as English prose writes them: 7 → "seven", 14 → "14". */
export function enCount(n: number): string {
  return n >= 0 && n < 10 ? EN_NUMBER_WORDS[n] : String(n)
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function zhList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`
}

function enList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
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
  appTitle: '就业帮扶监测看板',
  appSubtitle: '脱贫人口务工就业月度监测',
  asOf: (month: string) => `数据截至${month}底`,
  demoBadge: '演示数据',
  demoExplanation: '演示数据：除已公布数字外均为合成数据',
  language: '语言',
  skipToContent: '跳到主要内容',
  loading: '正在加载…',
  updating: '正在更新，完成后才能导出。',
  updatingNote: '正在更新…',

  filters: '筛选条件',
  region: '地区',
  category: '类别',
  startMonth: '起始月份',
  endMonth: '结束月份',
  compare: '对比',
  compareMom: '环比',
  compareYoy: '同比',
  invalidLink: (params: string) => `链接中的部分参数无效，已改用默认值：${params}。`,
  /** a link named a region outside the user's scope: it was not asked for, and `home` is shown instead */
  noPermissionRegion: (home: string) => `无权查看该地区，已改为显示${home}。`,
  noPermissionCompare: '无权查看对比中的地区，已取消对比。',
  signedIn: (name: string, scope: string) => `当前用户：${name}（${scope}）`,
  noScope: '您的账号没有可查看的地区，请联系管理员。',
  regionsNeedFullScope: (scope: string) => `各省比较需要查看全部省份的权限；您的查看范围：${scope}。`,
  dismiss: '关闭',
  listSeparator: '、',

  /** A category's subject in a sentence, with its place (全国, 云南) when given. */
  subject: (category: CategoryId, place: Place | null) => `${place ? place.name : ''}${ZH_SUBJECT[category]}`,

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
    }
  },
  /** the streak card's line: what it follows, and how */
  kpiStreakDetail: (subject: string, month: string, move: EndMonthMove) => {
    switch (move.kind) {
      case 'rose':
        return move.streak >= 2
          ? `${subject}：${move.period}逐月环比增长`
          : `${subject}：${month}比上月增加${move.delta}`
      case 'fell':
        return `${subject}：${month}比上月减少${move.delta}`
      case 'flat':
        return `${subject}：${month}与上月持平`
      case 'restart':
        return `${subject}：每年1月起重新统计，不与上年12月比较`
      case 'first':
        return `${subject}：${month}为数据起始月份，没有上月数据可比`
    }
  },
  kpiStreakUnit: (region: string, month: string) => `${region} · 截至${month}底 · 环比`,
  /** the region does not have the category at all: not applicable, which is not the same as no data */
  notCovered: (category: CategoryId, region: string) =>
    `不适用：${region}不涉及${ZH_NOT_APPLICABLE[category] ?? ZH_SUBJECT[category]}。`,

  trendTitle: (category: string, region: string) => `${region}${category}月度趋势`,
  trendCurrent: '本期',
  trendPreviousYear: '上年同期',
  trendTarget: '年度目标任务',
  trendStreak: '连续增长',
  approximate: (name: string) => `${name}（起止时间为估计）`,
  annotationsFailed: '活动时段加载失败。',
  mom: '环比',
  yoy: '同比',
  /** a figure in a tooltip: 本期：3295.3万 */
  labelValue: (label: string, value: string) => `${label}：${value}`,
  /** a line chart's accessible name: what it is, and how to read it by keyboard */
  chartReadByMonth: (title: string) => `${title}：按左右方向键逐月查看数值`,

  targetsTitle: (region: string) => `${region}年度目标任务完成情况`,
  targetsActual: '实际',
  targetsTarget: '年度目标任务',
  targetsAttainment: '完成率',

  regionsTitle: (category: string) => `各省份${category}排名`,
  regionsSort: '排序',
  regionsByValue: '按人数',
  regionsByAttainment: '按完成率',
  regionsByChange: (kind: string) => `按${kind}变化`,
  regionsSelect: (region: string) => `查看${region}`,
  /** a ranking by a change that no province has: why */
  regionsNothingToCompare: (p: {
    compare: 'mom' | 'yoy'
    why: 'first' | 'restart' | 'missing'
    end: string
    first: string
  }) => {
    const kind = p.compare === 'mom' ? '环比' : '同比'
    if (p.why === 'missing')
      return `没有可比数据：各省份都没有${p.compare === 'mom' ? '上月' : '上年同月'}数据，无法按${kind}变化排列。`
    if (p.why === 'restart') return `没有可比数据：每年1月起重新统计，${p.end}不与上年12月比较，无法按环比变化排列。`
    return p.compare === 'yoy'
      ? `没有可比数据：数据自${p.first}开始，${p.end}没有上年同月数据，无法按同比变化排列。`
      : `没有可比数据：${p.end}为数据起始月份，没有上月数据，无法按环比变化排列。`
  },

  channelsTitle: (region: string) => `${region}脱贫人口务工去向`,
  channelsShare: '占比',
  channelsPart: (name: string) => `其中：${name}`,
  channelsPartOf: '所属渠道',

  dataTable: '数据表',
  exportPng: '导出PNG',
  exportDashboard: '导出整页PNG',
  exportCsv: '导出CSV',
  exportUnavailable: '数据加载完成后才能查看数据表或导出。',
  exportFailed: '导出失败，请重试。',
  exportUnsettled: '仍有面板在加载，暂不能导出整页，请稍后重试。',
  exportFilters: (p: { region: string; category: string; period: string; compare: string }) =>
    `地区：${p.region} · 类别：${p.category} · 时期：${p.period} · 对比：${p.compare}`,
  exportUnit: (unit: string) => `单位：${unit}`,
  exportSource: (source: string) => `来源：${source}`,
  exportedAt: (time: string) => `导出时间：${time}`,
  month: '月份',
  value: '人数',

  errorNetwork: '无法连接到服务器，请检查网络后重试。',
  errorTimeout: '服务器响应超时，请稍后重试。',
  errorServer: (status: string) => `服务器出错（${status}），请稍后重试。`,
  errorSession: '登录已过期，请重新登录。',
  errorForbidden: '您没有查看该地区数据的权限。',
  errorFormat: '服务器返回的数据格式异常，未予显示。',
  errorRequest: (status: string) => `请求未被接受（${status}）。`,
  errorRender: '此面板显示出错。',
  staleData: (time: string) => `以下为${time}获取的数据，可能已过时。`,
  retry: '重试',
  signIn: '重新登录',
  empty: '所选条件下没有数据。',

  /** 截至2024年8月底，全国脱贫人口务工就业规模已连续7个月环比增长，达3295.3万人，完成年度目标任务的109.1%。 */
  summaryTrend: (p: { end: string; subject: string; move: EndMonthMove; value: string; pct: string | null }) => {
    const lead = `截至${p.end}底，${p.subject}`
    const pct = p.pct ? `，完成年度目标任务的${p.pct}` : ''
    const { move } = p
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
  },
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
  /** 截至2024年8月底，各省份…按人数排列，云南居首（329.5万人），福建居末（6.6万人）；25个省份中14个已完成年度目标任务。 */
  summaryRegions: (p: {
    end: string
    subject: string
    metric: RankMetric
    compare: 'mom' | 'yoy'
    top: { name: string; shown: string }
    bottom: { name: string; shown: string } | null
    met: { count: number; total: number; names: string[] } | null
  }) => {
    const metric =
      p.metric === 'value'
        ? '人数'
        : p.metric === 'attainment'
          ? '完成率'
          : p.compare === 'mom'
            ? '环比变化'
            : '同比变化'
    const rank = p.bottom
      ? `各省份${p.subject}按${metric}排列，${p.top.name}居首（${p.top.shown}），${p.bottom.name}居末（${p.bottom.shown}）`
      : `只有${p.top.name}有${p.subject}数据（${p.top.shown}）`
    let met = ''
    if (p.met) {
      const { count, total, names } = p.met
      met =
        total === 1
          ? count === 1
            ? `；${names[0]}已完成年度目标任务`
            : `；${p.top.name}尚未完成年度目标任务`
          : count === total
            ? `；${total}个省份均已完成年度目标任务`
            : count === 0
              ? `；${total}个省份均尚未完成年度目标任务`
              : count === 1
                ? `；${total}个省份中1个（${names[0]}）已完成年度目标任务`
                : `；${total}个省份中${count}个已完成年度目标任务`
    }
    return `截至${p.end}底，${rank}${met}。`
  },
  /** 截至2024年8月底，全国脱贫人口务工就业规模为3295.3万人，其中省外务工占36.0%，… */
  summaryChannels: (p: {
    end: string
    place: Place
    total: string
    out: string
    inProvince: string
    inCounty: string
  }) =>
    `截至${p.end}底，${p.place.name}脱贫人口务工就业规模为${p.total}，其中省外务工占${p.out}，省内县外务工占${p.inProvince}，县内务工占${p.inCounty}。`,

  // Needs attention (需要关注)
  attentionTitle: (place: string) => `需要关注 · ${place}`,
  attentionSeverity: { high: '高', medium: '中', low: '低' } as Record<'high' | 'medium' | 'low', string>,
  attentionSeverityLabel: '严重程度',
  attentionRule: {
    reportMissing: '尚未上报',
    belowTarget: '未完成年度目标任务',
    fellMom: '环比下降',
    streakEnded: '连续增长中断',
    fellYoy: '同比下降',
    trailingNational: '同比低于全国',
  } as Record<'reportMissing' | 'belowTarget' | 'fellMom' | 'streakEnded' | 'fellYoy' | 'trailingNational', string>,
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
  kpiAttention: (rules: string) => `▲ 需要关注（高）：${rules}`,
  attentionUnit: '人；比例为百分比',
  attentionHowText: (p: {
    belowHigh: string
    belowMedium: string
    mom: string
    momHigh: string
    yoy: string
    yoyMedium: string
    streak: number
    trailing: string
  }) => [
    `尚未上报（高）：省份尚未上报本月数据。`,
    `未完成年度目标任务：完成比例低于${p.belowHigh}为高，低于${p.belowMedium}为中，其余未完成为低。`,
    `环比下降：比上月减少${p.mom}及以上为中，${p.momHigh}及以上为高（1月重新统计，不比较）。`,
    `连续增长中断（中）：此前连续${p.streak}个月及以上环比增长，本月未增长。`,
    `同比下降：比上年同月减少${p.yoy}及以上为低，${p.yoyMedium}及以上为中。`,
    `同比低于全国（低）：同比变化比全国低${p.trailing}及以上。`,
    `看的是脱贫人口务工就业规模及重点帮扶县、易地扶贫搬迁两项；各渠道只看是否上报。阈值可由后端在/meta的rules中调整。`,
  ],
  // Reports not yet received (never drawn as zero)
  notReportedMonths: (region: string, months: string) => `${region}${months}数据尚未上报，图中未画出。`,
  incompleteNational: (month: string, count: number) =>
    `${month}全国数据不完整：${count}个省份尚未上报，全国数为已上报省份之和。`,
  notReportedCategories: (region: string, names: string) => `${region}尚未上报：${names}。`,
  // Panel states and exports (architecture pass)
  stillWaiting: '仍在等待服务器响应…',
  exportNothing: '此图没有可显示或导出的数据。',

  // Provinces side by side (issue 11): the Regions panel's tabs, the tile map, the small multiples
  provincesView: '省份视图',
  provincesTab: (tab: ProvincesView): string => ({ ranking: '排名', map: '地图', trends: '趋势' })[tab],
  mapTitle: (category: string) => `各省份${category}分布`,
  multiplesTitle: (category: string) => `各省份${category}月度趋势`,
  /** the metric a map is coloured by, as its legend and tiles name it */
  mapMetric: (metric: RankMetric, compare: 'mom' | 'yoy'): string =>
    metric === 'value' ? '人数' : metric === 'attainment' ? '完成率' : compare === 'mom' ? '环比变化' : '同比变化',
  mapNotCovered: '不适用',
  /** a tile's accessible name: province, metric and value */
  mapTile: (name: string, metric: string, shown: string) => `${name}：${metric}${shown}`,
  mapTileNotCovered: (name: string) => `${name}：不适用`,
  mapTargetBreak: (pct: string) => `${pct}即完成年度目标任务`,
  mapTiles: (metric: string) => `各省份${metric}`,
  /** what a small multiple's line shows: attainment of the province's target, or its value against its first month */
  multiplesRatio: (kind: 'attainment' | 'index'): string => (kind === 'attainment' ? '完成率' : '与首月之比'),
  multiplesTile: (name: string, month: string, ratio: string, shown: string) => `${name}：${month}${ratio}${shown}`,
  multiplesBase: '100%即首月水平',
  // Compare regions on the trend (issue 11 #4)
  compareRegions: '对比地区',
  compareAdd: '添加对比',
  compareAddPlaceholder: '添加…',
  compareRemove: (region: string) => `移除${region}`,
  compareAxis: '对比方式',
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
  multiplesScale: (low: string, high: string) => `各图纵轴相同：${low}至${high}`,
  /** 截至2024年8月底，25个省份中19个环比增长，3个尚未完成年度目标任务。 */
  summaryMultiples: (p: {
    end: string
    total: number
    /** null when the end month is not compared with the month before: why */
    grew: ProvinceCount | 'restart' | 'first'
    /** null for a category without targets */
    behind: ProvinceCount | null
  }) => {
    const { total: n, grew, behind } = p
    const one = (c: ProvinceCount) => c.names[0]
    let g: string
    if (grew === 'restart') g = '每年1月起重新统计，各省份不与上年12月比较'
    else if (grew === 'first') g = '这是数据的第一个月，各省份没有上月数据可比'
    else if (n === 1) g = `只有${one(grew) ?? ''}有数据，${grew.count === 1 ? '环比增长' : '未环比增长'}`
    else
      g =
        grew.count === n
          ? `${n}个省份均环比增长`
          : grew.count === 0
            ? `${n}个省份均未环比增长`
            : grew.count === 1
              ? `${n}个省份中1个（${one(grew)}）环比增长`
              : `${n}个省份中${grew.count}个环比增长`
    const counted = typeof grew === 'object' && n > 1
    let b = ''
    if (behind) {
      const of = counted ? '' : n > 1 ? `${n}个省份中` : ''
      b =
        n === 1
          ? behind.count === 1
            ? '，尚未完成年度目标任务'
            : '，已完成年度目标任务'
          : behind.count === 0
            ? counted
              ? '，各省份均已完成年度目标任务'
              : `；${n}个省份均已完成年度目标任务`
            : behind.count === n
              ? counted
                ? '，各省份均尚未完成年度目标任务'
                : `；${n}个省份均尚未完成年度目标任务`
              : `${counted ? '，' : '；'}${of}${behind.count === 1 ? `1个（${one(behind)}）` : `${behind.count}个`}尚未完成年度目标任务`
    }
    return `截至${p.end}底，${g}${b}。`
  },
}

export type Messages = typeof zh

/** "nationwide" or "in Yunnan": a region in an English sentence, never "in National". */
function enWhere(place: Place): string {
  return place.national ? 'nationwide' : `in ${place.name}`
}

/** "14 of the 25 provinces", "all three", "both", "neither of the two", "none of the 25". */
function enOfTotal(count: number, total: number, noun: string, verb: { met: string; notYet: string }): string {
  if (total === 2) {
    if (count === 2) return `both ${noun} ${verb.met}`
    if (count === 0) return `neither of the two ${noun} ${verb.notYet}`
  }
  if (count === total) return `all ${enCount(total)} ${noun} ${verb.met}`
  if (count === 0) return `none of the ${enCount(total)} ${noun} ${verb.notYet}`
  return `${enCount(count)} of the ${enCount(total)} ${noun} ${verb.met}`
}

const en: Messages = {
  appTitle: 'Employment Assistance Monitor',
  appSubtitle: 'Monthly monitoring of people lifted out of poverty in work',
  asOf: (month) => `Data as of the end of ${month}`,
  demoBadge: 'Demo data',
  demoExplanation: 'Demo data: figures other than the published ones are synthetic',
  language: 'Language',
  skipToContent: 'Skip to main content',
  loading: 'Loading…',
  updating: 'Updating; exports are available once the new data has loaded.',
  updatingNote: 'Updating…',

  filters: 'Filters',
  region: 'Region',
  category: 'Category',
  startMonth: 'Start month',
  endMonth: 'End month',
  compare: 'Compare',
  compareMom: 'Month on month',
  compareYoy: 'Year on year',
  invalidLink: (params) => `Some values in the link were not valid and were replaced by defaults: ${params}.`,
  noPermissionRegion: (home) => `You do not have permission to view that region; showing ${home} instead.`,
  noPermissionCompare: 'You do not have permission to view a region in the comparison; it was removed.',
  signedIn: (name, scope) => `Signed in: ${name} (${scope})`,
  noScope: 'Your account has no region you may view. Contact the administrator.',
  regionsNeedFullScope: (scope) => `Comparing provinces needs access to every province; you may view: ${scope}.`,
  dismiss: 'Dismiss',
  listSeparator: ', ',

  subject: enSubject,

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
    }
  },
  kpiStreakDetail: (subject, month, move) => {
    const who = capitalise(subject)
    switch (move.kind) {
      case 'rose':
        return move.streak >= 2
          ? `${who}: month-on-month growth, ${move.period}`
          : `${who}: up ${move.delta} in ${month} on the month before`
      case 'fell':
        return `${who}: down ${move.delta} in ${month} on the month before`
      case 'flat':
        return `${who}: unchanged in ${month} on the month before`
      case 'restart':
        return `${who}: the yearly count restarts in January, so it is not compared with December`
      case 'first':
        return `${who}: the data begin in ${month}, so there is no earlier month to compare with`
    }
  },
  kpiStreakUnit: (region, month) => `${region} · to the end of ${month} · month on month`,
  notCovered: (category, region) =>
    `Not applicable: ${EN_NOT_APPLICABLE[category]?.(region) ?? `${enSubject(category, null)} are not monitored in ${region}`}.`,

  trendTitle: (category, region) => `Monthly trend: ${category}, ${region}`,
  trendCurrent: 'This period',
  trendPreviousYear: 'Same month last year',
  trendTarget: 'Annual target',
  trendStreak: 'Growth streak',
  approximate: (name) => `${name} (dates estimated)`,
  annotationsFailed: 'Programme periods could not be loaded.',
  mom: 'MoM',
  yoy: 'YoY',
  labelValue: (label, value) => `${label}: ${value}`,
  chartReadByMonth: (title) => `${title}: use the left and right arrow keys to read the values month by month`,

  targetsTitle: (region) => `Annual targets, ${region}`,
  targetsActual: 'Actual',
  targetsTarget: 'Annual target',
  targetsAttainment: 'Attained',

  regionsTitle: (category) => `Provinces ranked: ${category}`,
  regionsSort: 'Sort',
  regionsByValue: 'By number',
  regionsByAttainment: 'By attainment',
  regionsByChange: (kind) => `By ${kind} change`,
  regionsSelect: (region) => `Show ${region}`,
  regionsNothingToCompare: (p) => {
    if (p.why === 'missing')
      return `Nothing to compare with: no province has figures for ${p.compare === 'mom' ? 'the month before' : 'the same month a year earlier'}.`
    if (p.why === 'restart')
      return `Nothing to compare with: the yearly count restarts in January, so ${p.end} is not compared with December.`
    return p.compare === 'yoy'
      ? `Nothing to compare with: the data begin in ${p.first}, so ${p.end} has no same month a year earlier to rank the change on.`
      : `Nothing to compare with: the data begin in ${p.end}, so there is no earlier month to rank the change on.`
  },

  channelsTitle: (region) => `Where people work, ${region}`,
  channelsShare: 'Share',
  channelsPart: (name) => `of which: ${name}`,
  channelsPartOf: 'Part of',

  dataTable: 'Data table',
  exportPng: 'Export PNG',
  exportDashboard: 'Export dashboard PNG',
  exportCsv: 'Export CSV',
  exportUnavailable: 'The data table and exports are available once the data has loaded.',
  exportFailed: 'The export failed. Try again.',
  exportUnsettled: 'Some panels are still loading, so the dashboard was not exported. Try again in a moment.',
  exportFilters: (p) => `Region: ${p.region} · Category: ${p.category} · Period: ${p.period} · Compare: ${p.compare}`,
  exportUnit: (unit) => `Unit: ${unit}`,
  exportSource: (source) => `Source: ${source}`,
  exportedAt: (time) => `Exported ${time}`,
  month: 'Month',
  value: 'Number',

  errorNetwork: 'Cannot reach the server. Check the network and retry.',
  errorTimeout: 'The server took too long to answer. Retry in a moment.',
  errorServer: (status) => `The server had an error (${status}). Retry in a moment.`,
  errorSession: 'Your session has expired. Sign in again.',
  errorForbidden: 'You do not have permission to view this region.',
  errorFormat: 'The server sent data in an unexpected format; it is not shown.',
  errorRequest: (status) => `The request was not accepted (${status}).`,
  errorRender: 'This panel could not be displayed.',
  staleData: (time) => `Showing data fetched at ${time}; it may be out of date.`,
  retry: 'Retry',
  signIn: 'Sign in again',
  empty: 'No data for this selection.',

  summaryTrend: (p) => {
    const pct = p.pct ? `, ${p.pct} of the annual target` : ''
    const { move } = p
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
  },
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
  summaryRegions: (p) => {
    const changeKind = p.compare === 'mom' ? 'month-on-month' : 'year-on-year'
    const metric =
      p.metric === 'value'
        ? `the number of ${p.subject}`
        : p.metric === 'attainment'
          ? `attainment of the annual target for ${p.subject}`
          : `${changeKind} change in the number of ${p.subject}`
    const rank = p.bottom
      ? `with provinces ranked by ${metric}, ${p.top.name} came first (${p.top.shown}) and ${p.bottom.name} last (${p.bottom.shown})`
      : `only ${p.top.name} had figures for ${p.subject} (${p.top.shown})`
    let met = ''
    if (p.met) {
      const { count, total, names } = p.met
      met =
        total === 1
          ? `; ${p.top.name} had ${count === 1 ? '' : 'not yet '}met its annual target`
          : count === 1 && total >= 2
            ? `; one of the ${enCount(total)} provinces, ${names[0]}, had met its annual target`
            : `; ${enOfTotal(count, total, 'provinces', { met: 'had met their annual target', notYet: 'had yet met its annual target' })}`
    }
    return `By the end of ${p.end}, ${rank}${met}.`
  },
  summaryChannels: (p) =>
    `At the end of ${p.end}, of the ${p.total} people lifted out of poverty ${p.place.national ? 'in work nationwide' : `from ${p.place.name} who were in work`}, ${p.out} worked outside their province, ${p.inProvince} elsewhere in their province and ${p.inCounty} in their home county.`,

  // Needs attention (需要关注)
  attentionTitle: (place) => `Needs attention · ${place}`,
  attentionSeverity: { high: 'High', medium: 'Medium', low: 'Low' },
  attentionSeverityLabel: 'Severity',
  attentionRule: {
    reportMissing: 'Report missing',
    belowTarget: 'Below annual target',
    fellMom: 'Fell on the month before',
    streakEnded: 'Growth streak ended',
    fellYoy: 'Fell on a year before',
    trailingNational: 'Trailing the nation',
  },
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
  kpiAttention: (rules) => `▲ Needs attention (high): ${rules}`,
  attentionUnit: 'persons; ratios in per cent',
  attentionHowText: (p) => [
    'Report missing (high): the province has not reported the month yet.',
    `Below annual target: under ${p.belowHigh} of the target is high, under ${p.belowMedium} medium, any other shortfall low.`,
    `Fell on the month before: a fall of ${p.mom} or more is medium, ${p.momHigh} or more high (not compared across the January restart).`,
    `Growth streak ended (medium): ${p.streak} or more months of month-on-month growth, and no growth this month.`,
    `Fell on a year before: a fall of ${p.yoy} or more on the same month a year before is low, ${p.yoyMedium} or more medium.`,
    `Trailing the nation (low): a year-on-year change ${p.trailing} or more below the national one.`,
    'The rules look at people in work, in key assistance counties and relocated people; the channels for missing reports only. The backend can tune the thresholds in the rules block of /meta.',
  ],
  // Reports not yet received (never drawn as zero)
  notReportedMonths: (region, months) => `${region} has not yet reported ${months}; it is not drawn.`,
  incompleteNational: (month, count) =>
    `The national figure for ${month} is incomplete: ${count === 1 ? 'one province has' : `${count} provinces have`} not yet reported, so it is the sum of the reports received.`,
  notReportedCategories: (region, names) => `${region} has not yet reported: ${names}.`,
  // Panel states and exports (architecture pass)
  stillWaiting: 'Still waiting for the server…',
  exportNothing: 'There are no figures in this chart to show or export.',

  // Provinces side by side (issue 11): the Regions panel's tabs, the tile map, the small multiples
  provincesView: 'Provinces view',
  provincesTab: (tab) => ({ ranking: 'Ranking', map: 'Map', trends: 'Trends' })[tab],
  mapTitle: (category) => `${category} by province: map`,
  multiplesTitle: (category) => `${category} by province: monthly trends`,
  mapMetric: (metric, compare) =>
    metric === 'value'
      ? 'Persons'
      : metric === 'attainment'
        ? 'Attained'
        : compare === 'mom'
          ? 'Change on the month before'
          : 'Change on a year earlier',
  mapNotCovered: 'not covered',
  mapTile: (name, metric, shown) => `${name} – ${metric}: ${shown}`,
  mapTileNotCovered: (name) => `${name}: not covered`,
  mapTargetBreak: (pct) => `${pct}: annual target met`,
  mapTiles: (metric) => `Provinces by ${metric.toLowerCase()}`,
  multiplesRatio: (kind) => (kind === 'attainment' ? 'Attained' : 'Share of the first month'),
  multiplesTile: (name, month, ratio, shown) => `${name} – ${ratio.toLowerCase()} in ${month}: ${shown}`,
  multiplesBase: "100%: the first month's level",
  compareRegions: 'Compare regions',
  compareAdd: 'Add to the comparison',
  compareAddPlaceholder: 'Add…',
  compareRemove: (region) => `Remove ${region}`,
  compareAxis: 'Compare by',
  compareAxisName: (axis, first) => (axis === 'attainment' ? 'Share of the annual target' : `Share of ${first}`),
  summaryCompare: (p) => {
    const shown = p.items.map((i) => `${i.shown} ${enWhere(i.place)}`)
    return p.axis === 'attainment'
      ? `By the end of ${p.end}, attainment of the annual target stood at ${enList(shown)}.`
      : `By the end of ${p.end}, measured against ${p.first}, the number stood at ${enList(shown)}.`
  },
  multiplesScale: (low, high) => `One scale in every chart: ${low} to ${high}`,
  summaryMultiples: (p) => {
    const { total: n, grew, behind } = p
    const one = (c: ProvinceCount) => c.names[0]
    let g: string
    if (grew === 'restart') g = 'the yearly count restarted in January, so no province is compared with December'
    else if (grew === 'first') g = 'the data begin this month, so no province has an earlier month to compare with'
    else if (n === 1)
      g = `only ${one(grew) ?? ''} had figures, and ${grew.count === 1 ? 'grew' : 'did not grow'} month on month`
    else
      g =
        grew.count === 1
          ? `one of the ${enCount(n)} provinces, ${one(grew)}, grew month on month`
          : enOfTotal(grew.count, n, 'provinces', { met: 'grew month on month', notYet: 'grew month on month' })
    const counted = typeof grew === 'object' && n > 1
    let b = ''
    if (behind) {
      b =
        n === 1
          ? behind.count === 1
            ? ' but had not yet met its annual target'
            : ' and had met its annual target'
          : behind.count === 1
            ? `; one${counted ? '' : ` of the ${enCount(n)} provinces`}, ${one(behind)}, had not yet met its annual target`
            : behind.count === 0
              ? `; ${counted ? 'every one' : `all ${enCount(n)} provinces`} had met ${counted ? 'its' : 'their'} annual target`
              : behind.count === n
                ? `; none${counted ? '' : ` of the ${enCount(n)} provinces`} had yet met ${counted ? 'its' : 'their'} annual target`
                : `; ${enCount(behind.count)}${counted ? '' : ` of the ${enCount(n)} provinces`} had not yet met their annual target`
    }
    return `By the end of ${p.end}, ${g}${b}.`
  },
}

export const messages: Record<Lang, Messages> = { zh, en }

export const LangContext = createContext<Lang>('zh')

export function useLang(): Lang {
  return useContext(LangContext)
}

export function useMessages(): Messages {
  return messages[useContext(LangContext)]
}
