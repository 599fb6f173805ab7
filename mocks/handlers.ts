/**
 * The mock backend: every endpoint of the API contract (README, "API") answered from the one deterministic data
 * set. Bad parameters get 400 application/problem+json naming the parameter, as the real backend is asked to.
 * Shared by the browser (service worker), vitest (node) and the HTTP mock server.
 */
import { http, HttpResponse } from 'msw'
import type { Annotations } from '../src/api/annotations'
import type { Channels } from '../src/api/channels'
import { CHANNEL_IDS, IN_COUNTY_PART_IDS, MONTH_PATTERN, type CategoryId } from '../src/api/common'
import type { Meta } from '../src/api/meta'
import { MONITORING_MONTHS, type Monitoring } from '../src/api/monitoring'
import { DEFAULT_THRESHOLDS } from '../src/lib/attentionRules'
import type { RegionsData } from '../src/api/regions'
import type { RegionsSeries } from '../src/api/regionsSeries'
import type { Series } from '../src/api/series'
import type { Targets } from '../src/api/targets'
import { CATEGORIES, dataSet, programmePeriods, SOURCE, type DataSet } from './data/dataset'
import { DEFAULT_MOCK_USER, MOCK_USERS, meOf, type MockUser } from './data/users'

const API = '*/api/v1'

class BadParameter extends Error {}
class OutOfScope extends Error {}
type Scope = ReadonlySet<string>

const utf8 = new TextEncoder()

/**
 * A JSON answer, as `HttpResponse.json` makes it but with its length counted here: msw counts it with a `Blob`,
 * which in the browser is a round trip to the browser process, a few milliseconds per answer of every filter change
 * in the demo build.
 */
export function jsonResponse(body: unknown, init: { status?: number; contentType?: string } = {}) {
  const text = JSON.stringify(body)
  return new HttpResponse(text, {
    status: init.status ?? 200,
    headers: {
      'Content-Type': init.contentType ?? 'application/json',
      'Content-Length': String(utf8.encode(text).length),
    },
  })
}

function problem(status: number, title: string, detail: string) {
  return jsonResponse(
    { type: 'about:blank', title, status, detail },
    { status, contentType: 'application/problem+json' },
  )
}

function param(url: URL, name: string, allowed: readonly string[]): string {
  const values = url.searchParams.getAll(name)
  if (values.length > 1) throw new BadParameter(`parameter '${name}' is given more than once`)
  const value = values[0] ?? null
  if (value === null) throw new BadParameter(`missing parameter '${name}'`)
  if (!allowed.includes(value)) throw new BadParameter(`unknown value for parameter '${name}'`)
  return value
}

/** What /meta answers for a data set. */
export function metaOf(data: DataSet): Meta {
  return {
    asOf: data.asOf,
    months: data.months,
    nationalId: data.nationalId,
    regions: data.regions,
    categories: CATEGORIES.map((c) => ({
      id: c.id,
      name: { zh: c.zh, en: c.en },
      parent: c.id === 'total' ? null : c.id === 'public_posts' || c.id === 'workshops' ? 'in_county' : 'total',
      hasTarget: data.targets[c.id] !== undefined,
      coverage: data.coverage[c.id],
    })),
    source: SOURCE,
    demo: true,
    // The attention rules' thresholds, as a backend sends them to tune the rules without a new build.
    rules: DEFAULT_THRESHOLDS,
  }
}

/** Who the mock backend takes the signed-in user to be, for a request. */
export type UserOf = (request: Request) => MockUser

/**
 * The API answered from a data set (the demo one, or a larger synthetic one for measurements) to a user: `/me` says
 * who, a region outside the user's scope is refused with 403, and the answers that list regions list only those
 * in scope.
 */
export function createHandlers(data: DataSet, userOf: UserOf = () => MOCK_USERS[DEFAULT_MOCK_USER]) {
  const { months, values, targets, coverage } = data
  const regionIds = data.regions.map((r) => r.id)
  const provinceIds = regionIds.filter((id) => id !== data.nationalId)
  const categoryIds = CATEGORIES.map((c) => c.id)
  /** The regions a request's user may see. */
  const scopeOf = (request: Request): Scope => new Set(meOf(userOf(request), regionIds).regions)
  const regionParam = (url: URL, scope: Scope) => {
    const region = param(url, 'region', regionIds)
    if (!scope.has(region)) throw new OutOfScope(`region '${region}' is outside your scope`)
    return region
  }
  const categoryParam = (url: URL) => param(url, 'category', categoryIds) as CategoryId
  const monthParam = (url: URL, name: string) => {
    const value = url.searchParams.get(name)
    if (value !== null && !MONTH_PATTERN.test(value))
      throw new BadParameter(`parameter '${name}' must be a month as YYYY-MM`)
    return param(url, name, months)
  }
  function periodParams(url: URL) {
    const from = monthParam(url, 'from')
    const to = monthParam(url, 'to')
    if (to < from) throw new BadParameter(`parameter 'to' is before 'from'`)
    return { from, to }
  }

  /** Runs a resolver, turning a BadParameter into a 400 problem. */
  const answer =
    (resolve: (url: URL, scope: Scope) => unknown) =>
    ({ request }: { request: Request }) => {
      try {
        return jsonResponse(resolve(new URL(request.url), scopeOf(request)))
      } catch (error) {
        if (error instanceof BadParameter) return problem(400, 'Bad request', error.message)
        if (error instanceof OutOfScope) return problem(403, 'Forbidden', error.message)
        throw error
      }
    }

  const previousYearIndex = (index: number) =>
    months.indexOf(`${Number(months[index].slice(0, 4)) - 1}${months[index].slice(4)}`)
  /** A region's annual target for a category, if the category has targets and the region reports it. */
  const targetOf = (category: CategoryId, region: string) =>
    coverage[category].includes(region) ? (targets[category]?.[region] ?? null) : null

  /** Whether the region's report for the category and month `i` has not been received yet. */
  const missing = (category: CategoryId, region: string, i: number) =>
    data.notReported.some((n) => n.category === category && n.region === region && n.month === months[i])
  /** How many provinces have not yet reported the category for month `i` (the national figure is incomplete). */
  const missingCount = (category: CategoryId, i: number) =>
    data.notReported.filter((n) => n.category === category && n.month === months[i]).length
  /** A figure to compare with: null outside the data and where the report has not been received (never a zero). */
  const valueAt = (category: CategoryId, region: string, index: number) =>
    index >= 0 && index < months.length && !missing(category, region, index) ? values[category][region][index] : null

  /** A region's figures for a category in month `i`, with its target and the values to compare with. */
  const monthItem = (category: CategoryId, region: string, i: number) => ({
    value: values[category][region][i],
    target: targetOf(category, region),
    previousMonth: valueAt(category, region, i - 1),
    previousYear: valueAt(category, region, previousYearIndex(i)),
  })

  function series(url: URL, scope: Scope): Series {
    const region = regionParam(url, scope)
    const category = categoryParam(url)
    const { from, to } = periodParams(url)
    // A region that does not report the category (key counties outside the western provinces) has no series.
    if (!coverage[category].includes(region)) return { region, category, points: [] }
    const period = months.map((month, i) => ({ month, i })).filter(({ month }) => month >= from && month <= to)
    const points = period
      .filter(({ i }) => !missing(category, region, i))
      .map(({ month, i }) => {
        const incomplete = region === data.nationalId ? missingCount(category, i) : 0
        return {
          month,
          value: values[category][region][i],
          previousYear: valueAt(category, region, previousYearIndex(i)),
          target: targetOf(category, region),
          ...(incomplete > 0 ? { missingReports: incomplete } : {}),
        }
      })
    const notReported = period.filter(({ i }) => missing(category, region, i)).map(({ month }) => month)
    return { region, category, points, ...(notReported.length ? { notReported } : {}) }
  }

  function targetsOf(url: URL, scope: Scope): Targets {
    const region = regionParam(url, scope)
    const month = monthParam(url, 'month')
    const i = months.indexOf(month)
    const items = categoryIds.flatMap((category) => {
      const target = targetOf(category, region)
      if (target === null || !coverage[category].includes(region)) return []
      return [{ category, ...monthItem(category, region, i), target }]
    })
    return { region, month, items }
  }

  function regionsOf(url: URL, scope: Scope): RegionsData {
    const category = categoryParam(url)
    const month = monthParam(url, 'month')
    const i = months.indexOf(month)
    const reporting = provinceIds.filter((id) => scope.has(id) && coverage[category].includes(id))
    const items = reporting
      .filter((id) => !missing(category, id, i))
      .map((id) => ({ region: id, ...monthItem(category, id, i) }))
    const notReported = reporting.filter((id) => missing(category, id, i))
    return { category, month, items, ...(notReported.length ? { notReported } : {}) }
  }

  /** Every province that reports the category, each with its series from `from` to `to`. */
  function regionsSeriesOf(url: URL, scope: Scope): RegionsSeries {
    const category = categoryParam(url)
    const { from, to } = periodParams(url)
    const span = months.map((month, i) => ({ month, i })).filter(({ month }) => month >= from && month <= to)
    const items = provinceIds
      .filter((id) => scope.has(id) && coverage[category].includes(id))
      .map((region) => {
        const notReported = span.filter(({ i }) => missing(category, region, i)).map(({ month }) => month)
        return {
          region,
          points: span
            .filter(({ i }) => !missing(category, region, i))
            .map(({ month, i }) => ({ month, value: values[category][region][i], target: targetOf(category, region) })),
          ...(notReported.length ? { notReported } : {}),
        }
      })
    return { category, from, to, items }
  }

  function channelsOf(url: URL, scope: Scope): Channels {
    const region = regionParam(url, scope)
    const month = monthParam(url, 'month')
    const i = months.indexOf(month)
    const reported = [...CHANNEL_IDS, ...IN_COUNTY_PART_IDS].filter((c) => coverage[c].includes(region))
    const notReported = reported.filter((c) => missing(c, region, i))
    return {
      region,
      month,
      total: values.total[region][i],
      items: reported
        .filter((c) => !missing(c, region, i))
        .map((category) => {
          const incomplete = region === data.nationalId ? missingCount(category, i) : 0
          return {
            category,
            value: values[category][region][i],
            previousYear: valueAt(category, region, previousYearIndex(i)),
            ...(incomplete > 0 ? { missingReports: incomplete } : {}),
          }
        }),
      ...(notReported.length ? { notReported } : {}),
    }
  }

  /** Every category's figures for every region that reports it, over the month and the twelve before it. */
  function monitoringOf(url: URL, scope: Scope): Monitoring {
    const month = monthParam(url, 'month')
    const end = months.indexOf(month)
    const window = months.slice(Math.max(0, end - (MONITORING_MONTHS - 1)), end + 1)
    const first = end - window.length + 1
    const items = categoryIds.flatMap((category) =>
      coverage[category]
        .filter((id) => scope.has(id))
        .map((region) => ({
          category,
          region,
          values: window.map((_, k) =>
            missing(category, region, first + k) ? null : values[category][region][first + k],
          ),
          target: targetOf(category, region),
        })),
    )
    return { month, months: window, items }
  }

  function annotationsOf(url: URL): Annotations {
    const { from, to } = periodParams(url)
    return { items: programmePeriods(months).filter((p) => p.to >= from && p.from <= to) }
  }

  return [
    http.get(`${API}/me`, ({ request }) => jsonResponse(meOf(userOf(request), regionIds))),
    http.get(`${API}/meta`, () => jsonResponse(metaOf(data))),
    http.get(`${API}/series`, answer(series)),
    http.get(`${API}/targets`, answer(targetsOf)),
    http.get(`${API}/regions`, answer(regionsOf)),
    http.get(`${API}/regions/series`, answer(regionsSeriesOf)),
    http.get(`${API}/channels`, answer(channelsOf)),
    http.get(`${API}/annotations`, answer(annotationsOf)),
    http.get(`${API}/monitoring`, answer(monitoringOf)),
    http.get(`${API}/*`, () => problem(404, 'Not found', 'no such resource')),
  ]
}

export const handlers = createHandlers(dataSet)

/** /meta of the demo data set. */
export const meta = () => metaOf(dataSet)
