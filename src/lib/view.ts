/**
 * The view the URL describes: ?lang=zh|en&region=<id>&category=<id>&from=YYYY-MM&to=YYYY-MM&compare=mom|yoy
 * &provinces=ranking|map|trends&with=<id>,<id>&axis=attainment|index.
 * The URL is the single source of truth; these pure functions read it, check it against what the data offers,
 * and write it back. Anything invalid falls back to its default and is reported, never echoed.
 */
import { MONTH_PATTERN, type CategoryId } from '../api/common'
import type { Lang } from './format'

export type Compare = 'mom' | 'yoy'

/** The Regions panel's views: the ranked bars, the tile map, the small multiples. */
export const PROVINCES_VIEWS = ['ranking', 'map', 'trends'] as const
export type ProvincesView = (typeof PROVINCES_VIEWS)[number]

/** How the trend compares regions: attainment of each region's own target, or an index to the first month. */
export const COMPARE_AXES = ['attainment', 'index'] as const
export type CompareAxis = (typeof COMPARE_AXES)[number]
/** At most this many regions are compared with the selected one. */
export const MAX_COMPARED = 4

export interface View {
  lang: Lang
  region: string
  category: CategoryId
  from: string
  to: string
  compare: Compare
  /** the Regions panel's tab */
  provinces: ProvincesView
  /** regions compared with `region` on the trend (never `region` itself), in the order added */
  with: readonly string[]
  /** the trend's axis while regions are compared */
  axis: CompareAxis
}

export type ViewParam = keyof View

/** What the data offers (/meta), within what the signed-in user may see (/me). */
export interface ViewOptions {
  nationalId: string
  /** the region a view shows when the link names none: the nation, or the user's own province */
  home: string
  /** the regions the user may see, in /meta's order */
  regionIds: readonly string[]
  /** every region /meta lists: a link naming one of these outside `regionIds` is refused for want of permission */
  knownRegionIds: readonly string[]
  categoryIds: readonly CategoryId[]
  months: readonly string[]
  asOf: string
}

const PARAMS: readonly ViewParam[] = [
  'lang',
  'region',
  'category',
  'from',
  'to',
  'compare',
  'provinces',
  'with',
  'axis',
]

/**
 * A parameter's value: absent, one value (the same value repeated is that value), or ambiguous (two different
 * values, of which neither is trusted).
 */
function valueOf(params: URLSearchParams, name: ViewParam): { value: string } | 'absent' | 'ambiguous' {
  const values = params.getAll(name)
  if (values.length === 0) return 'absent'
  return values.every((v) => v === values[0]) ? { value: values[0] } : 'ambiguous'
}

function isLang(value: string): value is Lang {
  return value === 'zh' || value === 'en'
}

/** The language alone, readable before /meta has loaded; the same language parseView settles on. */
export function langFrom(search: string): Lang {
  const lang = valueOf(new URLSearchParams(search), 'lang')
  return typeof lang === 'object' && isLang(lang.value) ? lang.value : 'zh'
}

export function defaultView(options: ViewOptions, lang: Lang): View {
  const yearStart = `${options.asOf.slice(0, 4)}-01`
  return {
    lang,
    region: options.home,
    category: 'total',
    from: options.months.includes(yearStart) ? yearStart : options.months[0],
    to: options.asOf,
    compare: 'mom',
    provinces: 'ranking',
    with: [],
    axis: 'attainment',
  }
}

/**
 * Reads a view from a query string. Returns the view (defaults where a value is missing or invalid) and the
 * names of the parameters that were present but invalid, and apart, those that named a region the user may not see
 * (replaced the same way, so that such a region is never asked for).
 */
export function parseView(
  search: string,
  options: ViewOptions,
): { view: View; invalid: ViewParam[]; forbidden: ViewParam[] } {
  const params = new URLSearchParams(search)
  const lang = langFrom(search)
  const view = defaultView(options, lang)
  const invalid: ViewParam[] = []
  const forbidden: ViewParam[] = []
  const outOfScope = (id: string) => !options.regionIds.includes(id) && options.knownRegionIds.includes(id)
  const read = <K extends ViewParam>(name: K, isValid: (value: string) => boolean) => {
    const found = valueOf(params, name)
    if (found === 'absent') return
    // Two different values for one parameter are ambiguous: neither is trusted.
    if (found !== 'ambiguous' && found.value.length <= 32 && isValid(found.value))
      (view as unknown as Record<string, string>)[name] = found.value
    else invalid.push(name)
  }
  read('lang', isLang)
  const region = valueOf(params, 'region')
  if (typeof region === 'object' && outOfScope(region.value)) forbidden.push('region')
  else read('region', (value) => options.regionIds.includes(value))
  read('category', (value) => (options.categoryIds as readonly string[]).includes(value))
  read('from', (value) => MONTH_PATTERN.test(value) && options.months.includes(value))
  read('to', (value) => MONTH_PATTERN.test(value) && options.months.includes(value))
  read('compare', (value) => value === 'mom' || value === 'yoy')
  read('provinces', (value) => (PROVINCES_VIEWS as readonly string[]).includes(value))
  read('axis', (value) => (COMPARE_AXES as readonly string[]).includes(value))
  // with=<id>,<id>: known regions, each once, not the selected one, at most MAX_COMPARED; else none, with the notice.
  const compared = valueOf(params, 'with')
  if (compared !== 'absent') {
    const ids = compared === 'ambiguous' ? [] : compared.value.split(',')
    const valid =
      ids.length > 0 &&
      ids.length <= MAX_COMPARED &&
      new Set(ids).size === ids.length &&
      ids.every((id) => id !== view.region && options.regionIds.includes(id))
    if (valid) view.with = ids
    else if (ids.some(outOfScope)) forbidden.push('with')
    else invalid.push('with')
  }
  if (view.to < view.from) {
    // An inverted period: both ends go back to the default, and the URL says which were wrong.
    const fallback = defaultView(options, lang)
    invalid.push(...(['from', 'to'] as const).filter((p) => params.has(p) && !invalid.includes(p)))
    view.from = fallback.from
    view.to = fallback.to
  }
  return { view, invalid, forbidden }
}

/** Writes a view as a query string, leaving out values equal to the default so links stay short. */
export function serializeView(view: View, options: ViewOptions): string {
  const defaults = defaultView(options, 'zh')
  const params = new URLSearchParams()
  for (const name of PARAMS) {
    if (name === 'with') {
      // A region compared with itself is left out (the selected region may have been changed to a compared one).
      const ids = view.with.filter((id) => id !== view.region)
      if (ids.length) params.set(name, ids.join(','))
    } else if (view[name] !== defaults[name]) params.set(name, view[name])
  }
  // Commas stay commas (with=520000,530000): they need no escaping in a query.
  const query = params.toString().replace(/%2C/g, ',')
  return query ? `?${query}` : ''
}

/** Whether two views agree on every part but `ignored`. */
export function sameViewExcept(a: View, b: View, ignored: readonly ViewParam[]): boolean {
  for (const key of Object.keys(a) as ViewParam[]) {
    if (ignored.includes(key)) continue
    const [x, y] = [a[key], b[key]]
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length || x.some((item, i) => item !== y[i])) return false
    } else if (x !== y) return false
  }
  return true
}
