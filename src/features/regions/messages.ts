/** The Regions panel's messages (the ranking, the tile map, the small multiples), in Chinese and English. */
import { defineMessages } from '../../lib/defineMessages'
import { enCount, enList, enOfTotal, zhList } from '../../lib/grammar'
import type { ProvincesView } from '../../lib/view'
import { messages as panel } from '../../panel/messages'
import type { RankMetric } from './regions'

/** A count of provinces for the small multiples' sentence; `names` lists them (for the count of one). */
export interface ProvinceCount {
  count: number
  names: string[]
}

const zh = {
  ...panel.zh,

  regionsNeedFullScope: (scope: string) => `各省比较需要查看全部省份的权限；您的查看范围：${scope}。`,
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
  /** 截至2024年8月底，各省份…按人数排列，云南居首（329.5万人），福建居末（6.6万人）；25个省份中14个已完成年度目标任务。 */
  summaryRegions: (p: {
    end: string
    subject: string
    metric: RankMetric
    compare: 'mom' | 'yoy'
    top: { name: string; shown: string }
    bottom: { name: string; shown: string } | null
    met: { count: number; total: number; names: string[] } | null
    /** provinces that have not reported the month: named at the end, never ranked or counted */
    missing: string[]
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
    const missing = p.missing.length ? `；${zhList(p.missing)}尚未上报` : ''
    return `截至${p.end}底，${rank}${met}${missing}。`
  },
  /** 「尚未完成年度目标任务的11个省份：河南（98.2%）、甘肃（96.5%）……。」 */
  regionsBelowTarget: (items: { name: string; pct: string }[]) => {
    const list = items.map((i) => `${i.name}（${i.pct}）`).join('、')
    return items.length === 1
      ? `尚未完成年度目标任务的省份：${list}。`
      : `尚未完成年度目标任务的${items.length}个省份：${list}。`
  },
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
  /** a tile whose province reports the category but has not yet reported the month (not 不适用: glossary rule 6) */
  mapTileNotReported: (name: string) => `${name}：尚未上报`,
  mapTargetBreak: (pct: string) => `${pct}即完成年度目标任务`,
  mapTiles: (metric: string) => `各省份${metric}`,
  /** what a small multiple's line shows: attainment of the province's target, or its value against its first month */
  multiplesRatio: (kind: 'attainment' | 'index'): string => (kind === 'attainment' ? '完成率' : '与首月之比'),
  multiplesTile: (name: string, month: string, ratio: string, shown: string) => `${name}：${month}${ratio}${shown}`,
  multiplesTileNotReported: (name: string, month: string) => `${name}：${month}尚未上报`,
  multiplesTipNotReported: (month: string) => `${month}尚未上报`,
  /** the legend's key to a tile whose latest month is not reported (its number replaced, its line left short) */
  multiplesNotReportedKey: (label: string) => `${label}：最新月份尚未上报`,
  multiplesBase: '100%即首月水平',
  multiplesScale: (low: string, high: string) => `各图纵轴相同：${low}至${high}`,
  /** 截至2024年8月底，25个省份中19个环比增长，3个尚未完成年度目标任务。 */
  summaryMultiples: (p: {
    end: string
    total: number
    /** null when the end month is not compared with the month before: why */
    grew: ProvinceCount | 'restart' | 'first'
    /** null for a category without targets */
    behind: ProvinceCount | null
    /** provinces that have not reported the end month: in no count, named */
    missing: string[]
    /** provinces that have not reported the month before: not compared, named */
    notCompared: string[]
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
    const sep = b ? '；' : '，'
    const missing = p.missing.length ? `${sep}${zhList(p.missing)}尚未上报` : ''
    const notCompared = p.notCompared.length ? `${sep}${zhList(p.notCompared)}上月尚未上报，未作比较` : ''
    return `截至${p.end}底，${g}${b}${missing}${notCompared}。`
  },
  /** no province can be compared: none reported the end month, or the month before */
  summaryMultiplesNone: (p: { end: string; missing: string[]; notCompared: string[] }) =>
    `截至${p.end}底，没有可比的省份：${[
      ...(p.missing.length ? [`${zhList(p.missing)}尚未上报`] : []),
      ...(p.notCompared.length ? [`${zhList(p.notCompared)}上月尚未上报`] : []),
    ].join('，')}。`,
}

export const messages = defineMessages(zh, {
  ...panel.en,

  regionsNeedFullScope: (scope) => `Comparing provinces needs access to every province; you may view: ${scope}.`,
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
    const missing = p.missing.length ? `; ${enList(p.missing)} had not yet reported` : ''
    return `By the end of ${p.end}, ${rank}${met}${missing}.`
  },
  regionsBelowTarget: (items) => {
    const list = enList(items.map((i) => `${i.name} (${i.pct})`))
    return items.length === 1
      ? `One province was below its annual target: ${list}.`
      : `The ${enCount(items.length)} provinces below their annual targets: ${list}.`
  },
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
  mapTileNotReported: (name) => `${name}: not yet reported`,
  mapTargetBreak: (pct) => `${pct}: annual target met`,
  mapTiles: (metric) => `Provinces by ${metric.toLowerCase()}`,
  multiplesRatio: (kind) => (kind === 'attainment' ? 'Attained' : 'Share of the first month'),
  multiplesTile: (name, month, ratio, shown) => `${name} – ${ratio.toLowerCase()} in ${month}: ${shown}`,
  multiplesTileNotReported: (name, month) => `${name}: ${month} not yet reported`,
  multiplesTipNotReported: (month) => `${month}: not yet reported`,
  multiplesNotReportedKey: (label) => `${label}: latest month not yet reported`,
  multiplesBase: "100%: the first month's level",
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
    const missing = p.missing.length ? `; ${enList(p.missing)} had not yet reported` : ''
    const notCompared = p.notCompared.length
      ? `; ${enList(p.notCompared)} had not reported the month before, so ${p.notCompared.length === 1 ? 'it was' : 'they were'} not compared`
      : ''
    return `By the end of ${p.end}, ${g}${b}${missing}${notCompared}.`
  },
  summaryMultiplesNone: (p) =>
    `By the end of ${p.end}, no province could be compared: ${[
      ...(p.missing.length ? [`${enList(p.missing)} had not yet reported`] : []),
      ...(p.notCompared.length ? [`${enList(p.notCompared)} had not reported the month before`] : []),
    ].join('; ')}.`,
})
