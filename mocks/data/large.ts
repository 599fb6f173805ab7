/**
 * A larger synthetic data set for measurements (`npm run bench`): many regions over many months, built the same
 * way as the demo set (national series apportioned by largest remainder, channels adding up to the total), with a
 * seeded generator so every run measures the same numbers. Served by the mock backend when the page is opened
 * with `?mock=large`.
 */
import { apportion } from './apportion'
import { seededRandom } from './random'
import { monthRange, splitChannels, type DataSet, type Values } from './dataset'
import { CATEGORIES, type CategoryId } from './reference'

export function buildLargeDataSet(regionCount = 300, monthCount = 60, seed = 2024): DataSet {
  const next = seededRandom(seed)
  const first = 2025 - Math.ceil(monthCount / 12)
  const months = monthRange(`${first}-01`, `${first + Math.ceil(monthCount / 12) - 1}-12`).slice(0, monthCount)
  const nationalId = '000000'
  const ids = Array.from({ length: regionCount }, (_, i) => String(100001 + i))
  const all = [nationalId, ...ids]
  const regions = [
    { id: nationalId, name: { zh: '全国', en: 'National' } },
    ...ids.map((id, i) => ({ id, name: { zh: `地区${i + 1}`, en: `Region ${i + 1}` } })),
  ]
  const share = ids.map(() => 0.2 + next())
  const subset = (fraction: number) => ids.map((_, i) => (next() < fraction ? share[i] : 0))
  const weights: Partial<Record<CategoryId, number[]>> = {
    key_county: subset(0.3),
    relocated: subset(0.7),
    public_posts: subset(0.8),
  }
  weights.workshops = weights.public_posts
  const split = ids.map(() => ({ out: 0.3 + next() * 0.12, in: 0.14 + next() * 0.08 }))

  const values = Object.fromEntries(
    CATEGORIES.map((c) => [c.id, Object.fromEntries(all.map((id) => [id, [] as number[]]))]),
  ) as Values
  const put = (category: CategoryId, parts: number[]) => {
    ids.forEach((id, i) => values[category][id].push(parts[i]))
    values[category][nationalId].push(parts.reduce((a, b) => a + b, 0))
  }

  months.forEach((month, m) => {
    const monthOfYear = Number(month.slice(5))
    const total = Math.round(29_000_000 * (1 + 0.004 * m) * (1 + 0.012 * monthOfYear))
    const totals = apportion(
      total,
      share.map((s, i) => s * (1 + 0.02 * Math.sin(m / 3 + i))),
    )
    put('total', totals)
    put('key_county', apportion(Math.round(total * 0.2), weights.key_county!))
    put('relocated', apportion(Math.round(total * 0.12), weights.relocated!))
    put('public_posts', apportion(Math.round(total * 0.13), weights.public_posts!))
    put('workshops', apportion(Math.round(total * 0.015), weights.workshops!))
    const channels = splitChannels(totals, split)
    put('out_of_province', channels.out_of_province)
    put('in_province', channels.in_province)
    put('in_county', channels.in_county)
  })

  const targets: DataSet['targets'] = {}
  for (const [category, national, w] of [
    ['total', 30_000_000, share],
    ['key_county', 5_800_000, weights.key_county!],
    ['relocated', 3_500_000, weights.relocated!],
  ] as const) {
    const parts = apportion(national, w)
    targets[category] = { [nationalId]: national, ...Object.fromEntries(ids.map((id, i) => [id, parts[i]])) }
  }
  const reporting = (w: number[] | undefined) => (w ? [nationalId, ...ids.filter((_, i) => w[i] > 0)] : all)
  const coverage = Object.fromEntries(CATEGORIES.map((c) => [c.id, reporting(weights[c.id])])) as DataSet['coverage']

  return {
    asOf: months[months.length - 1],
    months,
    nationalId,
    regions,
    regionIds: all,
    values,
    targets,
    coverage,
    notReported: [],
  }
}
