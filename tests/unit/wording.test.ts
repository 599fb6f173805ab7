/**
 * Needs attention on the demo data (src/features/attention/wording.ts, the panel's sentences, table and links; the
 * rules themselves, src/lib/attentionRules.ts, are in attentionRules.test.ts): each case the data module documents is found
 * (mocks/data/dataset.ts, TARGET_TILT and NOT_REPORTED), and the sentences read whole in both languages.
 */
import * as v from 'valibot'
import { beforeAll, describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import { monitoringSchema, type Monitoring } from '../../src/api/monitoring'
import {
  attentionSummary,
  attentionTable,
  signalsFor,
  signalText,
  signalView,
  thresholdLines,
} from '../../src/features/attention/wording'
import { DEFAULT_THRESHOLDS, findSignals, type Signal } from '../../src/lib/attentionRules'
import { meta, NATIONAL, VIEW } from '../fixtures/demo'

let data: Monitoring
let signals: Signal[]
beforeAll(async () => {
  const response = await fetch('http://localhost/api/v1/monitoring?month=2024-08')
  data = v.parse(monitoringSchema, await response.json())
  signals = findSignals(data, NATIONAL, DEFAULT_THRESHOLDS)
})

const at = (rule: string, category: string) =>
  signals.filter((s) => s.rule === rule && s.category === category).map((s) => s.region)
/** The end month's value of a province, from the data set (not from the code under test). */
const value = (category: keyof typeof dataSet.values, region: string, month: string) =>
  dataSet.values[category][region][dataSet.months.indexOf(month)]

describe('the demo data carries each case', () => {
  it('a report not yet received: 西藏, workshops, August 2024, and only there', () => {
    expect(signals.filter((s) => s.rule === 'reportMissing').map((s) => [s.region, s.category, s.severity])).toEqual([
      ['540000', 'workshops', 'high'],
    ])
  })

  it('below the annual target: 河南, 甘肃, 湖北 (total), 甘肃 (key counties), 湖南 (relocated); the rest meet theirs', () => {
    expect(at('belowTarget', 'total').sort()).toEqual(['410000', '420000', '620000'])
    expect(at('belowTarget', 'key_county')).toEqual(['620000'])
    expect(at('belowTarget', 'relocated')).toEqual(['430000'])
    // and a few far above: 新疆 (total) and 青海 (key counties) at more than 125%
    for (const [category, region] of [
      ['total', '650000'],
      ['key_county', '630000'],
    ] as const) {
      expect(value(category, region, '2024-08') / dataSet.targets[category]![region]).toBeGreaterThan(1.25)
    }
  })

  it('falls in the latest month, a growth streak that ended, falls on a year before', () => {
    const fellMom = at('fellMom', 'total')
    for (const region of fellMom) {
      expect(value('total', region, '2024-08')).toBeLessThan(value('total', region, '2024-07'))
    }
    expect(fellMom.length).toBeGreaterThanOrEqual(3)
    const ended = at('streakEnded', 'total')
    expect(ended).toEqual(expect.arrayContaining(['520000', '430000', '620000']))
    for (const region of ended) {
      // rose from February to July, then did not grow in August
      for (const [a, b] of [
        ['2024-02', '2024-03'],
        ['2024-06', '2024-07'],
      ])
        expect(value('total', region, b)).toBeGreaterThan(value('total', region, a))
      expect(value('total', region, '2024-08')).toBeLessThanOrEqual(value('total', region, '2024-07'))
    }
    for (const region of at('fellYoy', 'total')) {
      expect(value('total', region, '2024-08')).toBeLessThan(value('total', region, '2023-08'))
    }
    expect(at('fellYoy', 'total').length).toBeGreaterThan(0)
    expect(at('trailingNational', 'total').length).toBeGreaterThan(0)
  })

  it('is most severe first, with every severity present', () => {
    const order = signals.map((s) => ['high', 'medium', 'low'].indexOf(s.severity))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(new Set(signals.map((s) => s.severity))).toEqual(new Set(['high', 'medium', 'low']))
  })
})

describe('sentences', () => {
  const find = (rule: string, region: string, category = 'total') =>
    signals.find((s) => s.rule === rule && s.region === region && s.category === category)!

  it.each([
    ['zh', '西藏就业帮扶车间吸纳脱贫人口就业：2024年8月数据尚未上报。'],
    [
      'en',
      'People employed in employment assistance workshops in Xizang: the report for August 2024 has not been received yet.',
    ],
  ] as const)('report missing (%s)', (lang, sentence) => {
    expect(signalText(find('reportMissing', '540000', 'workshops'), meta, lang)).toBe(sentence)
  })

  it('below target: the attainment and the gap as shown (河南)', () => {
    const s = find('belowTarget', '410000')
    expect(signalText(s, meta, 'zh')).toMatch(
      /^河南脱贫人口务工就业规模完成年度目标任务的9\d\.\d%，距年度目标任务还差[\d.]+万人。$/,
    )
    expect(signalText(s, meta, 'en')).toMatch(
      /^People lifted out of poverty in work in Henan: 9\d\.\d% of the annual target, [\d,.]+( million)? short\.$/,
    )
  })

  it('below target: a gap that prints in whole persons is the exact gap, never a rounded one that reads as exact', () => {
    const s = find('belowTarget', '410000')
    const gap = s.target! - s.value!
    // Henan is a few tens of thousands short: in English a whole number, so exactly what its row's numbers give …
    expect(gap).toBeLessThan(1_000_000)
    expect(signalText(s, meta, 'en')).toContain(`, ${gap.toLocaleString('en')} short.`)
    // … in Chinese 万 with one decimal, visibly rounded, as the shown target less the shown value
    const shown = (n: number) => Math.round(n / 1000) / 10
    const wan = Math.round((shown(s.target!) - shown(s.value!)) * 10) / 10
    expect(signalText(s, meta, 'zh')).toContain(`还差${wan}万人。`)
  })

  it('a streak that ended names its length and month', () => {
    const s = find('streakEnded', '520000')
    expect(signalText(s, meta, 'zh')).toMatch(/^贵州脱贫人口务工就业规模此前连续6个月环比增长，8月比上月减少\d+人。$/)
    expect(signalText(s, meta, 'en')).toMatch(
      /^People lifted out of poverty in work in Guizhou: 6 consecutive months of month-on-month growth ended in August 2024, down [\d,]+ on the month before\.$/,
    )
  })

  it.each([
    [0, { high: 0, medium: 0, low: 0 }],
    [1, { high: 1, medium: 0, low: 0 }],
  ])('the summary with %i signals, and with all of them', (_, counts) => {
    const none: Signal[] = []
    const one = signals.slice(0, 1)
    const list = counts.high ? one : none
    const zh = attentionSummary(list, meta, VIEW)
    const en = attentionSummary(list, meta, { ...VIEW, lang: 'en' })
    if (list.length === 0) {
      expect(zh).toBe('截至2024年8月底，没有需要关注的情况。')
      expect(en).toBe('By the end of August 2024, nothing needs attention.')
    } else {
      expect(zh).toBe('截至2024年8月底，共1项需要关注：1项高。')
      expect(en).toBe('By the end of August 2024, 1 signal needs attention: 1 high.')
    }
  })

  it('the whole list: counts per severity that add up, in both languages', () => {
    const n = (s: string) => signals.filter((x) => x.severity === s).length
    expect(attentionSummary(signals, meta, VIEW)).toBe(
      `截至2024年8月底，共${signals.length}项需要关注：${n('high')}项高、${n('medium')}项中、${n('low')}项低。`,
    )
    expect(attentionSummary(signals, meta, { ...VIEW, lang: 'en' })).toBe(
      `By the end of August 2024, ${signals.length} signals need attention: ${n('high')} high, ${n('medium')} medium and ${n('low')} low.`,
    )
  })

  it('a province chosen: its own signals, and a summary that names it', () => {
    const view = { ...VIEW, region: '430000' }
    const own = signalsFor(signals, view, NATIONAL)
    expect(own.length).toBeGreaterThan(1)
    expect(own.every((s) => s.region === '430000')).toBe(true)
    expect(attentionSummary(own, meta, view)).toMatch(/^截至2024年8月底，湖南共\d+项需要关注：/)
  })
})

describe('table and links', () => {
  it('a row per signal with its numbers; a text cell never starts like a formula', () => {
    const table = attentionTable(signals, meta, 'zh')
    expect(table.rows).toHaveLength(signals.length)
    const missing = table.rows[0]
    expect(missing).toMatchObject({ severity: '高', region: '西藏', rule: '尚未上报', value: null })
  })

  it('a signal opens its province and category over the end month’s year, keeping language and comparison', () => {
    const s = signals.find((x) => x.rule === 'belowTarget' && x.category === 'relocated')!
    expect(signalView(s, { ...VIEW, lang: 'en', compare: 'yoy', from: '2023-03', with: ['430000'] })).toEqual({
      ...VIEW,
      lang: 'en',
      compare: 'yoy',
      region: '430000',
      category: 'relocated',
      from: '2024-01',
      to: '2024-08',
      with: [],
    })
  })
})

describe('the rules listed under 如何判断', () => {
  it('「同比低于全国」 only where the data hold the nation: a provincial office’s never can fire it', () => {
    // the demo data fire the rule for someone, with the national figures at hand
    expect(signals.some((s) => s.rule === 'trailingNational')).toBe(true)
    // a provincial office's /monitoring (its own province only): the rule never fires
    const henan: Monitoring = { ...data, items: data.items.filter((i) => i.region === '410000') }
    expect(findSignals(henan, NATIONAL, DEFAULT_THRESHOLDS).some((s) => s.rule === 'trailingNational')).toBe(false)
    for (const lang of ['zh', 'en'] as const) {
      const all = thresholdLines(DEFAULT_THRESHOLDS, lang)
      const provincial = thresholdLines(DEFAULT_THRESHOLDS, lang, false)
      const trailing = lang === 'zh' ? '同比低于全国' : 'Behind the national change'
      expect(all.filter((l) => l.includes(trailing))).toHaveLength(1)
      expect(provincial).toEqual(all.filter((l) => !l.includes(trailing)))
    }
  })
})
