/** Where a region's workers work: the three channels, and two parts of within-the-county work. */
import type { Channels } from '../../api/channels'
import { CHANNEL_IDS, IN_COUNTY_PART_IDS, type CategoryId } from '../../api/common'
import type { Meta } from '../../api/meta'
import type { TableData } from '../../lib/table'
import { formatMonth, formatPercent, formatPersonsProse, type Lang } from '../../lib/format'
import { categoryName, placeOf } from '../../lib/names'
import type { View } from '../../lib/view'
import { messages } from './messages'

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

/**
 * The channels and, marked as such, the two parts of in-county work: labelled 「其中：…」 / "of which: …" and with
 * the channel they belong to, so that a table or CSV read on its own never adds them to the three channels.
 */
export function channelsTable(rows: ChannelRow[], lang: Lang): TableData {
  const t = messages[lang]
  const inCounty = rows.find((r) => r.category === 'in_county')?.name ?? null
  return {
    columns: [
      { key: 'name', label: t.category, kind: 'text' },
      { key: 'partOf', label: t.channelsPartOf, kind: 'text' },
      { key: 'value', label: t.value, kind: 'persons' },
      { key: 'share', label: t.channelsShare, kind: 'ratio' },
    ],
    rows: rows.map(({ name, value, share, part }) => ({
      name: part ? t.channelsPart(name) : name,
      partOf: part ? inCounty : null,
      value,
      share,
    })),
  }
}

/**
 * Null when the three channels are not all there to describe. The figures are by home province (people from
 * Yunnan who work outside it), so the sentence never says where in the region people work:
 * 「截至2024年8月底，云南脱贫人口务工就业规模为329.5万人，其中省外务工占36.0%，…」
 */
export function channelsSummary(
  rows: ChannelRow[],
  total: number,
  meta: Meta,
  view: Pick<View, 'lang' | 'region' | 'to'>,
): string | null {
  const { lang } = view
  const share = (c: CategoryId) => rows.find((r) => r.category === c)?.share
  const [out, inProvince, inCounty] = CHANNELS.map(share)
  if (out === undefined || inProvince === undefined || inCounty === undefined) return null
  return messages[lang].summaryChannels({
    end: formatMonth(view.to, lang, 'full'),
    place: placeOf(meta, view.region, lang),
    total: formatPersonsProse(total, lang),
    out: formatPercent(out, lang),
    inProvince: formatPercent(inProvince, lang),
    inCounty: formatPercent(inCounty, lang),
  })
}

/**
 * Whether the three channels' shares, each rounded as shown (to 0.1%), add up to other than 100%: then the panel says
 * so, as statistical bulletins do (因四舍五入…), rather than bend one share away from its own rounding.
 */
export function sharesMissRounding(rows: readonly ChannelRow[]): boolean {
  const channels = rows.filter((r) => (CHANNELS as readonly string[]).includes(r.category))
  if (channels.length !== CHANNELS.length) return false
  const shownPerMille = channels.reduce((sum, r) => sum + Math.round(r.share * 1000), 0)
  return shownPerMille !== 1000
}
