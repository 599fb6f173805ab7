/**
 * The view in the URL (src/lib/view.ts): parsing, defaults, invalid and forbidden values, serialising; with the
 * options a user's scope allows (src/lib/viewProps.ts and src/lib/scope.ts), which parsing takes.
 */
import { describe, expect, it } from 'vitest'
import { meta } from '../../mocks/handlers'
import { MOCK_USERS, meOf } from '../../mocks/data/users'
import { scopeOf } from '../../src/lib/scope'
import { viewOptions } from '../../src/lib/viewProps'
import { defaultView, langFrom, parseView, PROVINCES_VIEWS, serializeView, type View } from '../../src/lib/view'

const regionIds = meta().regions.map((r) => r.id)
const options = viewOptions(meta(), scopeOf(meta(), meOf(MOCK_USERS.national, regionIds))!)
const DEFAULT: View = {
  lang: 'zh',
  region: '000000',
  category: 'total',
  from: '2024-01',
  to: '2024-08',
  compare: 'mom',
  provinces: 'ranking',
  with: [],
  axis: 'attainment',
}

/** As the national user reads a link: no region is outside the scope, so nothing is ever refused for permission. */
const parse = (search: string) => {
  const { forbidden, ...rest } = parseView(search, options)
  expect(forbidden).toEqual([])
  return rest
}

describe('viewOptions from the mock meta', () => {
  it('offers the national id, 26 regions, 8 categories and the 20 months', () => {
    expect(options.nationalId).toBe('000000')
    expect(options.regionIds).toHaveLength(26)
    expect(options.regionIds).toContain('520000')
    expect(options.categoryIds).toEqual([
      'total',
      'key_county',
      'relocated',
      'out_of_province',
      'in_province',
      'in_county',
      'public_posts',
      'workshops',
    ])
    expect(options.months[0]).toBe('2023-01')
    expect(options.months).toHaveLength(20)
    expect(options.asOf).toBe('2024-08')
  })
})

describe('langFrom', () => {
  it('reads en, and zh for anything else', () => {
    expect(langFrom('?lang=en')).toBe('en')
    expect(langFrom('lang=en&region=000000')).toBe('en')
    expect(langFrom('?lang=zh')).toBe('zh')
    expect(langFrom('')).toBe('zh')
    expect(langFrom('?lang=fr')).toBe('zh')
    expect(langFrom('?lang=EN')).toBe('zh')
  })

  it('reads the same language given twice as that language, and two different ones as neither', () => {
    expect(langFrom('?lang=en&lang=en')).toBe('en')
    expect(langFrom('?lang=en&region=520000&lang=en')).toBe('en')
    expect(langFrom('?lang=en&lang=zh')).toBe('zh')
    expect(langFrom('?lang=zh&lang=en')).toBe('zh')
    expect(langFrom('?lang=fr&lang=en')).toBe('zh')
  })

  it('agrees with parseView on every link', () => {
    for (const search of ['?lang=en', '?lang=en&lang=en', '?lang=en&lang=zh', '?lang=fr', '?lang=en&lang=fr', '']) {
      expect(langFrom(search), search).toBe(parse(search).view.lang)
    }
  })
})

describe('defaultView', () => {
  it('is the national total from January of the as-of year to the as-of month, month on month', () => {
    expect(defaultView(options, 'zh')).toEqual(DEFAULT)
    expect(defaultView(options, 'en')).toEqual({ ...DEFAULT, lang: 'en' })
  })

  it('starts at the first month when the data does not reach back to January', () => {
    const short = { ...options, months: ['2024-03', '2024-04', '2024-05'], asOf: '2024-05' }
    expect(defaultView(short, 'zh')).toMatchObject({ from: '2024-03', to: '2024-05' })
  })
})

describe('parseView: valid links', () => {
  it('gives the default view for an empty query', () => {
    expect(parse('')).toEqual({ view: DEFAULT, invalid: [] })
    expect(parse('?')).toEqual({ view: DEFAULT, invalid: [] })
  })

  it('reads every parameter', () => {
    expect(
      parse('?lang=en&region=520000&category=relocated&from=2023-03&to=2023-10&compare=yoy&provinces=trends'),
    ).toEqual({
      view: {
        lang: 'en',
        region: '520000',
        category: 'relocated',
        from: '2023-03',
        to: '2023-10',
        compare: 'yoy',
        provinces: 'trends',
        with: [],
        axis: 'attainment',
      },
      invalid: [],
    })
  })

  it('accepts a one-month period and the whole data range', () => {
    expect(parse('?from=2024-08&to=2024-08')).toEqual({
      view: { ...DEFAULT, from: '2024-08', to: '2024-08' },
      invalid: [],
    })
    expect(parse('?from=2023-01&to=2024-08')).toEqual({ view: { ...DEFAULT, from: '2023-01' }, invalid: [] })
  })

  it('ignores parameters it does not know', () => {
    expect(parse('?utm_source=x&foo=<b>')).toEqual({ view: DEFAULT, invalid: [] })
  })
})

describe('parseView: invalid links fall back to defaults and name the parameters', () => {
  it('an unknown region', () => {
    expect(parse('?region=999999')).toEqual({ view: DEFAULT, invalid: ['region'] })
    expect(parse('?region=110000')).toEqual({ view: DEFAULT, invalid: ['region'] }) // 北京 does not report
  })

  it('an unknown category', () => {
    expect(parse('?category=salary')).toEqual({ view: DEFAULT, invalid: ['category'] })
    expect(parse('?category=TOTAL')).toEqual({ view: DEFAULT, invalid: ['category'] })
  })

  it('malformed months', () => {
    for (const bad of ['2024-13', '2024-8', 'abc', '2024-00', '202408', '']) {
      expect(parse(`?from=${bad}`), bad).toEqual({ view: DEFAULT, invalid: ['from'] })
      expect(parse(`?to=${bad}`), bad).toEqual({ view: DEFAULT, invalid: ['to'] })
    }
  })

  it('months outside the data', () => {
    expect(parse('?from=2022-12')).toEqual({ view: DEFAULT, invalid: ['from'] })
    expect(parse('?to=2024-09')).toEqual({ view: DEFAULT, invalid: ['to'] })
    expect(parse('?from=2022-12&to=2024-09')).toEqual({ view: DEFAULT, invalid: ['from', 'to'] })
  })

  it('`to` before `from`: both ends go back to the default', () => {
    expect(parse('?from=2024-05&to=2024-03')).toEqual({ view: DEFAULT, invalid: ['from', 'to'] })
    expect(parse('?from=2024-05&to=2023-12&region=520000')).toEqual({
      view: { ...DEFAULT, region: '520000' },
      invalid: ['from', 'to'],
    })
  })

  it('`to` before the default start, with no `from`: only `to` is named', () => {
    expect(parse('?to=2023-06')).toEqual({ view: DEFAULT, invalid: ['to'] })
  })

  it('`from` after the default end, with no `to`: only `from` is named', () => {
    // every month is ≤ the as-of month, so a valid `from` alone can never be after the default `to`
    expect(parse('?from=2024-08')).toEqual({ view: { ...DEFAULT, from: '2024-08' }, invalid: [] })
  })

  it('markup is rejected, never echoed into the view', () => {
    const markups = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>']
    for (const name of ['lang', 'region', 'category', 'from', 'to', 'compare'] as const) {
      for (const markup of markups) {
        const { view, invalid } = parse(`?${name}=${encodeURIComponent(markup)}`)
        expect(view, `${name}=${markup}`).toEqual(DEFAULT)
        expect(invalid).toEqual([name])
        expect(Object.values(view).join(' ')).not.toMatch(/[<>"]/)
      }
    }
  })

  it('a 5,000-character value', () => {
    const long = 'a'.repeat(5000)
    for (const name of ['lang', 'region', 'category', 'from', 'to', 'compare'] as const) {
      const { view, invalid } = parse(`?${name}=${long}`)
      expect(view).toEqual(DEFAULT)
      expect(invalid).toEqual([name])
    }
    // a valid region id padded to 5,000 characters is not accepted either
    expect(parse(`?region=${'5'.repeat(5000)}`)).toEqual({ view: DEFAULT, invalid: ['region'] })
  })

  it('an unknown lang', () => {
    expect(parse('?lang=fr')).toEqual({ view: DEFAULT, invalid: ['lang'] })
    expect(parse('?lang=EN')).toEqual({ view: DEFAULT, invalid: ['lang'] })
  })

  it('an unknown compare', () => {
    expect(parse('?compare=qoq')).toEqual({ view: DEFAULT, invalid: ['compare'] })
    expect(parse('?compare=MOM')).toEqual({ view: DEFAULT, invalid: ['compare'] })
  })

  it('a duplicated parameter whose first value is invalid is named, and the second does not slip in', () => {
    expect(parse('?region=<script>&region=520000')).toEqual({ view: DEFAULT, invalid: ['region'] })
    expect(parse('?lang=fr&lang=en')).toEqual({ view: DEFAULT, invalid: ['lang'] })
  })

  it('a parameter given two different values is ambiguous: even two valid values fall back and are named', () => {
    expect(parse('?compare=yoy&compare=mom')).toEqual({ view: DEFAULT, invalid: ['compare'] })
    expect(parse('?region=520000&region=530000')).toEqual({ view: DEFAULT, invalid: ['region'] })
    expect(parse('?lang=en&lang=zh')).toEqual({ view: DEFAULT, invalid: ['lang'] })
    expect(parse('?region=530000&region=530000&region=520000')).toEqual({ view: DEFAULT, invalid: ['region'] })
  })

  it('the same invalid value repeated is still invalid, and named once', () => {
    expect(parse('?region=999999&region=999999')).toEqual({ view: DEFAULT, invalid: ['region'] })
    expect(parse('?lang=fr&lang=fr')).toEqual({ view: DEFAULT, invalid: ['lang'] })
  })

  it('several bad parameters at once keep the good ones and name every bad one, in order', () => {
    expect(parse('?lang=en&region=xx&category=relocated&from=abc&to=2024-09&compare=zz')).toEqual({
      view: { ...DEFAULT, lang: 'en', category: 'relocated' },
      invalid: ['region', 'from', 'to', 'compare'],
    })
  })
})

describe('parseView: the same value repeated is that value, with no notice', () => {
  it('for every parameter', () => {
    expect(parse('?lang=en&lang=en')).toEqual({ view: { ...DEFAULT, lang: 'en' }, invalid: [] })
    expect(parse('?region=530000&region=530000')).toEqual({ view: { ...DEFAULT, region: '530000' }, invalid: [] })
    expect(parse('?category=relocated&category=relocated')).toEqual({
      view: { ...DEFAULT, category: 'relocated' },
      invalid: [],
    })
    expect(parse('?from=2023-03&from=2023-03&to=2023-10&to=2023-10')).toEqual({
      view: { ...DEFAULT, from: '2023-03', to: '2023-10' },
      invalid: [],
    })
    expect(parse('?compare=yoy&compare=yoy&compare=yoy')).toEqual({ view: { ...DEFAULT, compare: 'yoy' }, invalid: [] })
  })

  it('beside other parameters, wherever the repeats stand', () => {
    expect(parse('?region=530000&lang=en&region=530000&compare=yoy')).toEqual({
      view: { ...DEFAULT, lang: 'en', region: '530000', compare: 'yoy' },
      invalid: [],
    })
  })

  it('is written back once', () => {
    expect(serializeView(parse('?lang=en&lang=en&region=530000&region=530000').view, options)).toBe(
      '?lang=en&region=530000',
    )
  })
})

describe('serializeView', () => {
  it('writes nothing for the default view', () => {
    expect(serializeView(DEFAULT, options)).toBe('')
  })

  it('leaves out the values equal to the default', () => {
    expect(serializeView({ ...DEFAULT, region: '520000' }, options)).toBe('?region=520000')
    expect(serializeView({ ...DEFAULT, lang: 'en' }, options)).toBe('?lang=en')
    expect(serializeView({ ...DEFAULT, compare: 'yoy', to: '2024-06' }, options)).toBe('?to=2024-06&compare=yoy')
    const all = serializeView(
      {
        lang: 'en',
        region: '520000',
        category: 'key_county',
        from: '2023-02',
        to: '2023-11',
        compare: 'yoy',
        provinces: 'ranking',
        with: [],
        axis: 'attainment',
      },
      options,
    )
    expect(all).toBe('?lang=en&region=520000&category=key_county&from=2023-02&to=2023-11&compare=yoy')
  })

  it('round-trips: parse(serialize(view)) gives back the view', () => {
    const views: View[] = [
      DEFAULT,
      { ...DEFAULT, lang: 'en' },
      { ...DEFAULT, region: '350000', category: 'in_county' },
      {
        lang: 'en',
        region: '640000',
        category: 'key_county',
        from: '2023-01',
        to: '2023-01',
        compare: 'yoy',
        provinces: 'ranking',
        with: [],
        axis: 'attainment',
      },
      {
        lang: 'zh',
        region: '000000',
        category: 'workshops',
        from: '2023-07',
        to: '2024-08',
        compare: 'mom',
        provinces: 'ranking',
        with: [],
        axis: 'attainment',
      },
      { ...DEFAULT, from: '2024-03' },
      { ...DEFAULT, to: '2024-05' },
    ]
    for (const view of views) {
      expect(parse(serializeView(view, options)), JSON.stringify(view)).toEqual({ view, invalid: [] })
    }
  })

  it('round-trips the other way: a canonical query string is written back as it was read', () => {
    const search = '?lang=en&region=520000&category=relocated&from=2023-03&to=2023-10&compare=yoy'
    expect(serializeView(parse(search).view, options)).toBe(search)
  })

  it('corrects an invalid link to the view it shows', () => {
    const { view } = parse('?region=<script>&compare=yoy')
    expect(serializeView(view, options)).toBe('?compare=yoy')
  })
})

describe('the Regions panel view in the URL (provinces=ranking|map|trends)', () => {
  it('reads each view, and leaves the default (ranking) out when writing', () => {
    for (const provinces of PROVINCES_VIEWS) {
      const view = { ...DEFAULT, provinces }
      expect(parse(`?provinces=${provinces}`)).toEqual({ view, invalid: [] })
      const search = serializeView(view, options)
      expect(search).toBe(provinces === 'ranking' ? '' : `?provinces=${provinces}`)
      expect(parse(search)).toEqual({ view, invalid: [] })
    }
  })

  it('reads the same view repeated as that view', () => {
    expect(parse('?provinces=map&provinces=map')).toEqual({ view: { ...DEFAULT, provinces: 'map' }, invalid: [] })
  })

  it('falls back to the ranking, naming the parameter, for an unknown, ambiguous or overlong value', () => {
    for (const bad of ['globe', 'MAP', '', 'map,trends', 'x'.repeat(40)]) {
      expect(parse(`?provinces=${encodeURIComponent(bad)}`), bad).toEqual({ view: DEFAULT, invalid: ['provinces'] })
    }
    expect(parse('?provinces=map&provinces=trends')).toEqual({ view: DEFAULT, invalid: ['provinces'] })
    expect(parse('?provinces=map&region=999999')).toEqual({
      view: { ...DEFAULT, provinces: 'map' },
      invalid: ['region'],
    })
  })
})

describe('regions compared on the trend (with=<id>,<id>) and the axis (axis=attainment|index)', () => {
  it('reads up to four known regions, 全国 included, in their order, and writes them back with plain commas', () => {
    const view = { ...DEFAULT, region: '520000', with: ['530000', '000000', '450000', '510000'] }
    const search = '?region=520000&with=530000,000000,450000,510000'
    expect(parse(search)).toEqual({ view, invalid: [] })
    expect(serializeView(view, options)).toBe(search)
    expect(parse('?with=530000%2C450000')).toEqual({ view: { ...DEFAULT, with: ['530000', '450000'] }, invalid: [] })
    expect(parse('?with=530000&with=530000')).toEqual({ view: { ...DEFAULT, with: ['530000'] }, invalid: [] })
  })

  it('reads the axis, leaving the default (attainment) out', () => {
    expect(parse('?axis=index')).toEqual({ view: { ...DEFAULT, axis: 'index' }, invalid: [] })
    expect(serializeView({ ...DEFAULT, axis: 'index' }, options)).toBe('?axis=index')
    expect(serializeView({ ...DEFAULT, axis: 'attainment' }, options)).toBe('')
    expect(parse('?axis=log')).toEqual({ view: DEFAULT, invalid: ['axis'] })
    expect(parse('?axis=index&axis=attainment')).toEqual({ view: DEFAULT, invalid: ['axis'] })
  })

  it('falls back to no comparison, naming the parameter, for unknown, repeated, too many or the selected region', () => {
    for (const bad of [
      '999999',
      '110000', // 北京 does not report
      '530000,530000',
      '530000,450000,510000,520000,620000',
      '',
      '530000,',
      '530000;450000',
    ])
      expect(parse(`?with=${encodeURIComponent(bad)}`), bad).toEqual({ view: DEFAULT, invalid: ['with'] })
    expect(parse('?region=530000&with=530000')).toEqual({ view: { ...DEFAULT, region: '530000' }, invalid: ['with'] })
    expect(parse('?with=530000&with=450000')).toEqual({ view: DEFAULT, invalid: ['with'] })
  })

  it('leaves the selected region out of the comparison when it is chosen as the main region', () => {
    expect(serializeView({ ...DEFAULT, region: '530000', with: ['530000', '450000'] }, options)).toBe(
      '?region=530000&with=450000',
    )
  })

  it('round-trips views with comparisons', () => {
    for (const view of [
      { ...DEFAULT, with: ['530000'] },
      { ...DEFAULT, region: '520000', with: ['000000', '530000'], axis: 'index' as const, lang: 'en' as const },
    ])
      expect(parse(serializeView(view, options))).toEqual({ view, invalid: [] })
  })
})

describe('a provincial user’s links (the scope from /me)', () => {
  const henan = viewOptions(meta(), scopeOf(meta(), meOf(MOCK_USERS.henan, regionIds))!)
  const home: View = { ...DEFAULT, region: '410000' }

  it('offers only the province, and opens on it', () => {
    expect(henan.regionIds).toEqual(['410000'])
    expect(henan.home).toBe('410000')
    expect(parseView('', henan)).toEqual({ view: home, invalid: [], forbidden: [] })
    expect(serializeView(home, henan)).toBe('')
  })

  it('refuses a region outside the scope for want of permission, and an unknown one as invalid', () => {
    expect(parseView('?region=000000', henan)).toEqual({ view: home, invalid: [], forbidden: ['region'] })
    expect(parseView('?region=520000&category=relocated', henan)).toEqual({
      view: { ...home, category: 'relocated' },
      invalid: [],
      forbidden: ['region'],
    })
    expect(parseView('?region=999999', henan)).toEqual({ view: home, invalid: ['region'], forbidden: [] })
  })

  it('drops a comparison that names a region outside the scope', () => {
    expect(parseView('?with=000000', henan)).toEqual({ view: home, invalid: [], forbidden: ['with'] })
    expect(parseView('?with=999999', henan)).toEqual({ view: home, invalid: ['with'], forbidden: [] })
  })

  it('has no scope when /me names no region the data knows', () => {
    expect(scopeOf(meta(), { id: 'x', name: 'x', role: 'provincial', regions: ['999999'] })).toBeNull()
  })
})
