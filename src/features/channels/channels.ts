/** Where a region's workers work: the three channels, and two parts of within-the-county work. */
import type { Channels } from '../../api/channels'
import { CHANNEL_IDS, IN_COUNTY_PART_IDS, type CategoryId } from '../../api/common'
import type { Meta } from '../../api/meta'
import type { TableData } from '../../charts/table'
import { formatMonth, formatPercent, type Lang } from '../../lib/format'
import { messages } from '../../lib/i18n'
import { categoryName } from '../../lib/names'

const CHANNELS = CHANNEL_IDS
const IN_COUNTY_PARTS = IN_COUNTY_PART_IDS

export interface ChannelRow {
  category: CategoryId
  name: string
  value: number
  /** share of the region's total */
  share: number
  /** a part of within-the-county work rather than a channel of its own */
  part: boolean
}

export function buildChannelRows(data: Channels, meta: Meta, lang: Lang): ChannelRow[] {
  return [...CHANNELS, ...IN_COUNTY_PARTS].flatMap((category) => {
    const item = data.items.find((i) => i.category === category)
    if (!item) return []
    return [
      {
        category,
        name: categoryName(meta, category, lang),
        value: item.value,
        share: data.total > 0 ? item.value / data.total : 0,
        part: (IN_COUNTY_PARTS as readonly string[]).includes(category),
      },
    ]
  })
}

export function channelsTable(rows: ChannelRow[], lang: Lang): TableData {
  const t = messages[lang]
  return {
    columns: [
      { key: 'name', label: t.category, kind: 'text' },
      { key: 'value', label: t.value, kind: 'persons' },
      { key: 'share', label: t.channelsShare, kind: 'ratio' },
    ],
    rows: rows.map(({ name, value, share }) => ({ name, value, share })),
  }
}

/** Null when the three channels are not all there to describe. */
export function channelsSummary(rows: ChannelRow[], month: string, region: string, lang: Lang): string | null {
  const share = (c: CategoryId) => rows.find((r) => r.category === c)?.share
  const [out, inProvince, inCounty] = CHANNELS.map(share)
  if (out === undefined || inProvince === undefined || inCounty === undefined) return null
  return messages[lang].summaryChannels({
    month: formatMonth(month, lang),
    region,
    out: formatPercent(out, lang),
    inProvince: formatPercent(inProvince, lang),
    inCounty: formatPercent(inCounty, lang),
  })
}
