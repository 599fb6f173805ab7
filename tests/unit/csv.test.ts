/**
 * CSV export (src/export/csv.ts): quoting, formulas neutralised, a table read back as written; and the export file
 * names (src/export/fileName.ts).
 */
import { describe, expect, it } from 'vitest'
import { neutraliseFormula, quoteField, tableToCsv } from '../../src/export/csv'
import { exportFileName, MAX_NAME } from '../../src/export/fileName'
import type { TableData } from '../../src/lib/table'

const HOSTILE = ['a "quoted" name', 'comma, inside', 'line\nbreak', "=cmd|' /C calc'!A0", '<script>alert(1)</script>']

function parseCsv(text: string): string[][] {
  // A small RFC 4180 reader, to check that what we write reads back as written.
  const rows: string[][] = [[]]
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      rows[rows.length - 1].push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows[rows.length - 1].push(field)
      field = ''
      rows.push([])
      i += 1
    } else field += c
  }
  if (field || rows[rows.length - 1].length) rows[rows.length - 1].push(field)
  return rows.filter((r) => r.length > 0)
}

const table = (names: string[]): TableData => ({
  columns: [
    { key: 'name', label: '地区', kind: 'text' },
    { key: 'value', label: '数值', kind: 'persons' },
    { key: 'ratio', label: '完成率', kind: 'ratio' },
    { key: 'change', label: '同比', kind: 'persons' },
  ],
  rows: names.map((name, i) => ({ name, value: 1000 * (i + 1), ratio: 1.0914481, change: -237000 })),
})

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF and names units in the header', () => {
    const csv = tableToCsv(table(['云南']), 'zh')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.slice(1).split('\r\n')[0]).toBe('地区,数值（人）,完成率（%）,同比（人）')
    expect(
      tableToCsv(table(['Yunnan']), 'en')
        .slice(1)
        .split('\r\n')[0],
    ).toBe('地区,数值 (persons),完成率 (%),同比 (persons)')
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\n/)
  })

  it('writes whole persons, ratios as percentages, and negative numbers as numbers', () => {
    const rows = parseCsv(tableToCsv(table(['云南']), 'zh').slice(1))
    expect(rows[1]).toEqual(['云南', '1000', '109.14', '-237000'])
  })

  it('keeps hostile names valid and inert: they read back as text, never as a formula', () => {
    const rows = parseCsv(tableToCsv(table(HOSTILE), 'zh').slice(1))
    expect(rows).toHaveLength(HOSTILE.length + 1)
    expect(rows.slice(1).map((r) => r.length)).toEqual(HOSTILE.map(() => 4))
    expect(rows[1][0]).toBe('a "quoted" name')
    expect(rows[2][0]).toBe('comma, inside')
    expect(rows[3][0]).toBe('line\nbreak')
    expect(rows[4][0]).toBe("'=cmd|' /C calc'!A0")
    expect(rows[5][0]).toBe('<script>alert(1)</script>')
  })

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('neutralises a text cell starting %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`)
  })

  it('leaves ordinary text alone and quotes only what needs it', () => {
    expect(neutraliseFormula('贵州')).toBe('贵州')
    expect(quoteField('plain')).toBe('plain')
    expect(quoteField('a,b')).toBe('"a,b"')
    expect(quoteField('say "hi"')).toBe('"say ""hi"""')
  })

  it('writes an empty cell for a missing value', () => {
    const csv = tableToCsv(
      {
        columns: [
          { key: 'm', label: 'm', kind: 'month' },
          { key: 'v', label: 'v', kind: 'persons' },
        ],
        rows: [{ m: '2023-01', v: null }],
      },
      'en',
    )
    expect(csv.slice(1).split('\r\n')[1]).toBe('2023-01,')
  })
})

describe('export file names', () => {
  const view = {
    chart: 'trend',
    region: '520000',
    category: 'key_county',
    from: '2024-01',
    to: '2024-08',
    compare: 'mom',
    lang: 'zh',
  } as const

  it('are <chart>_<region>_<category>_<from>_<to>_<compare>_<lang>', () => {
    expect(exportFileName(view, 'png')).toBe('trend_520000_key-county_2024-01_2024-08_mom_zh.png')
    expect(exportFileName({ ...view, chart: 'dashboard', category: 'total' }, 'csv')).toBe(
      'dashboard_520000_total_2024-01_2024-08_mom_zh.csv',
    )
  })

  it('differ when any part of the view differs', () => {
    const changes = [
      { chart: 'targets' },
      { region: '530000' },
      { category: 'relocated' },
      { from: '2023-06' },
      { to: '2024-07' },
      { compare: 'yoy' },
      { lang: 'en' },
    ] as const
    const names = [view, ...changes.map((change) => ({ ...view, ...change }))].map((v) => exportFileName(v, 'png'))
    expect(new Set(names).size).toBe(names.length)
  })

  it('stay safe ASCII whatever the ids contain', () => {
    const name = exportFileName(
      {
        chart: 'trend',
        region: '../../etc/passwd',
        category: '<script>"' as 'total',
        from: '云南\n',
        to: 'a/b\\c',
        compare: 'x y' as 'mom',
        lang: '..' as 'zh',
      },
      'csv',
    )
    expect(name).toMatch(/^[A-Za-z0-9_.-]+$/)
    expect(name).not.toContain('..')
    expect(name.endsWith('.csv')).toBe(true)
  })

  it('keep every id whole: four compared regions are all in the name', () => {
    const ids = ['530000', '510000', '000000', '410000']
    const name = exportFileName({ ...view, chart: `trend-attainment-${ids.join('-')}` }, 'png')
    expect(name).toBe(`trend-attainment-${ids.join('-')}_520000_key-county_2024-01_2024-08_mom_zh.png`)
  })

  it('shorten only past what file systems take, and stay unique', () => {
    const long = (n: number) => `trend-attainment-${Array.from({ length: n }, (_, i) => String(110000 + i)).join('-')}`
    const a = exportFileName({ ...view, chart: long(40) }, 'png')
    const b = exportFileName({ ...view, chart: long(41) }, 'png')
    for (const name of [a, b]) {
      expect(name.length).toBeLessThanOrEqual(MAX_NAME)
      expect(name).toMatch(
        /^trend-attainment-110000-[0-9-]*-[0-9a-f]{8}_520000_key-county_2024-01_2024-08_mom_zh\.png$/,
      )
    }
    expect(a).not.toBe(b)
  })
})
