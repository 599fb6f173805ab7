/** Actual against annual target per category: rows, axis, table and the summary in every branch. */
import { describe, expect, it } from 'vitest'
import type { CategoryId } from '../../src/api/common'
import {
  attainmentDomain,
  attainmentTicks,
  buildTargetRows,
  targetsSummary,
  targetsTable,
  type TargetRow,
} from '../../src/features/targets/targets'
import type { Lang } from '../../src/lib/format'
import { meta, NATIONAL, targetsOf, VIEW } from '../fixtures/demo'

const row = (category: CategoryId, value: number, target: number): TargetRow => ({
  category,
  name: category,
  value,
  target,
  attainment: value / target,
})

describe('buildTargetRows', () => {
  it('builds one row per category with a target, with attainment', async () => {
    const rows = buildTargetRows(await targetsOf(NATIONAL), meta, 'zh')
    expect(rows.map((r) => [r.category, r.name, r.value, r.target])).toEqual([
      ['total', '脱贫人口务工就业', 32_953_000, 30_192_000],
      ['key_county', '重点帮扶县', 6_696_000, 5_914_600],
      ['relocated', '易地扶贫搬迁脱贫人口', 4_059_000, 3_777_500],
    ])
    expect(rows[0].attainment).toBeCloseTo(32_953_000 / 30_192_000, 12)
    expect(buildTargetRows(await targetsOf(NATIONAL), meta, 'en')[2].name).toBe('In work: relocated people')
  })
})

describe('attainment axis', () => {
  const r = (attainment: number) => ({ ...row('total', 0, 1), attainment })
  it('runs to at least 120%, in tenths', () => {
    expect(attainmentDomain([])).toEqual([0, 1.2])
    expect(attainmentDomain([r(1.091), r(0.5)])).toEqual([0, 1.2])
    expect(attainmentDomain([r(1.25)])).toEqual([0, 1.3])
    expect(attainmentDomain([r(2.01)])).toEqual([0, 2.1])
  })
  it('has a tick every 20%', () => {
    expect(attainmentTicks([r(1.091)])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2])
  })
})

describe('targetsSummary', () => {
  type Case = { name: string; rows: TargetRow[]; region: string; to: string; zh: string; en: string }
  const cases: Case[] = [
    {
      name: 'all three met: the published August 2024 figures',
      rows: [
        row('total', 32_953_000, 30_192_000),
        row('key_county', 6_696_000, 5_914_600),
        row('relocated', 4_059_000, 3_777_500),
      ],
      region: NATIONAL,
      to: '2024-08',
      zh: '截至2024年8月底，全国3项年度目标任务均已完成，其中重点帮扶县脱贫人口务工就业规模完成比例最高，为113.2%。',
      en:
        'By the end of August 2024, all three annual targets had been met nationwide; the highest attainment was for ' +
        'people lifted out of poverty in work in key assistance counties, at 113.2%.',
    },
    {
      name: 'none met: January 2024 (2958万, 585万, 372万)',
      rows: [
        row('total', 29_580_000, 30_192_000),
        row('key_county', 5_850_000, 5_914_600),
        row('relocated', 3_720_000, 3_777_500),
      ],
      region: NATIONAL,
      to: '2024-01',
      zh: '截至2024年1月底，全国3项年度目标任务均尚未完成，其中重点帮扶县脱贫人口务工就业规模完成比例最高，为98.9%。',
      en:
        'By the end of January 2024, none of the three annual targets had yet been met nationwide; the highest ' +
        'attainment was for people lifted out of poverty in work in key assistance counties, at 98.9%.',
    },
    {
      name: 'one met: January 2023 (2930万, 575万, 380万)',
      rows: [
        row('total', 29_300_000, 30_192_000),
        row('key_county', 5_750_000, 5_914_600),
        row('relocated', 3_800_000, 3_777_500),
      ],
      region: NATIONAL,
      to: '2023-01',
      zh: '截至2023年1月底，全国3项年度目标任务中1项已完成，尚未完成的是重点帮扶县脱贫人口务工就业规模（97.2%）和脱贫人口务工就业规模（97.0%）。',
      en:
        'By the end of January 2023, one of the three annual targets had been met nationwide; the two not yet met ' +
        'were for people lifted out of poverty in work in key assistance counties (97.2%) and people lifted out of ' +
        'poverty in work (97.0%).',
    },
    {
      name: 'some met, and 99.96% counts as not met (shown 99.9%)',
      rows: [
        row('total', 30_180_000, 30_192_000),
        row('key_county', 5_990_000, 5_914_600),
        row('relocated', 3_800_000, 3_777_500),
      ],
      region: NATIONAL,
      to: '2024-03',
      zh: '截至2024年3月底，全国3项年度目标任务中2项已完成，尚未完成的是脱贫人口务工就业规模（99.9%）。',
      en:
        'By the end of March 2024, two of the three annual targets had been met nationwide; the one not yet met was ' +
        'for people lifted out of poverty in work, at 99.9%.',
    },
    {
      name: 'two targets, both met (Henan has no key counties)',
      rows: [row('total', 3_025_000, 2_657_000), row('relocated', 313_397, 291_662)],
      region: '410000',
      to: '2024-08',
      zh: '截至2024年8月底，河南2项年度目标任务均已完成，其中脱贫人口务工就业规模完成比例最高，为113.9%。',
      en:
        'By the end of August 2024, both annual targets had been met in Henan; the highest attainment was for people ' +
        'lifted out of poverty in work, at 113.9%.',
    },
    {
      name: 'two targets, neither met',
      rows: [row('total', 2_600_000, 2_657_000), row('relocated', 280_000, 291_662)],
      region: '410000',
      to: '2024-01',
      zh: '截至2024年1月底，河南2项年度目标任务均尚未完成，其中脱贫人口务工就业规模完成比例最高，为97.9%。',
      en:
        'By the end of January 2024, neither of the two annual targets had yet been met in Henan; the highest ' +
        'attainment was for people lifted out of poverty in work, at 97.9%.',
    },
    {
      name: 'a single target, met: never "1 of 1", never "the highest"',
      rows: [row('total', 93_208, 90_576)],
      region: '210000',
      to: '2024-08',
      zh: '截至2024年8月底，辽宁脱贫人口务工就业规模完成年度目标任务的102.9%，超过年度目标任务2000人。', // 9.3万 − 9.1万, as the card shows them
      en:
        'At the end of August 2024, the number of people lifted out of poverty in work in Liaoning stood at 102.9% ' +
        'of the annual target, 2,632 above it.',
    },
    {
      name: 'a single target, not met, in Xizang',
      rows: [row('total', 230_000, 241_536)],
      region: '540000',
      to: '2024-01',
      zh: '截至2024年1月底，西藏脱贫人口务工就业规模完成年度目标任务的95.2%，距年度目标任务还差1.2万人。',
      en:
        'At the end of January 2024, the number of people lifted out of poverty in work in Xizang stood at 95.2% of ' +
        'the annual target, 11,536 short of it.',
    },
  ]
  for (const c of cases) {
    for (const lang of ['zh', 'en'] as Lang[]) {
      it(`${c.name} (${lang})`, () => {
        expect(targetsSummary(c.rows, meta, { ...VIEW, lang, region: c.region, to: c.to })).toBe(c[lang])
      })
    }
  }

  it('writes the national August 2024 sentence from the mock backend’s answer', async () => {
    const rows = buildTargetRows(await targetsOf(NATIONAL), meta, 'zh')
    expect(targetsSummary(rows, meta, VIEW)).toBe(cases[0].zh)
  })
})

describe('targetsTable', () => {
  it('tabulates actual, target and attainment', async () => {
    const table = targetsTable(buildTargetRows(await targetsOf(NATIONAL), meta, 'zh'), 'zh')
    expect(table.columns.map((c) => [c.key, c.label, c.kind])).toEqual([
      ['name', '类别', 'text'],
      ['value', '实际', 'persons'],
      ['target', '年度目标任务', 'persons'],
      ['attainment', '完成率', 'ratio'],
    ])
    expect(table.rows[0]).toEqual({
      name: '脱贫人口务工就业',
      value: 32_953_000,
      target: 30_192_000,
      attainment: 32_953_000 / 30_192_000,
    })
  })
})
