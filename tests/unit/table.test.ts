/** A chart's table: cells as the data table shows them, and the order it sorts them in. */
import { describe, expect, it } from 'vitest'
import { compareCells, formatCell } from '../../src/lib/table'

describe('formatCell', () => {
  it('shows an empty cell as a dash', () => {
    for (const kind of ['text', 'month', 'persons', 'ratio'] as const) expect(formatCell(null, kind, 'zh')).toBe('—')
  })

  it('formats each kind in the language', () => {
    expect(formatCell(32_953_000, 'persons', 'zh')).toBe('3295.3万')
    expect(formatCell(32_953_000, 'persons', 'en')).toBe('32.953 million')
    expect(formatCell(32_953_000 / 30_192_000, 'ratio', 'zh')).toBe('109.1%')
    expect(formatCell('2024-08', 'month', 'zh')).toBe('2024年8月')
    expect(formatCell('2024-08', 'month', 'en')).toBe('Aug 2024')
    expect(formatCell('贵州', 'text', 'en')).toBe('贵州')
    expect(formatCell('2024-08', 'text', 'zh')).toBe('2024-08')
    expect(formatCell(42, 'text', 'zh')).toBe('42')
    expect(formatCell(0, 'persons', 'zh')).toBe('0人')
    expect(formatCell(303, 'persons', 'en')).toBe('303')
    expect(formatCell(-15, 'persons', 'zh')).toBe('-15人')
  })
})

describe('compareCells', () => {
  it('sorts names by the language: pinyin in Chinese, the alphabet in English (issue 10 item 6)', () => {
    const zh = ['云南', '安徽', '贵州', '福建']
    expect([...zh].sort((a, b) => compareCells(a, b, 'zh'))).toEqual(['安徽', '福建', '贵州', '云南'])
    const en = ['Yunnan', 'anhui', 'Guizhou', 'Xizang']
    expect([...en].sort((a, b) => compareCells(a, b, 'en'))).toEqual(['anhui', 'Guizhou', 'Xizang', 'Yunnan'])
  })

  it('sorts numbers by value and empty cells last', () => {
    expect([3, null, -1, 20].sort((a, b) => compareCells(a, b, 'en'))).toEqual([-1, 3, 20, null])
  })
})

describe('signed changes (one rule: a change shows its sign, as the cards and sentences write it)', () => {
  it('a signed column writes + before a rise and − before a fall; a level stays unsigned', () => {
    expect(formatCell(44_900, 'persons', 'zh', true)).toBe('+4.5万')
    expect(formatCell(6_279, 'persons', 'zh', true)).toBe('+6279人')
    expect(formatCell(-6_279, 'persons', 'en', true)).toBe('-6,279')
    expect(formatCell(0, 'persons', 'en', true)).toBe('0')
    expect(formatCell(44_900, 'persons', 'zh')).toBe('4.5万')
  })

  it("the ranking's change column is signed, its levels are not", async () => {
    const { regionsTable } = await import('../../src/features/regions/regions')
    const columns = regionsTable([], 'zh', 'mom').columns
    expect(columns.filter((c) => c.signed).map((c) => c.key)).toEqual(['change'])
  })
})
