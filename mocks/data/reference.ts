/**
 * The reference tables behind the demo data set, transcribed from ../shared/product/facts.md.
 * Each national figure carries its mark: V = seen in a published source, D = derived from V figures,
 * E = estimate (synthetic). Figures are stored in whole persons; the tables below are written in 万 (10,000)
 * only where the source writes them so, and converted once by `wan()`.
 */

import type { CategoryId } from '../../src/api/common'

export type Mark = 'V' | 'D' | 'E'

export const FIRST_MONTH = '2023-01'
export const AS_OF_MONTH = '2024-08'

export const NATIONAL_ID = '000000'

/** The 25 reporting provinces (GB/T 2260 codes), with the suggested share of the national total in per cent (E). */
export const PROVINCES = [
  { id: '530000', zh: '云南', en: 'Yunnan', share: 10.0 },
  { id: '520000', zh: '贵州', en: 'Guizhou', share: 10.0 },
  { id: '450000', zh: '广西', en: 'Guangxi', share: 9.6 },
  { id: '510000', zh: '四川', en: 'Sichuan', share: 9.1 },
  { id: '410000', zh: '河南', en: 'Henan', share: 8.8 },
  { id: '430000', zh: '湖南', en: 'Hunan', share: 7.6 },
  { id: '620000', zh: '甘肃', en: 'Gansu', share: 6.0 },
  { id: '420000', zh: '湖北', en: 'Hubei', share: 5.7 },
  { id: '610000', zh: '陕西', en: 'Shaanxi', share: 5.5 },
  { id: '340000', zh: '安徽', en: 'Anhui', share: 4.3 },
  { id: '650000', zh: '新疆', en: 'Xinjiang', share: 4.1 },
  { id: '360000', zh: '江西', en: 'Jiangxi', share: 3.6 },
  { id: '130000', zh: '河北', en: 'Hebei', share: 3.1 },
  { id: '140000', zh: '山西', en: 'Shanxi', share: 2.7 },
  { id: '500000', zh: '重庆', en: 'Chongqing', share: 2.6 },
  { id: '150000', zh: '内蒙古', en: 'Inner Mongolia', share: 1.5 },
  { id: '630000', zh: '青海', en: 'Qinghai', share: 1.0 },
  { id: '640000', zh: '宁夏', en: 'Ningxia', share: 1.0 },
  { id: '540000', zh: '西藏', en: 'Xizang', share: 0.8 },
  { id: '460000', zh: '海南', en: 'Hainan', share: 0.7 },
  { id: '230000', zh: '黑龙江', en: 'Heilongjiang', share: 0.7 },
  { id: '370000', zh: '山东', en: 'Shandong', share: 0.6 },
  { id: '220000', zh: '吉林', en: 'Jilin', share: 0.5 },
  { id: '210000', zh: '辽宁', en: 'Liaoning', share: 0.3 },
  { id: '350000', zh: '福建', en: 'Fujian', share: 0.2 },
] as const

/** Key assistance counties per province: 160 in 10 western provinces (V for the first six, E for the last four). */
export const KEY_COUNTIES: Record<string, number> = {
  '150000': 10,
  '450000': 20,
  '500000': 4,
  '510000': 25,
  '520000': 20,
  '530000': 27,
  '610000': 11,
  '620000': 23,
  '630000': 15,
  '640000': 5,
}

/** The eastern provinces that report total and channels only (no relocated, public-post or workshop figures). */
export const EASTERN_REPORTERS = ['210000', '370000', '350000']

/** Guizhou's share of relocated employment, in per cent (E, from its 92.84万 V). */
export const GUIZHOU_RELOCATED_SHARE = 22

export const CATEGORIES = [
  { id: 'total', zh: '脱贫人口务工就业', en: 'People in work' },
  { id: 'key_county', zh: '重点帮扶县', en: 'In work: key assistance counties' },
  { id: 'relocated', zh: '易地扶贫搬迁脱贫人口', en: 'In work: relocated people' },
  { id: 'out_of_province', zh: '省外务工', en: 'Outside their province' },
  { id: 'in_province', zh: '省内县外务工', en: 'Elsewhere in their province' },
  { id: 'in_county', zh: '县内务工', en: 'In their home county' },
  { id: 'public_posts', zh: '乡村公益性岗位', en: 'Rural public-welfare posts' },
  { id: 'workshops', zh: '就业帮扶车间', en: 'Employment assistance workshops' },
] as const satisfies readonly { id: CategoryId; zh: string; en: string }[]

export type { CategoryId }

/** Annual national targets in persons; the same in 2023 and 2024 (facts.md: 3019.2万 in 2022–2024). */
export const ANNUAL_TARGETS: Partial<Record<CategoryId, number>> = {
  total: 30_192_000, // 32,953,000 − 2,761,000 (D)
  key_county: 5_914_600, // 591.46万 (D)
  relocated: 3_777_500, // 4,059,000 / 107.5% (D)
}

/** Share of each province's total working outside the province / in province outside the county (E; 2020 split ≈ 36/18/46). */
export const CHANNEL_SPLIT_NATIONAL = { out_of_province: 0.36, in_province: 0.18 }

type Row = readonly [month: string, wan: number, mark: Mark]

/** National month-end figures in 万. Months without a published figure are synthetic (E). */
export const NATIONAL: Record<'total' | 'key_county' | 'relocated' | 'public_posts' | 'workshops', readonly Row[]> = {
  total: [
    ['2023-01', 2930.0, 'E'],
    ['2023-02', 3012.0, 'E'],
    ['2023-03', 3074.0, 'V'],
    ['2023-04', 3158.0, 'E'],
    ['2023-05', 3214.0, 'E'],
    ['2023-06', 3247.0, 'E'],
    ['2023-07', 3269.0, 'E'],
    ['2023-08', 3285.0, 'E'],
    ['2023-09', 3297.0, 'V'],
    ['2023-10', 3298.25, 'V'],
    ['2023-11', 3351.0, 'E'],
    ['2023-12', 3397.0, 'V'],
    ['2024-01', 2958.0, 'E'],
    ['2024-02', 3006.0, 'E'],
    ['2024-03', 3049.0, 'V'],
    ['2024-04', 3151.0, 'E'],
    ['2024-05', 3219.0, 'E'],
    ['2024-06', 3274.0, 'V'],
    ['2024-07', 3289.0, 'E'],
    ['2024-08', 3295.3, 'V'],
  ],
  key_county: [
    ['2023-01', 575.0, 'E'],
    ['2023-02', 590.0, 'E'],
    ['2023-03', 604.0, 'E'],
    ['2023-04', 620.0, 'E'],
    ['2023-05', 630.0, 'E'],
    ['2023-06', 637.0, 'E'],
    ['2023-07', 642.0, 'E'],
    ['2023-08', 645.9, 'D'],
    ['2023-09', 649.0, 'E'],
    ['2023-10', 651.0, 'V'],
    ['2023-11', 655.0, 'E'],
    ['2023-12', 662.0, 'E'],
    ['2024-01', 585.0, 'E'],
    ['2024-02', 600.0, 'E'],
    ['2024-03', 612.0, 'E'],
    ['2024-04', 635.0, 'E'],
    ['2024-05', 650.0, 'E'],
    ['2024-06', 662.0, 'E'],
    ['2024-07', 668.0, 'E'],
    ['2024-08', 669.6, 'V'],
  ],
  relocated: [
    ['2023-01', 380.0, 'E'],
    ['2023-02', 392.0, 'E'],
    ['2023-03', 400.0, 'E'],
    ['2023-04', 408.0, 'E'],
    ['2023-05', 412.0, 'E'],
    ['2023-06', 415.0, 'E'],
    ['2023-07', 417.0, 'E'],
    ['2023-08', 418.5, 'E'],
    ['2023-09', 419.8, 'E'],
    ['2023-10', 420.67, 'V'],
    ['2023-11', 422.0, 'E'],
    ['2023-12', 425.0, 'E'],
    ['2024-01', 372.0, 'E'],
    ['2024-02', 380.0, 'E'],
    ['2024-03', 386.0, 'E'],
    ['2024-04', 394.0, 'E'],
    ['2024-05', 399.0, 'E'],
    ['2024-06', 402.5, 'E'],
    ['2024-07', 404.6, 'E'],
    ['2024-08', 405.9, 'V'],
  ],
  public_posts: [
    ['2023-01', 425.0, 'E'],
    ['2023-02', 427.0, 'E'],
    ['2023-03', 429.5, 'E'],
    ['2023-04', 432.0, 'E'],
    ['2023-05', 434.0, 'E'],
    ['2023-06', 436.0, 'E'],
    ['2023-07', 437.5, 'E'],
    ['2023-08', 438.8, 'E'],
    ['2023-09', 440.0, 'E'],
    ['2023-10', 440.94, 'V'],
    ['2023-11', 441.5, 'E'],
    ['2023-12', 442.0, 'E'],
    ['2024-01', 436.0, 'E'],
    ['2024-02', 437.0, 'E'],
    ['2024-03', 438.2, 'E'],
    ['2024-04', 439.0, 'E'],
    ['2024-05', 440.1, 'E'],
    ['2024-06', 441.0, 'E'],
    ['2024-07', 441.8, 'E'],
    ['2024-08', 442.5, 'E'],
  ],
  workshops: [
    ['2023-01', 47.8, 'E'],
    ['2023-02', 48.2, 'E'],
    ['2023-03', 48.6, 'E'],
    ['2023-04', 49.0, 'E'],
    ['2023-05', 49.3, 'E'],
    ['2023-06', 49.6, 'E'],
    ['2023-07', 49.9, 'E'],
    ['2023-08', 50.1, 'E'],
    ['2023-09', 50.25, 'E'],
    ['2023-10', 50.39, 'V'],
    ['2023-11', 50.5, 'E'],
    ['2023-12', 50.6, 'E'],
    ['2024-01', 49.5, 'E'],
    ['2024-02', 49.8, 'E'],
    ['2024-03', 50.1, 'E'],
    ['2024-04', 50.4, 'E'],
    ['2024-05', 50.7, 'E'],
    ['2024-06', 51.0, 'E'],
    ['2024-07', 51.2, 'E'],
    ['2024-08', 51.4, 'E'],
  ],
}

/** Programme periods named in the article; month-level dates are approximate (E) and labelled so. */
export const PROGRAMMES = [
  { id: 'spring_breeze', zh: '春风行动', en: 'Spring Breeze Action', months: ['02', '03'] },
  {
    id: 'hundred_day',
    zh: '百日千万招聘专项行动',
    en: '100-Day 10-Million Recruitment Campaign',
    months: ['05', '08'],
  },
] as const

export const SOURCE = {
  zh: '农业农村部、人力资源社会保障部，据新华社2024年9月29日报道；除已公布数字外为演示用合成数据。',
  en: 'Ministry of Agriculture and Rural Affairs and Ministry of Human Resources and Social Security, as reported by Xinhua on 29 September 2024; figures not published are synthetic demo data.',
}

/** 万 → whole persons, exactly (3298.25万 → 32,982,500). */
export function wan(value: number): number {
  return Math.round(value * 10_000)
}
