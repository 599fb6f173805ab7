/** The channels panel's messages, in Chinese and English, with the panel's and the shared words. */
import { defineMessages } from '../../lib/defineMessages'
import type { Place } from '../../lib/names'
import { messages as panel } from '../../panel/messages'

const zh = {
  ...panel.zh,

  channelsTitle: (region: string) => `${region}脱贫人口务工去向`,
  channelsShare: '占比',
  channelsRounding: '因四舍五入，各去向占比之和可能不等于100%。',
  channelsPart: (name: string) => `其中：${name}`,
  channelsPartOf: '所属渠道',
  /** 截至2024年8月底，全国脱贫人口务工就业规模为3295.3万人，其中省外务工占36.0%，… */
  summaryChannels: (p: {
    end: string
    place: Place
    total: string
    out: string
    inProvince: string
    inCounty: string
    /** a clause per figure that is a sum of the reports received (channelsIncompleteClause) */
    incomplete: string[]
  }) =>
    `截至${p.end}底，${p.place.name}脱贫人口务工就业规模为${p.total}，其中省外务工占${p.out}，省内县外务工占${p.inProvince}，县内务工占${p.inCounty}${p.incomplete.map((c) => `；${c}`).join('')}。`,
  /** 就业帮扶车间数据不完整（西藏尚未上报），占1.5%为按已上报省份之和计算 */
  channelsIncompleteClause: (name: string, missing: string, share: string) =>
    `${name}数据不完整（${missing}），占${share}为按已上报省份之和计算`,
  /** a bar's second line when its figure is incomplete */
  channelsIncompleteLabel: (missing: string) => `不完整：${missing}`,
  /** a value label whose figure (and so share) is incomplete */
  channelsIncompleteValue: (value: string) => `${value}（不完整）`,
  notReportedCategories: (region: string, names: string) => `${region}尚未上报：${names}。`,
}

export const messages = defineMessages(zh, {
  ...panel.en,

  channelsTitle: (region) => `Where people work, ${region}`,
  channelsShare: 'Share',
  channelsRounding: 'Shares are rounded, so they may not add up to 100%.',
  channelsPart: (name) => `of which: ${name}`,
  channelsPartOf: 'Part of',
  summaryChannels: (p) =>
    `At the end of ${p.end}, of the ${p.total} people lifted out of poverty ${p.place.national ? 'in work nationwide' : `from ${p.place.name} who were in work`}, ${p.out} worked outside their province, ${p.inProvince} elsewhere in their province and ${p.inCounty} in their home county${p.incomplete.map((c) => `; ${c}`).join('')}.`,
  channelsIncompleteClause: (name, missing, share) =>
    `the figure for ${name.charAt(0).toLowerCase()}${name.slice(1)} is incomplete (${missing}), so its share of ${share} is that of the reports received`,
  channelsIncompleteLabel: (missing) => `Incomplete: ${missing}`,
  channelsIncompleteValue: (value) => `${value} (incomplete)`,
  notReportedCategories: (region, names) => `${region} has not yet reported: ${names}.`,
})
