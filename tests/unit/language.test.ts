/**
 * Rules every generated sentence keeps (glossary rules 2 and 4), checked over every message and over the summaries,
 * KPI lines and notices of many views of the demo data: no space between Chinese and digits or Latin letters in
 * Chinese; no label ("National", "People in work", "In work: …") in the middle of an English sentence; never
 * 「连续1个月」, 未能, "in National", "1 of 1" or "1 provinces". No one module: every catalog (tests/fixtures/messages.ts)
 * and the sentences of every feature.
 */
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import type { CategoryId } from '../../src/api/common'
import { buildChannelRows, channelsSummary } from '../../src/features/channels/channels'
import { kpiDocument } from '../../src/features/kpis/kpiDocument'
import { buildKpiCards } from '../../src/features/kpis/kpis'
import { placeTiles } from '../../src/features/regions/chinaGrid'
import { buildMultiples, multiplesSummary } from '../../src/features/regions/multiples'
import { belowTargetSentence, nothingToCompare, rankRegions, regionsSummary } from '../../src/features/regions/regions'
import { buildTargetRows, targetsSummary } from '../../src/features/targets/targets'
import { buildComparison, comparisonSummary } from '../../src/features/trend/compare'
import { buildTrend, trendSummary } from '../../src/features/trend/trend'
import type { Lang } from '../../src/lib/format'
import { monitoringSchema } from '../../src/api/monitoring'
import { attentionSummary, signalText } from '../../src/features/attention/wording'
import { DEFAULT_THRESHOLDS, findSignals } from '../../src/lib/attentionRules'
import { covers } from '../../src/lib/names'
import type { EndMonthMove } from '../../src/lib/reportsText'
import { PROVINCES_VIEWS } from '../../src/lib/view'
import { refuse, type Refusal } from '../../src/api/checks'
import { errorMessage } from '../../src/lib/errors'
import { messages } from '../fixtures/messages'
import { channelsOf, history, meta, NATIONAL, regionsOf, regionsSeriesOf, targetsOf, VIEW } from '../fixtures/demo'

const HAN = '[\\u4e00-\\u9fff]'
const SPACED = new RegExp(`${HAN} +[0-9A-Za-z+\\-]|[0-9A-Za-z%] +${HAN}`)

/** Every message of a language as text: strings as they are, functions called with sample arguments. */
function allMessages(lang: Lang): string[] {
  const t = messages[lang]
  const sample =
    lang === 'zh'
      ? { region: '云南', month: '2024年8月', n: '3295.3万' }
      : { region: 'Yunnan', month: 'Aug 2024', n: '32.953 million' }
  const basis = t.comparableBasis(21, 'mom')
  const moves: EndMonthMove[] = [
    { kind: 'first' },
    { kind: 'restart' },
    { kind: 'rose', streak: 7, delta: sample.n, period: sample.month, basis: null, earlier: null },
    { kind: 'rose', streak: 1, delta: sample.n, period: sample.month, basis: null, earlier: null },
    { kind: 'rose', streak: 7, delta: sample.n, period: sample.month, basis, earlier: sample.month },
    { kind: 'rose', streak: 1, delta: sample.n, period: sample.month, basis, earlier: null },
    { kind: 'fell', delta: sample.n, basis: null },
    { kind: 'fell', delta: sample.n, basis },
    { kind: 'flat', basis: null },
    { kind: 'flat', basis },
    { kind: 'withheld', reason: t.withheldNotReported(sample.region, sample.month, 'mom') },
  ]
  const out: string[] = refusals(lang)
  for (const [key, value] of Object.entries(t)) {
    if (typeof value === 'string') out.push(value)
    else if (key === 'subject' || key === 'notCovered') {
      for (const c of meta.categories.map((c) => c.id))
        out.push(
          key === 'subject' ? t.subject(c, { national: false, name: sample.region }) : t.notCovered(c, sample.region),
        )
    } else if (key === 'kpiStreakValue') out.push(...moves.map((m) => t.kpiStreakValue(m)))
    else if (key === 'kpiStreakDetail') out.push(...moves.map((m) => t.kpiStreakDetail(sample.region, sample.month, m)))
    else if (key === 'kpiNoComparison')
      out.push(...(['month', 'year', 'restart'] as const).map((w) => t.kpiNoComparison(t.mom, w)))
    else if (key === 'exportFilters')
      out.push(
        t.exportFilters({ region: sample.region, category: sample.region, period: sample.month, compare: t.mom }),
      )
    else if (key === 'regionsNothingToCompare')
      for (const compare of ['mom', 'yoy'] as const)
        for (const why of ['first', 'restart', 'missing'] as const)
          out.push(t.regionsNothingToCompare({ compare, why, end: sample.month, first: sample.month }))
    else if (key === 'provincesTab') out.push(...PROVINCES_VIEWS.map((v) => t.provincesTab(v)))
    else if (key === 'mapMetric')
      for (const compare of ['mom', 'yoy'] as const)
        out.push(...(['value', 'attainment', 'change'] as const).map((m) => t.mapMetric(m, compare)))
    else if (key === 'multiplesRatio') out.push(t.multiplesRatio('attainment'), t.multiplesRatio('index'))
    // the refusals' sentences, each as errors.ts says it (refusals(), below)
    else if (key.startsWith('refusal') && typeof value === 'function') continue
    else if (key === 'attentionSummary')
      for (const counts of [
        { high: 0, medium: 0, low: 0 },
        { high: 1, medium: 0, low: 0 },
        { high: 4, medium: 9, low: 18 },
      ])
        for (const place of [null, sample.region]) out.push(t.attentionSummary({ end: sample.month, place, counts }))
    else if (key === 'attentionHowText')
      out.push(
        ...t.attentionHowText({
          belowHigh: '95%',
          belowMedium: '98%',
          mom: '0.5%',
          momHigh: '1%',
          yoy: '4%',
          yoyMedium: '8%',
          streak: 3,
          trailing: lang === 'zh' ? '3个百分点' : '3 pp',
        }),
      )
    else if (key === 'kpiSentence')
      for (const target of [
        null,
        { pct: '109.1%', above: true, gap: sample.n },
        { pct: '97.4%', above: false, gap: sample.n },
        { pct: '100.0%', above: false, gap: null },
      ])
        for (const changes of [
          [],
          [{ kind: 'mom' as const, rose: true, delta: sample.n }],
          [
            { kind: 'yoy' as const, rose: false, delta: sample.n },
            { kind: 'mom' as const, rose: false, delta: null },
          ],
        ])
          out.push(t.kpiSentence({ end: sample.month, subject: sample.region, value: sample.n, target, changes }))
    else if (key === 'regionsBelowTarget')
      for (const n of [1, 3]) out.push(t.regionsBelowTarget(Array(n).fill({ name: sample.region, pct: '97.4%' })))
    else if (key === 'briefingTitle')
      for (const national of [true, false])
        out.push(...t.briefingTitle(sample.month, { national, name: sample.region }))
    else if (key === 'briefingIssue') out.push(t.briefingIssue(2024, 8))
    else if (key === 'section')
      out.push(
        ...(['overall', 'groups', 'provinces', 'attention', 'notes'] as const).map((k, i) => t.section(i + 1, k)),
      )
    else if (key === 'subsection' || key === 'figure' || key === 'table')
      out.push(t[key](2, key === 'subsection' ? sample.region : `${sample.region}${sample.n}`))
    else if (key === 'noteNotLoaded') out.push(t.noteNotLoaded([sample.region, sample.month]))
    else if (value !== null && typeof value === 'object') out.push(...Object.values(value as Record<string, string>))
    else if (!key.startsWith('summary') && typeof value === 'function')
      out.push((value as (...a: string[]) => string)(sample.n, sample.month, sample.region))
  }
  return out
}

/** What the page says of an answer refused for what it says (api/checks.ts), one of each kind. */
function refusals(lang: Lang): string[] {
  const reasons: [string, Refusal][] = [
    ['/series', { check: 'series-period', problem: 'missing', month: '2024-02', more: 0 }],
    ['/series', { check: 'series-period', problem: 'missing', month: '2024-02', more: 1 }],
    ['/series', { check: 'series-period', problem: 'missing', month: '2024-02', more: 3 }],
    ['/series', { check: 'series-period', problem: 'twice', month: '2024-03' }],
    ['/series', { check: 'series-period', problem: 'order', month: '2024-03', after: '2024-04' }],
    ['/series', { check: 'series-period', problem: 'stray', month: '2024-09' }],
    ['/series', { check: 'series-period', problem: 'both', month: '2024-03' }],
    ['/meta', { check: 'meta', problem: 'missing', month: '2023-06', more: 0 }],
    ['/meta', { check: 'meta', problem: 'missing', month: '2023-06', more: 2 }],
    ['/meta', { check: 'meta', problem: 'as-of', asOf: '2024-07', last: '2024-08' }],
    [
      '/series',
      {
        check: 'magnitude',
        problem: 'magnitude',
        month: '2024-08',
        value: 303,
        against: 'previousMonth',
        other: 3025469,
      },
    ],
    [
      '/regions',
      {
        check: 'magnitude',
        problem: 'magnitude',
        month: '2024-08',
        value: 3025469000,
        against: 'target',
        other: 3000000,
        region: '410000',
      },
    ],
    ['/channels', { check: 'channel-sum', problem: 'channels', sum: 1004, total: 1000, notReported: [] }],
    ['/channels', { check: 'channel-sum', problem: 'channels', sum: 1100, total: 1000, notReported: ['in_county'] }],
    ['/channels', { check: 'parent', problem: 'in-county', parts: 500, inCounty: 400 }],
    ['/series', { check: 'agree', problem: 'empty', region: '410000', category: 'total' }],
    ...(['not-reported', 'nothing', 3025469] as const).map((says): [string, Refusal] => [
      '/series',
      {
        check: 'agree',
        problem: 'figure',
        with: '/targets',
        region: '410000',
        category: 'total',
        month: '2024-08',
        says,
        other: 3025000,
      },
    ]),
    ['/me', { check: 'scope', problem: 'no-regions' }],
  ]
  return reasons.map(([path, reason]) => errorMessage(refuse(path, reason), lang))
}

/** The generated sentences and lines of many views of the demo data. */
async function generated(lang: Lang): Promise<string[]> {
  const out: string[] = []
  const regions = [NATIONAL, '530000', '540000', '210000', '410000', '640000']
  const categories: CategoryId[] = ['total', 'key_county', 'relocated', 'out_of_province', 'public_posts', 'workshops']
  const months = ['2023-01', '2023-02', '2023-07', '2024-01', '2024-03', '2024-08']
  for (const to of months) {
    for (const region of regions) {
      const targets = await targetsOf(region, to)
      const rows = buildTargetRows(targets, meta, lang)
      const view = { ...VIEW, lang, region, to }
      if (rows.length) out.push(targetsSummary(rows, meta, view))
      const channels = await channelsOf(region, to)
      out.push(channelsSummary(buildChannelRows(channels, meta, lang), channels.total, meta, view) ?? '')
      for (const category of categories) {
        const v = { ...view, category }
        const series = await history(region, category, to)
        if (covers(meta, category, region)) out.push(trendSummary(buildTrend(series, '2023-01'), meta, v))
        if (covers(meta, category, region) && region !== '530000' && covers(meta, category, '530000'))
          for (const axis of ['attainment', 'index'] as const)
            out.push(
              comparisonSummary(
                buildComparison([series, await history('530000', category, to)], axis, meta, v),
                meta,
                lang,
              ),
            )
        const cards = buildKpiCards(meta, v, targets, series)
        const { sentences } = kpiDocument(meta, v, targets, undefined, cards)
        for (const card of cards) out.push(card.title, card.value ?? '', ...card.lines, card.caption)
        out.push(...Object.values(sentences))
      }
    }
    for (const category of categories) {
      const all = await regionsSeriesOf(category, to)
      for (const from of ['2023-01', `${to.slice(0, 4)}-01`])
        out.push(multiplesSummary(buildMultiples(all, placeTiles(meta), meta, { lang, from, to }), { lang, to }))
      const data = await regionsOf(category, to)
      for (const compare of ['mom', 'yoy'] as const)
        for (const metric of ['value', 'attainment', 'change'] as const) {
          const rows = rankRegions(data, meta, lang, metric, compare)
          const v = { ...VIEW, lang, category, to, compare }
          out.push(nothingToCompare(rows, meta, v, metric) ?? regionsSummary(rows, meta, v, metric))
          out.push(belowTargetSentence(rows, v) ?? '')
        }
    }
  }
  // Needs attention: every signal's sentence and the summary, at the end of the data and in a January
  for (const month of ['2024-01', '2024-08']) {
    const response = await fetch(`http://localhost/api/v1/monitoring?month=${month}`)
    const data = v.parse(monitoringSchema, await response.json())
    const signals = findSignals(data, NATIONAL, DEFAULT_THRESHOLDS)
    out.push(attentionSummary(signals, meta, { ...VIEW, lang, to: month }))
    out.push(...signals.map((signal) => signalText(signal, meta, lang)))
  }
  return out.filter(Boolean)
}

describe('Chinese text has no space between Chinese characters and numbers or Latin letters', () => {
  it('in every message', () => {
    for (const text of allMessages('zh')) expect(text, text).not.toMatch(SPACED)
  })

  it('in every generated sentence of many views, which never say 连续1个月 or 未能', async () => {
    const texts = await generated('zh')
    expect(texts.length).toBeGreaterThan(500)
    for (const text of texts) {
      expect(text, text).not.toMatch(SPACED)
      expect(text).not.toMatch(/连续1个月|未能|(^|[^0-9.])0\.0万/)
      // sentences write 万人 without a trailing .0 (cards may keep 2958.0万)
      if (text.endsWith('。')) expect(text, text).not.toMatch(/\.0万人/)
    }
  }, 30_000)
})

describe('English sentences use sentence forms, not labels', () => {
  it('never put a label in the middle of a sentence, nor say "in National", "1 of 1" or "1 provinces"', async () => {
    const labels = [
      'National',
      ...meta.categories.map((c) => c.name.en),
      ...Object.values(messages.en).filter(
        // a label starts with a capital and is no sentence (a sentence ends with a full stop and may follow another)
        (v): v is string => typeof v === 'string' && /^[A-Z]/.test(v) && v.length > 3 && !/[.!?]$/.test(v),
      ),
    ]
    const sentences = (await generated('en')).filter((s) => /[.]$/.test(s) && s.split(' ').length > 8)
    expect(sentences.length).toBeGreaterThan(300)
    for (const sentence of sentences) {
      const body = sentence.slice(1)
      for (const label of labels) expect(body.includes(label), `${label} in: ${sentence}`).toBe(false)
      expect(sentence).not.toMatch(/\bin National\b|\b1 of 1\b|\b1 provinces\b|0\.000 million|1 consecutive/)
    }
  }, 30_000)
})
