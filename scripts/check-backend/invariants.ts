/**
 * What a faithful data set keeps (facts.md, "Invariants"), checked across the answers the checker collected: pure
 * functions of those answers, each judgement reported through `note` with the URL that shows it.
 */
import type { Annotations } from '../../src/api/annotations'
import type { Channels } from '../../src/api/channels'
import { CHANNEL_IDS, IN_COUNTY_PART_IDS, type CategoryId } from '../../src/api/common'
import type { Meta } from '../../src/api/meta'
import type { Monitoring } from '../../src/api/monitoring'
import type { RegionsData } from '../../src/api/regions'
import { monthsBetween, type RegionsSeries } from '../../src/api/regionsSeries'
import type { Series } from '../../src/api/series'
import type { Targets } from '../../src/api/targets'
import type { CheckId } from './report'

export interface Answer<T> {
  data: T
  url: string
}

export interface Collected {
  meta: Answer<Meta>
  /** the regions the signed-in user may see (/me): the answers are about these alone */
  scope: readonly string[]
  /** every series answer, with the period it was asked for */
  series: (Answer<Series> & { from: string; to: string })[]
  regions: Answer<RegionsData>[]
  targets: Answer<Targets>[]
  channels: Answer<Channels>[]
  annotations: (Answer<Annotations> & { from: string; to: string })[]
  /** every province's series of a category (the Regions panel's small multiples) */
  regionsSeries: Answer<RegionsSeries>[]
  /** every category's figures over a month and the twelve before it (Needs attention) */
  monitoring: Answer<Monitoring>[]
}

/** One judgement: `ok`, or a finding whose message is built only when it failed. */
export type Note = (check: CheckId, ok: boolean, message: () => string, url?: string) => void

/** What is wrong with a list of months that should run in order with no gap, each once; undefined when nothing. */
export function monthsProblem(months: readonly string[]): string | undefined {
  const twice = months.find((m, i) => months.indexOf(m) !== i)
  if (twice) return `months list ${twice} twice`
  const back = months.findIndex((m, i) => i > 0 && m < months[i - 1])
  if (back >= 0) return `months are out of order: ${months[back]} comes after ${months[back - 1]}`
  const gap = months.findIndex((m, i) => i > 0 && nextMonth(months[i - 1]) !== m)
  if (gap < 0) return undefined
  const missing = monthsBetween(nextMonth(months[gap - 1]), months[gap]).slice(0, -1)
  const named = missing.length === 1 ? `${missing[0]} is` : `${missing[0]} … ${missing[missing.length - 1]} are`
  return `months have a gap: ${named} missing between ${months[gap - 1]} and ${months[gap]}`
}

/**
 * /meta with the months the data runs over: every month from its first to its last. When /meta's own list is out of
 * order, repeats a month or has a gap, that is reported once, as /meta's fault (checkMeta); every other answer is
 * judged against the months the data has, not blamed for /meta's mistake.
 */
export function withDataMonths(meta: Meta): Meta {
  if (monthsProblem(meta.months) === undefined) return meta
  const sorted = [...meta.months].sort()
  return { ...meta, months: monthsBetween(sorted[0], sorted[sorted.length - 1]) }
}

export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}
const yearBefore = (month: string) => `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`
const fmt = (n: number | null | undefined) =>
  n === undefined ? 'nothing' : n === null ? 'null' : n.toLocaleString('en')

export function checkMeta({ data: meta, url }: Answer<Meta>, note: Note) {
  const { months } = meta
  const problem = monthsProblem(months)
  note('meta', problem === undefined, () => problem!, url)
  const last = [...months].sort()[months.length - 1]
  note(
    'meta',
    meta.asOf === last || !months.includes(meta.asOf),
    () =>
      `asOf ${meta.asOf} is not the last month of the data, ${last}: the dashboard opens on the as-of month, and ` +
      'would leave the later months out of its first view',
    url,
  )
  note('meta', months.includes(meta.asOf), () => `asOf ${meta.asOf} is not among the months`, url)
  const regionIds = meta.regions.map((r) => r.id)
  const repeated = regionIds.find((id, i) => regionIds.indexOf(id) !== i)
  note('meta', repeated === undefined, () => `region ${repeated} is listed twice`, url)
  note('meta', regionIds.includes(meta.nationalId), () => `nationalId ${meta.nationalId} is not among the regions`, url)
  const categoryIds = meta.categories.map((c) => c.id)
  const repeatedCategory = categoryIds.find((id, i) => categoryIds.indexOf(id) !== i)
  note('meta', repeatedCategory === undefined, () => `category ${repeatedCategory} is listed twice`, url)
  for (const c of meta.categories) {
    note(
      'meta',
      c.parent === null || (c.parent !== c.id && categoryIds.includes(c.parent)),
      () => `category ${c.id} has parent ${c.parent}, which is not another category of /meta`,
      url,
    )
    const unknown = c.coverage.filter((id) => !regionIds.includes(id))
    note(
      'meta',
      unknown.length === 0,
      () => `category ${c.id} is reported by unknown regions ${unknown.join(', ')}`,
      url,
    )
  }
}

/** The figures the series answers gave, by region, category and month. */
class Figures {
  private readonly points = new Map<string, Series['points'][number]>()
  constructor(series: Collected['series']) {
    for (const { data } of series) {
      for (const p of data.points) this.points.set(`${data.region}|${data.category}|${p.month}`, p)
    }
  }
  point(region: string, category: string, month: string) {
    return this.points.get(`${region}|${category}|${month}`)
  }
  value(region: string, category: string, month: string): number | undefined {
    return this.point(region, category, month)?.value
  }
  /** what previousMonth / previousYear should be: the figure, or null when the data has no such month */
  earlier(meta: Meta, region: string, category: string, month: string | undefined): number | null | undefined {
    if (month === undefined || !meta.months.includes(month)) return null
    return this.value(region, category, month)
  }
}

const covers = (meta: Meta, category: string, region: string) =>
  meta.categories.find((c) => c.id === category)?.coverage.includes(region) ?? false

/**
 * What is wrong with a series' months, the first thing found, naming the month: each month asked for once, in order,
 * either a point or named not yet reported.
 */
function periodProblem(asked: string[], got: string[], notReported: string[]): string | undefined {
  const twice = got.find((m, i) => got.indexOf(m) !== i)
  if (twice) return `${twice} is sent twice`
  const back = got.findIndex((m, i) => i > 0 && m < got[i - 1])
  if (back >= 0) return `${got[back]} comes after ${got[back - 1]}`
  const stray = got.find((m) => !asked.includes(m))
  if (stray) return `${stray} is not a month asked for`
  const both = got.find((m) => notReported.includes(m))
  if (both) return `${both} is a point and also named not yet reported`
  const strayNotReported = notReported.find((m) => !asked.includes(m))
  if (strayNotReported) return `notReported names ${strayNotReported}, not a month asked for`
  const missing = asked.filter((m) => !got.includes(m) && !notReported.includes(m))
  if (missing.length === 0) return undefined
  if (missing.length === asked.length) return 'every month is missing'
  return `${missing[0]} is missing${missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''}`
}

function checkSeriesPeriods(meta: Meta, c: Collected, note: Note) {
  for (const s of c.series) {
    const asked = meta.months.filter((m) => m >= s.from && m <= s.to)
    const got = s.data.points.map((p) => p.month)
    // A month not yet reported is left out of the points and named in notReported, never sent as a zero.
    const notReported = s.data.notReported ?? []
    if (covers(meta, s.data.category, s.data.region)) {
      const problem = periodProblem(asked, got, notReported)
      note(
        'series-period',
        problem === undefined,
        () => `${problem} (asked ${s.from} … ${s.to}, ${asked.length} months; got ${got.length} points)`,
        s.url,
      )
    } else {
      note(
        'coverage',
        got.length === 0,
        () => `${s.data.region} does not report ${s.data.category} (/meta coverage), yet has ${got.length} points`,
        s.url,
      )
    }
  }
}

function checkProvinceSums(meta: Meta, c: Collected, figures: Figures, note: Note) {
  const provinces = meta.regions.map((r) => r.id).filter((id) => id !== meta.nationalId)
  const seriesUrl = (region: string, category: string) =>
    c.series.find((s) => s.data.region === region && s.data.category === category)?.url
  for (const category of meta.categories) {
    const reporting = provinces.filter((id) => category.coverage.includes(id))
    if (reporting.length === 0) continue
    for (const month of meta.months) {
      const national = figures.value(meta.nationalId, category.id, month)
      const parts = reporting.map((id) => figures.value(id, category.id, month))
      if (national === undefined || parts.some((v) => v === undefined)) continue // a request that failed says so
      const sum = (parts as number[]).reduce((a, b) => a + b, 0)
      note(
        'province-sum',
        sum === national,
        () =>
          `${category.id} ${month}: the provinces’ series add up to ${fmt(sum)}, the national one is ${fmt(national)}`,
        seriesUrl(meta.nationalId, category.id),
      )
    }
    // Annual targets: once per year (a target is the year's).
    if (!category.hasTarget) continue
    const lastOfYear = meta.months.filter((m, i) => meta.months[i + 1]?.slice(0, 4) !== m.slice(0, 4))
    for (const month of lastOfYear) {
      const national = figures.point(meta.nationalId, category.id, month)?.target
      const parts = reporting.map((id) => figures.point(id, category.id, month)?.target)
      if (national == null || parts.some((t) => t === undefined)) continue
      const sum = parts.reduce<number>((a, b) => a + (b ?? 0), 0)
      note(
        'target-sum',
        sum === national,
        () =>
          `${category.id} ${month.slice(0, 4)}: the provinces’ targets add up to ${fmt(sum)}, the national target is ${fmt(national)}`,
        seriesUrl(meta.nationalId, category.id),
      )
    }
  }

  for (const { data, url } of c.regions) {
    const category = meta.categories.find((k) => k.id === data.category)
    if (!category) continue
    const listed = [...data.items.map((i) => i.region), ...(data.notReported ?? [])]
    const expected = provinces.filter((id) => category.coverage.includes(id))
    listsTheReporting(listed, expected, data.category, url, note)
    const national = figures.value(meta.nationalId, data.category, data.month)
    if (national !== undefined) {
      const sum = data.items.reduce((a, i) => a + i.value, 0)
      note(
        'province-sum',
        sum === national,
        () =>
          `${data.category} ${data.month}: the provinces add up to ${fmt(sum)}, the national figure is ${fmt(national)}`,
        url,
      )
    }
    const previous = meta.months[meta.months.indexOf(data.month) - 1]
    for (const item of data.items) {
      const point = figures.point(item.region, data.category, data.month)
      if (!point) continue
      const expectedItem = {
        value: point.value,
        target: point.target,
        previousMonth: figures.earlier(meta, item.region, data.category, previous),
        previousYear: figures.earlier(meta, item.region, data.category, yearBefore(data.month)),
      }
      sameFigures(`${item.region} ${data.category} ${data.month}`, item, expectedItem, url, '/regions', note)
    }
  }
}

/** A list of the regions that report a category: exactly those /meta says (`expected`), each once. */
function listsTheReporting(listed: string[], expected: string[], category: string, url: string, note: Note) {
  const missing = expected.filter((id) => !listed.includes(id))
  const extra = listed.filter((id) => !expected.includes(id))
  note(
    'coverage',
    missing.length === 0 && extra.length === 0,
    () =>
      [
        missing.length ? `missing ${missing.join(', ')}, which /meta says report ${category}` : '',
        extra.length ? `lists ${extra.join(', ')}, which /meta says do not report ${category}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    url,
  )
}

/**
 * Each field the answer gives equals the same figure as the series gave it (undefined: the series did not say).
 * `where` names the answer (/regions, /monitoring, …): the message says which answer disagrees with which.
 */
function sameFigures(
  what: string,
  got: Readonly<Record<string, unknown>>,
  expected: Record<string, number | null | undefined>,
  url: string,
  where: string,
  note: Note,
) {
  const differing = Object.entries(expected).filter(([key, v]) => v !== undefined && got[key] !== v)
  note(
    'same-figure',
    differing.length === 0,
    () =>
      `${what}: ${differing
        .map(([key, v]) => {
          const value = got[key] as number | null
          const wan = typeof value === 'number' && typeof v === 'number' && inWan(value, v)
          return `${key} ${fmt(value)} in ${where}, the series says ${fmt(v)}${wan ? ' (in 万?)' : ''}`
        })
        .join('; ')}`,
    url,
  )
}

/** Channels reported while another is not, adding up to more than the total: their shares pass 100%. */
function channelsOver(reported: readonly string[], sum: number, total: number): string {
  const missing = CHANNEL_IDS.filter((id) => !reported.includes(id))
  const share = total > 0 ? ` (shares adding up to ${((100 * sum) / total).toFixed(1)}%)` : ''
  return (
    `the channels it reports (${reported.join(', ')}; ${missing.join(', ')} not yet reported) add up to ` +
    `${fmt(sum)}, more than the total ${fmt(total)}${share}`
  )
}

function checkChannelsAndParents(meta: Meta, c: Collected, figures: Figures, note: Note) {
  const seriesUrl = (region: string, category: string) =>
    c.series.find((s) => s.data.region === region && s.data.category === category)?.url
  for (const { id: region } of meta.regions) {
    for (const month of meta.months) {
      const total = figures.value(region, 'total', month)
      const reported = CHANNEL_IDS.filter((id) => figures.value(region, id, month) !== undefined)
      if (total === undefined || reported.length === 0) continue
      const sum = reported.reduce((a, id) => a + figures.value(region, id, month)!, 0)
      if (reported.length === CHANNEL_IDS.length) {
        note(
          'channel-sum',
          sum === total,
          () => `${region} ${month}: the three channels’ series add up to ${fmt(sum)}, total is ${fmt(total)}`,
          seriesUrl(region, 'total'),
        )
      } else {
        // a channel not yet reported: the others may add up to less than the total, never to more
        note(
          'channel-sum',
          sum <= total,
          () => `${region} ${month}: ${channelsOver(reported, sum, total)}, in the series of its channels and total`,
          seriesUrl(region, 'total'),
        )
      }
    }
    for (const category of meta.categories) {
      if (category.parent === null) continue
      const over = meta.months.find((month) => {
        const value = figures.value(region, category.id, month)
        const parent = figures.value(region, category.parent!, month)
        return value !== undefined && parent !== undefined && value > parent
      })
      const checked = meta.months.some((m) => figures.value(region, category.id, m) !== undefined)
      if (!checked) continue
      note(
        'parent',
        over === undefined,
        () =>
          `${region} ${over}: ${category.id} ${fmt(figures.value(region, category.id, over!))} is more than its ` +
          `parent ${category.parent} ${fmt(figures.value(region, category.parent!, over!))}`,
        seriesUrl(region, category.id),
      )
    }
    const partsOver = meta.months.find((month) => {
      const inCounty = figures.value(region, 'in_county', month)
      const parts = IN_COUNTY_PART_IDS.map((id) => figures.value(region, id, month))
      return (
        inCounty !== undefined &&
        parts.every((v) => v !== undefined) &&
        (parts as number[]).reduce((a, b) => a + b, 0) > inCounty
      )
    })
    if (figures.value(region, 'in_county', meta.months[0]) !== undefined) {
      note(
        'parent',
        partsOver === undefined,
        () => `${region} ${partsOver}: public_posts + workshops is more than in_county`,
        seriesUrl(region, 'in_county'),
      )
    }
  }

  for (const { data, url } of c.channels) {
    const expected: string[] = [...CHANNEL_IDS, ...IN_COUNTY_PART_IDS].filter((id) => covers(meta, id, data.region))
    const listed: string[] = [...data.items.map((i) => i.category), ...(data.notReported ?? [])]
    note(
      'coverage',
      [...expected].sort().join() === [...listed].sort().join() && new Set(listed).size === listed.length,
      () =>
        `${data.region} ${data.month}: items and not yet reported ${listed.join(', ') || 'none'}; ` +
        `/meta says ${expected.join(', ')}`,
      url,
    )
    const byCategory = new Map(data.items.map((i) => [i.category, i.value]))
    const reported = CHANNEL_IDS.filter((id) => byCategory.has(id))
    const sum = reported.reduce((a, id) => a + byCategory.get(id)!, 0)
    if (reported.length === CHANNEL_IDS.length) {
      note(
        'channel-sum',
        sum === data.total,
        () => `${data.region} ${data.month}: the three channels add up to ${fmt(sum)}, total is ${fmt(data.total)}`,
        url,
      )
    } else if (reported.length > 0) {
      note(
        'channel-sum',
        sum <= data.total,
        () => `${data.region} ${data.month}: ${channelsOver(reported, sum, data.total)}`,
        url,
      )
    }
    const inCounty = byCategory.get('in_county')
    if (inCounty !== undefined) {
      const parts = IN_COUNTY_PART_IDS.reduce((a, id) => a + (byCategory.get(id) ?? 0), 0)
      note(
        'parent',
        parts <= inCounty,
        () =>
          `${data.region} ${data.month}: public_posts + workshops ${fmt(parts)} is more than in_county ${fmt(inCounty)}`,
        url,
      )
    }
    sameFigures(
      `${data.region} ${data.month} total`,
      { total: data.total },
      { total: figures.value(data.region, 'total', data.month) },
      url,
      '/channels',
      note,
    )
    for (const item of data.items) {
      sameFigures(
        `${data.region} ${item.category} ${data.month}`,
        item,
        {
          value: figures.value(data.region, item.category, data.month),
          previousYear: figures.earlier(meta, data.region, item.category, yearBefore(data.month)),
        },
        url,
        '/channels',
        note,
      )
    }
  }
}

function checkTargets(meta: Meta, c: Collected, figures: Figures, note: Note) {
  for (const { data, url } of c.targets) {
    const expected: CategoryId[] = meta.categories
      .filter((k) => k.hasTarget && k.coverage.includes(data.region))
      .map((k) => k.id)
    const listed = data.items.map((i) => i.category)
    note(
      'coverage',
      [...expected].sort().join() === [...listed].sort().join() && new Set(listed).size === listed.length,
      () =>
        `${data.region} ${data.month}: items ${listed.join(', ') || 'none'}; /meta says the categories with a ` +
        `target that it reports are ${expected.join(', ') || 'none'}`,
      url,
    )
    const previous = meta.months[meta.months.indexOf(data.month) - 1]
    for (const item of data.items) {
      const point = figures.point(data.region, item.category, data.month)
      if (!point) continue
      sameFigures(
        `${data.region} ${item.category} ${data.month}`,
        item,
        {
          value: point.value,
          target: point.target,
          previousMonth: figures.earlier(meta, data.region, item.category, previous),
          previousYear: figures.earlier(meta, data.region, item.category, yearBefore(data.month)),
        },
        url,
        '/targets',
        note,
      )
    }
  }
}

/** /regions/series: the provinces that report the category, each with the figures its own /series gives. */
function checkRegionsSeries(meta: Meta, c: Collected, figures: Figures, note: Note) {
  const provinces = meta.regions.map((r) => r.id).filter((id) => id !== meta.nationalId)
  for (const { data, url } of c.regionsSeries) {
    const category = meta.categories.find((k) => k.id === data.category)
    if (!category) continue
    const expected = provinces.filter((id) => category.coverage.includes(id))
    listsTheReporting(
      data.items.map((i) => i.region),
      expected,
      data.category,
      url,
      note,
    )
    for (const item of data.items) {
      for (const p of item.points) {
        const point = figures.point(item.region, data.category, p.month)
        if (!point) continue // no series to compare with: its own request says why
        sameFigures(
          `${item.region} ${data.category} ${p.month}`,
          p,
          { value: point.value, target: point.target },
          url,
          '/regions/series',
          note,
        )
      }
    }
  }
}

/**
 * /monitoring: the data's months up to the month asked (the twelve before it at most), every region in scope that
 * reports each category (the nation included) once, and the same figures as the series.
 */
function checkMonitoring(meta: Meta, c: Collected, figures: Figures, note: Note) {
  const regions = meta.regions.map((r) => r.id)
  for (const { data, url } of c.monitoring) {
    const end = meta.months.indexOf(data.month)
    const expectedMonths = end < 0 ? [] : meta.months.slice(Math.max(0, end - 12), end + 1)
    note(
      'series-period',
      data.months.join() === expectedMonths.join(),
      () =>
        `/monitoring ${data.month}: its months run ${data.months[0]} … ${data.months[data.months.length - 1]} ` +
        `(${data.months.length}); the data’s are ${expectedMonths[0]} … ${data.month} (${expectedMonths.length})`,
      url,
    )
    for (const category of meta.categories) {
      listsTheReporting(
        data.items.filter((i) => i.category === category.id).map((i) => i.region),
        regions.filter((id) => category.coverage.includes(id)),
        category.id,
        url,
        note,
      )
    }
    for (const item of data.items) {
      item.values.forEach((value, k) => {
        const point = figures.point(item.region, item.category, data.months[k])
        // a null where the series has a point (or the reverse) is a contradiction about what is reported: checkReported
        if (!point || value === null) return
        sameFigures(
          `${item.region} ${item.category} ${data.months[k]}`,
          { value },
          { value: point.value },
          url,
          '/monitoring',
          note,
        )
      })
      const last = figures.point(item.region, item.category, data.month)
      if (last) {
        sameFigures(
          `${item.region} ${item.category} ${data.month}`,
          { target: item.target },
          { target: last.target },
          url,
          '/monitoring',
          note,
        )
      }
    }
  }
}

function checkAnnotations(c: Collected, note: Note) {
  for (const { data, url, from, to } of c.annotations) {
    const outside = data.items.filter((a) => a.to < from || a.from > to || a.from > a.to)
    note(
      'annotations',
      outside.length === 0,
      () =>
        `asked ${from} … ${to}; ${outside.map((a) => `${a.id} (${a.from} … ${a.to})`).join(', ')} does not overlap it`,
      url,
    )
    const ids = data.items.map((a) => a.id)
    const repeated = ids.find((id, i) => ids.indexOf(id) !== i)
    note('annotations', repeated === undefined, () => `${repeated} is listed twice`, url)
  }
}

/** An answer's address without the backend's base, to name it in a message: "/targets?region=…&month=…". */
const pathOf = (url: string) => url.slice(url.indexOf('/api/v1/') + '/api/v1'.length)

interface Claim {
  url: string
  /** the figure it gives, or null where it says the report is not yet received */
  value: number | null
}

/**
 * What each answer says about one region's category in one month: reported (with its figure), or not yet reported.
 * A series that names a month not yet reported, or has no points at all, while another answer reports that month,
 * contradicts it; so does a series point where another answer says the report is not yet received. The series is the
 * one blamed (its URL), and the message names every answer that says otherwise.
 */
function checkReported(meta: Meta, c: Collected, note: Note) {
  const claims = new Map<string, Claim[]>()
  const claim = (region: string, category: string, month: string, url: string, value: number | null) => {
    const key = `${region}|${category}|${month}`
    if (!claims.has(key)) claims.set(key, [])
    claims.get(key)!.push({ url, value })
  }
  for (const { data, url } of c.targets) {
    for (const item of data.items) claim(data.region, item.category, data.month, url, item.value)
  }
  for (const { data, url } of c.channels) {
    claim(data.region, 'total', data.month, url, data.total)
    for (const item of data.items) claim(data.region, item.category, data.month, url, item.value)
    for (const category of data.notReported ?? []) claim(data.region, category, data.month, url, null)
  }
  for (const { data, url } of c.regions) {
    for (const item of data.items) claim(item.region, data.category, data.month, url, item.value)
    for (const region of data.notReported ?? []) claim(region, data.category, data.month, url, null)
  }
  for (const { data, url } of c.regionsSeries) {
    for (const item of data.items) {
      for (const p of item.points) claim(item.region, data.category, p.month, url, p.value)
      for (const month of item.notReported ?? []) claim(item.region, data.category, month, url, null)
    }
  }
  for (const { data, url } of c.monitoring) {
    for (const item of data.items) {
      item.values.forEach((value, k) => claim(item.region, item.category, data.months[k], url, value))
    }
  }
  const reporting = (found: Claim[]) =>
    found
      .slice(0, 4)
      .map((f) => `${pathOf(f.url)} reports it (${fmt(f.value)})`)
      .join(', ') + (found.length > 4 ? `, and ${found.length - 4} more answer${found.length > 5 ? 's' : ''}` : '')

  for (const s of c.series) {
    const { region, category } = s.data
    if (!covers(meta, category, region)) continue
    const asked = meta.months.filter((m) => m >= s.from && m <= s.to)
    const says = (month: string) => claims.get(`${region}|${category}|${month}`) ?? []
    const notReported = new Set(s.data.notReported ?? [])
    if (s.data.points.length === 0 && notReported.size === 0) {
      const reported = asked.flatMap((m) => says(m).filter((f) => f.value !== null))
      note(
        'agree',
        reported.length === 0,
        () => `/series has no points for ${region} ${category}, but ${reporting(reported)}`,
        s.url,
      )
      continue
    }
    const points = new Map(s.data.points.map((p) => [p.month, p.value]))
    for (const month of asked) {
      if (notReported.has(month)) {
        const reported = says(month).filter((f) => f.value !== null)
        note(
          'agree',
          reported.length === 0,
          () => `/series says ${region} ${category} ${month} is not yet reported, but ${reporting(reported)}`,
          s.url,
        )
      } else if (points.has(month)) {
        const denied = says(month).filter((f) => f.value === null)
        note(
          'agree',
          denied.length === 0,
          () =>
            `/series reports ${region} ${category} ${month} (${fmt(points.get(month))}), but ` +
            denied.map((f) => `${pathOf(f.url)} says it is not yet reported`).join(', '),
          s.url,
        )
      }
    }
  }
}

/** How a figure compares with another, when it is a thousand times off or more; undefined when it is not. */
function timesOff(value: number, other: number): string | undefined {
  if (value <= 0 || other <= 0) return undefined
  const ratio = value / other
  if (ratio > 1 / 1000 && ratio < 1000) return undefined
  const power = Math.round(Math.log10(ratio))
  return `about ${(10 ** Math.abs(power)).toLocaleString('en')} times ${power < 0 ? 'smaller' : 'larger'}`
}
/** whether `value` is `other` in 万: about 10,000 times smaller */
const inWan = (value: number, other: number) => Math.abs(Math.log10(value / other) + 4) < 0.5

/**
 * Figures are whole persons: one sent in 万 (302 for 3,020,000) passes the schema, so it is caught by its size, a
 * thousand times or more off the month before (the first such step of a series is named) or off its annual target.
 */
function checkMagnitudes(c: Collected, note: Note) {
  for (const s of c.series) {
    const { region, category } = s.data
    const points = [...s.data.points].sort((a, b) => a.month.localeCompare(b.month))
    let found: string | undefined
    for (let i = 1; i < points.length && !found; i++) {
      const [before, p] = [points[i - 1], points[i]]
      if (nextMonth(before.month) !== p.month) continue
      const off = timesOff(p.value, before.value)
      if (!off) continue
      const hint = inWan(p.value, before.value)
        ? ': sent in 万?'
        : inWan(before.value, p.value)
          ? `: was ${before.month} sent in 万?`
          : ''
      found = `${region} ${category} ${p.month}: ${fmt(p.value)} after ${fmt(before.value)} in ${before.month}, ${off}${hint}`
    }
    for (const p of points) {
      if (found || p.target === null) continue
      const off = timesOff(p.value, p.target)
      if (off) {
        found =
          `${region} ${category} ${p.month}: ${fmt(p.value)} against an annual target of ${fmt(p.target)}, ${off}` +
          (inWan(p.value, p.target) ? ': sent in 万?' : '')
      }
    }
    note('magnitude', found === undefined, () => found!, s.url)
  }
}

/** Where answers were asked about one region's category, and whether each reports it. */
type Evidence = { where: string; reports: boolean }[]

const wheres = (evidence: Evidence) => [...new Set(evidence.map((e) => e.where))]

/**
 * /meta's coverage and hasTarget as the answers bear them out. Where every answer of at least two endpoints says the
 * same about a region's category (all report it, or none does) and /meta says the other, /meta is the one that is
 * wrong: that is reported once, at /meta, and the other answers are judged against what they agree on, rather than
 * each blamed for /meta's mistake. Where the answers disagree among themselves, /meta stands and they are judged by it.
 */
export function metaAsAnswered(meta: Meta, c: Collected): { meta: Meta; wrong: string[] } {
  const provinces = new Set(meta.regions.map((r) => r.id).filter((id) => id !== meta.nationalId))
  const channelLike: readonly string[] = [...CHANNEL_IDS, ...IN_COUNTY_PART_IDS]
  const wrong: string[] = []
  const categories = meta.categories.map((category) => {
    const id = category.id
    let coverage = [...category.coverage]
    for (const { id: region } of meta.regions) {
      const evidence: Evidence = []
      for (const { data } of c.series) {
        if (data.region !== region || data.category !== id) continue
        evidence.push({ where: '/series', reports: data.points.length > 0 || (data.notReported ?? []).length > 0 })
      }
      if (provinces.has(region)) {
        for (const { data } of c.regions) {
          if (data.category !== id) continue
          const listed = data.items.some((i) => i.region === region) || (data.notReported ?? []).includes(region)
          evidence.push({ where: '/regions', reports: listed })
        }
        for (const { data } of c.regionsSeries) {
          if (data.category === id)
            evidence.push({ where: '/regions/series', reports: data.items.some((i) => i.region === region) })
        }
      }
      for (const { data } of c.monitoring) {
        evidence.push({
          where: '/monitoring',
          reports: data.items.some((i) => i.category === id && i.region === region),
        })
      }
      if (category.hasTarget) {
        for (const { data } of c.targets) {
          if (data.region === region)
            evidence.push({ where: '/targets', reports: data.items.some((i) => i.category === id) })
        }
      }
      if (channelLike.includes(id)) {
        for (const { data } of c.channels) {
          if (data.region !== region) continue
          const listed = data.items.some((i) => i.category === id) || (data.notReported ?? []).includes(id)
          evidence.push({ where: '/channels', reports: listed })
        }
      }
      if (wheres(evidence).length < 2) continue
      const listed = coverage.includes(region)
      if (listed && evidence.every((e) => !e.reports)) {
        wrong.push(`coverage of ${id} lists ${region}, but no answer reports it (${wheres(evidence).join(', ')})`)
        coverage = coverage.filter((r) => r !== region)
      } else if (!listed && evidence.every((e) => e.reports)) {
        wrong.push(
          `coverage of ${id} leaves out ${region}, which every answer reports (${wheres(evidence).join(', ')})`,
        )
        coverage = [...coverage, region]
      }
    }
    // hasTarget: /targets lists the category (for the regions that report it) and the series give it a target, or not
    const evidence: Evidence = []
    for (const { data } of c.targets) {
      if (coverage.includes(data.region))
        evidence.push({ where: '/targets', reports: data.items.some((i) => i.category === id) })
    }
    for (const { data } of c.series) {
      if (data.category !== id) continue
      for (const p of data.points) evidence.push({ where: '/series', reports: p.target !== null })
    }
    let hasTarget = category.hasTarget
    if (wheres(evidence).length >= 2) {
      if (!hasTarget && evidence.every((e) => e.reports)) {
        wrong.push(
          `${id} has hasTarget false, but every answer gives it an annual target (${wheres(evidence).join(', ')})`,
        )
        hasTarget = true
      } else if (hasTarget && evidence.every((e) => !e.reports)) {
        wrong.push(`${id} has hasTarget true, but no answer gives it an annual target (${wheres(evidence).join(', ')})`)
        hasTarget = false
      }
    }
    return { ...category, coverage, hasTarget }
  })
  return { meta: { ...meta, categories }, wrong }
}

/** /meta as the signed-in user sees it: its regions are those in the user's scope. */
export function metaInScope(meta: Meta, scope: readonly string[]): Meta {
  return { ...meta, regions: meta.regions.filter((r) => scope.includes(r.id)) }
}

export function checkInvariants(c: Collected, note: Note) {
  checkMeta(c.meta, note)
  const answered = metaAsAnswered(metaInScope(withDataMonths(c.meta.data), c.scope), c)
  note('meta', answered.wrong.length === 0, () => answered.wrong[0], c.meta.url)
  for (const wrong of answered.wrong.slice(1)) note('meta', false, () => wrong, c.meta.url)
  const meta = answered.meta
  const figures = new Figures(c.series)
  checkSeriesPeriods(meta, c, note)
  // The provinces add up to the nation only when the user may see them all.
  if (meta.regions.length === c.meta.data.regions.length) checkProvinceSums(meta, c, figures, note)
  checkChannelsAndParents(meta, c, figures, note)
  checkTargets(meta, c, figures, note)
  checkRegionsSeries(meta, c, figures, note)
  checkMonitoring(meta, c, figures, note)
  checkReported(meta, c, note)
  checkMagnitudes(c, note)
  checkAnnotations(c, note)
}
