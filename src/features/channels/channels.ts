/** Where a region's workers work: the three channels, and two parts of within-the-county work. */
import type { Channels } from '../../api/channels'
import { CHANNEL_IDS, IN_COUNTY_PART_IDS, type CategoryId } from '../../api/common'
import type { Meta } from '../../api/meta'
import type { TableData } from '../../lib/table'
import { formatMonth, formatPercent, formatPersonsProse, type Lang } from '../../lib/format'
import { categoryName, placeOf } from '../../lib/names'
import { channelsReports, type ReportsContext } from '../../lib/reports'
import { missingText } from '../../lib/reportsText'
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
  /**
   * who has not reported, in words, when the figure is a national sum of the reports received (lib/reports.ts): its
   * value and share are then of the reports received, and say so; null when complete
   */
  incomplete: string | null
}

/** A category the region reports but has not yet reported this month: a row of its own, without a number. */
export interface AbsentChannel {
  category: CategoryId
  name: string
  part: boolean
}

const isPart = (category: CategoryId) => (IN_COUNTY_PARTS as readonly string[]).includes(category)

export function buildChannelRows(
  data: Channels,
  meta: Meta,
  lang: Lang,
  reports: ReportsContext = { nationalId: meta.nationalId },
): ChannelRow[] {
  const { incomplete } = channelsReports(data, reports)
  return [...CHANNELS, ...IN_COUNTY_PARTS].flatMap((category) => {
    const item = data.items.find((i) => i.category === category)
    if (!item) return []
    const missing = incomplete.get(category)
    return [
      {
        category,
        name: categoryName(meta, category, lang),
        value: item.value,
        share: data.total > 0 ? item.value / data.total : 0,
        part: isPart(category),
        incomplete: missing ? missingText(missing, meta, lang) : null,
      },
    ]
  })
}

/** The categories the region has not yet reported this month, in the panel's order. */
export function absentChannels(data: Channels, meta: Meta, lang: Lang): AbsentChannel[] {
  const absent = new Set(channelsReports(data, { nationalId: meta.nationalId }).absent)
  return [...CHANNELS, ...IN_COUNTY_PARTS]
    .filter((category) => absent.has(category))
    .map((category) => ({ category, name: categoryName(meta, category, lang), part: isPart(category) }))
}

/**
 * The channels and, marked as such, the two parts of in-county work: labelled 「其中：…」 / "of which: …" and with
 * the channel they belong to, so that a table or CSV read on its own never adds them to the three channels.
 */
export function channelsTable(rows: ChannelRow[], lang: Lang, absent: AbsentChannel[] = []): TableData {
  const t = messages[lang]
  const inCounty = rows.find((r) => r.category === 'in_county')?.name ?? null
  // a status column as soon as one figure is incomplete or missing: never a number alone
  const status = absent.length > 0 || rows.some((r) => r.incomplete !== null)
  return {
    columns: [
      { key: 'name', label: t.category, kind: 'text' },
      { key: 'partOf', label: t.channelsPartOf, kind: 'text' },
      { key: 'value', label: t.value, kind: 'persons' },
      { key: 'share', label: t.channelsShare, kind: 'ratio' },
      ...(status ? [{ key: 'status', label: t.statusLabel, kind: 'text' as const }] : []),
    ],
    rows: [
      ...rows.map(({ name, value, share, part, incomplete }) => ({
        name: part ? t.channelsPart(name) : name,
        partOf: part ? inCounty : null,
        value,
        share,
        ...(status ? { status: incomplete ? t.statusIncomplete(incomplete) : t.statusComplete } : {}),
      })),
      ...absent.map(({ name, part }) => ({
        name: part ? t.channelsPart(name) : name,
        partOf: part ? inCounty : null,
        value: null,
        share: null,
        status: t.notReported,
      })),
    ],
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
  const t = messages[lang]
  // figures that are sums of the reports received are named, and so are their shares (lib/reports.ts)
  const incomplete = rows
    .filter((r) => r.incomplete !== null)
    .map((r) => t.channelsIncompleteClause(r.name, r.incomplete!, formatPercent(r.share, lang)))
  return t.summaryChannels({
    end: formatMonth(view.to, lang, 'full'),
    place: placeOf(meta, view.region, lang),
    total: formatPersonsProse(total, lang),
    out: formatPercent(out, lang),
    inProvince: formatPercent(inProvince, lang),
    inCounty: formatPercent(inCounty, lang),
    incomplete,
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
