/**
 * Every message the app shows, in Chinese and English. `en` is typed by `zh`, so a message missing in either
 * language, or taking different arguments, fails the type check. Numbers and months reach these messages already
 * formatted (format.ts), so the messages only place them.
 */
import { createContext, useContext } from 'react'
import type { Lang } from './format'

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
  dismiss: '关闭',
  listSeparator: '、',

  kpiTotal: '务工就业规模',
  kpiStreak: '增长势头',
  kpiKeyCounty: '重点帮扶县',
  kpiRelocated: '易地搬迁脱贫人口',
  kpiMonthUnit: (region: string, month: string, unit: string) => `${region} · ${month} · 单位：${unit}`,
  kpiTarget: (target: string, pct: string) => `年度目标 ${target}，完成 ${pct}`,
  kpiAboveTarget: (delta: string, points: string) => `超出年度目标 ${delta}（${points}）`,
  kpiBelowTarget: (delta: string, points: string) => `距年度目标还差 ${delta}（${points}）`,
  kpiChange: (kind: string, delta: string, pct: string) => `${kind} ${delta}（${pct}）`,
  kpiNoComparison: (kind: string) => `${kind}：无可比数据`,
  kpiStreakValue: (n: number) => `连续${n}个月`,
  kpiStreakDetail: (period: string) => `${period}环比增长`,
  kpiNoStreak: '本月未环比增长',
  kpiStreakUnit: (region: string, month: string) => `${region} · 截至${month} · 环比`,
  notCovered: (category: string, region: string) => `${region}没有“${category}”数据。`,

  trendTitle: (category: string, region: string) => `${region}${category}月度趋势`,
  trendCurrent: '本期',
  trendPreviousYear: '上年同期',
  trendTarget: '年度目标',
  trendStreak: '连续增长',
  approximate: (name: string) => `${name}（时间为约数）`,
  annotationsFailed: '活动时段未能加载。',
  mom: '环比',
  yoy: '同比',

  targetsTitle: (region: string) => `${region}分类目标完成情况`,
  targetsActual: '实际',
  targetsTarget: '年度目标',
  targetsAttainment: '完成率',

  regionsTitle: (category: string) => `各省份${category}排名`,
  regionsSort: '排序',
  regionsByValue: '按规模',
  regionsByAttainment: '按目标完成率',
  regionsByChange: (kind: string) => `按${kind}变化`,
  regionsHint: '点击省份可切换地区',
  regionsSelect: (region: string) => `查看${region}`,

  channelsTitle: (region: string) => `${region}就业渠道`,
  channelsShare: '占比',
  channelsPart: (name: string) => `其中：${name}`,

  dataTable: '数据表',
  exportPng: '导出 PNG',
  exportDashboard: '导出整页 PNG',
  exportCsv: '导出 CSV',
  exportUnavailable: '数据加载完成后才能查看数据表或导出。',
  exportFailed: '导出失败，请重试。',
  exportUnsettled: '仍有面板在加载，整页未能导出。请稍后重试。',
  exportFilters: (p: { region: string; category: string; period: string; compare: string }) =>
    `地区：${p.region} · 类别：${p.category} · 时期：${p.period} · 对比：${p.compare}`,
  exportUnit: (unit: string) => `单位：${unit}`,
  exportSource: (source: string) => `来源：${source}`,
  exportedAt: (time: string) => `导出时间：${time}`,
  month: '月份',
  value: '数值',

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

  summaryTrend: (p: {
    period: string
    region: string
    category: string
    streak: number
    end: string
    value: string
    pct: string | null
  }) =>
    `${p.period}，${p.region}${p.category}规模${p.streak > 0 ? `连续${p.streak}个月环比增长` : '未能保持环比增长'}，${p.end}底达${p.value}人${p.pct ? `，完成年度目标的${p.pct}` : ''}。`,
  summaryTargets: (p: { month: string; region: string; count: number; met: number; best: string; pct: string }) =>
    `${p.month}，${p.region}${p.count}项有年度目标的指标中${p.met}项已完成目标，完成率最高的是${p.best}（${p.pct}）。`,
  summaryRegions: (p: {
    month: string
    category: string
    top: string
    topValue: string
    bottom: string
    bottomValue: string
    met: number | null
  }) =>
    `${p.month}，${p.category}规模最大的省份是${p.top}（${p.topValue}），最小的是${p.bottom}（${p.bottomValue}）${p.met === null ? '' : `；${p.met}个省份已完成年度目标`}。`,
  summaryChannels: (p: { month: string; region: string; out: string; inProvince: string; inCounty: string }) =>
    `${p.month}，${p.region}务工的脱贫人口中${p.out}在省外，${p.inProvince}在省内县外，${p.inCounty}在县内。`,

  // Panel states and exports (architecture pass)
  stillWaiting: '仍在等待服务器响应…',
  exportNothing: '此图没有可显示或导出的数据。',
  exportStillLoading: '正在加载的面板在整页图片中标为“正在加载”。',
}

export type Messages = typeof zh

const en: Messages = {
  appTitle: 'Employment Assistance Monitor',
  appSubtitle: 'Monthly employment of the population lifted out of poverty',
  asOf: (month) => `Data as of end of ${month}`,
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
  dismiss: 'Dismiss',
  listSeparator: ', ',

  kpiTotal: 'Employment',
  kpiStreak: 'Growth streak',
  kpiKeyCounty: 'Key assistance counties',
  kpiRelocated: 'Relocated population',
  kpiMonthUnit: (region, month, unit) => `${region} · ${month} · unit: ${unit}`,
  kpiTarget: (target, pct) => `Annual target ${target}, ${pct} attained`,
  kpiAboveTarget: (delta, points) => `${delta} (${points}) above the annual target`,
  kpiBelowTarget: (delta, points) => `${delta} (${points}) short of the annual target`,
  kpiChange: (kind, delta, pct) => `${kind} ${delta} (${pct})`,
  kpiNoComparison: (kind) => `${kind}: nothing to compare with`,
  kpiStreakValue: (n) => `${n} ${n === 1 ? 'month' : 'consecutive months'}`,
  kpiStreakDetail: (period) => `month-on-month growth, ${period}`,
  kpiNoStreak: 'No month-on-month growth this month',
  kpiStreakUnit: (region, month) => `${region} · to ${month} · month on month`,
  notCovered: (category, region) => `${region} has no “${category}” figures.`,

  trendTitle: (category, region) => `Monthly trend: ${category}, ${region}`,
  trendCurrent: 'This period',
  trendPreviousYear: 'Same month last year',
  trendTarget: 'Annual target',
  trendStreak: 'Growth streak',
  approximate: (name) => `${name} (approximate dates)`,
  annotationsFailed: 'Programme periods could not be loaded.',
  mom: 'MoM',
  yoy: 'YoY',

  targetsTitle: (region) => `Targets by category, ${region}`,
  targetsActual: 'Actual',
  targetsTarget: 'Annual target',
  targetsAttainment: 'Attainment',

  regionsTitle: (category) => `Provinces ranked: ${category}`,
  regionsSort: 'Sort',
  regionsByValue: 'By value',
  regionsByAttainment: 'By target attainment',
  regionsByChange: (kind) => `By change, ${kind}`,
  regionsHint: 'Click a province to select it',
  regionsSelect: (region) => `Show ${region}`,

  channelsTitle: (region) => `Employment channels, ${region}`,
  channelsShare: 'Share',
  channelsPart: (name) => `of which: ${name}`,

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
  value: 'Value',

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

  summaryTrend: (p) =>
    `${p.period}, ${p.category} (${p.region}) ${p.streak > 0 ? `grew month on month for ${p.streak} consecutive month${p.streak === 1 ? '' : 's'}` : 'did not keep growing month on month'}, reaching ${p.value} at the end of ${p.end}${p.pct ? `, ${p.pct} of the annual target` : ''}.`,
  summaryTargets: (p) =>
    `In ${p.month}, ${p.region} had met ${p.met} of ${p.count} annual targets; the highest attainment was ${p.best} (${p.pct}).`,
  summaryRegions: (p) =>
    `In ${p.month}, the largest ${p.category} figure was ${p.top} (${p.topValue}) and the smallest ${p.bottom} (${p.bottomValue})${p.met === null ? '' : `; ${p.met} provinces had met their annual target`}.`,
  summaryChannels: (p) =>
    `In ${p.month}, of the poverty-alleviated people in work in ${p.region}, ${p.out} worked outside the province, ${p.inProvince} in the province outside their county and ${p.inCounty} within their county.`,

  // Panel states and exports (architecture pass)
  stillWaiting: 'Still waiting for the server…',
  exportNothing: 'There are no figures in this chart to show or export.',
  exportStillLoading: 'Panels still loading are marked as loading in the dashboard picture.',
}

export const messages: Record<Lang, Messages> = { zh, en }

export const LangContext = createContext<Lang>('zh')

export function useLang(): Lang {
  return useContext(LangContext)
}

export function useMessages(): Messages {
  return messages[useContext(LangContext)]
}
