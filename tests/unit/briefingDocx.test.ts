/**
 * The briefing written as a .docx (src/export/office/briefingDocx.ts): the page after GB/T 9704 (A4, margins, 22
 * lines of 28 characters), the fonts per script with their stand-ins in the font table, page numbers on odd and even pages,
 * the demo mark in the header, the figures as pictures; English on A4 in Times New Roman. Read back from the
 * package's XML, as Word reads it.
 */
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildBriefing } from '../../src/export/office/briefing'
import {
  CHAR_SPACING,
  columnWidths,
  fontTable,
  LINE_PITCH,
  packBriefing,
  PAGE,
  type FigureImage,
} from '../../src/export/office/briefingDocx'
import { meta, VIEW } from '../fixtures/demo'
import { snapshotsFor } from '../fixtures/snapshots'

/** A 1 × 1 white PNG. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC'),
  (c) => c.charCodeAt(0),
).buffer

async function pack(lang: 'zh' | 'en') {
  const view = { ...VIEW, lang }
  const briefing = buildBriefing({
    meta,
    view,
    scope: { regionIds: meta.regions.map((r) => r.id) },
    panels: await snapshotsFor({ lang }),
    issuer: null,
    now: new Date(Date.UTC(2024, 8, 30)),
  })
  const figures = new Map<string, FigureImage>(
    briefing.figures.map((id) => [id, { png: PNG, width: 2016, height: 900 }]),
  )
  const files = unzipSync(await packBriefing(briefing, figures, 'uint8array'))
  const xml = (path: string) => strFromU8(files[path])
  return { briefing, files, xml }
}

describe('the Chinese briefing as Word reads it', () => {
  let doc: Awaited<ReturnType<typeof pack>>
  let body: string
  beforeAll(async () => {
    doc = await pack('zh')
    body = doc.xml('word/document.xml')
  }, 30_000)

  it('is A4 with GB/T 9704’s margins: 37, 35, 28 and 26 mm', () => {
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(body).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/)
    expect(PAGE.width - PAGE.left - PAGE.right).toBe(8845) // 156 mm
  })

  it('sets 22 lines a page on the grid pitch, 28 characters a line of 三号', () => {
    expect(body).toContain(`<w:docGrid w:type="lines" w:linePitch="${LINE_PITCH}"/>`)
    expect(LINE_PITCH * 22).toBeLessThanOrEqual(16838 - 2098 - 1984)
    expect(LINE_PITCH * 23).toBeGreaterThan(16838 - 2098 - 1984)
    expect(body).toContain(`w:line="${LINE_PITCH}" w:lineRule="exact"`)
    const spacing = Math.floor(CHAR_SPACING)
    expect(body).toContain(`<w:spacing w:val="${spacing}"/>`)
    expect(28 * (16 * 20 + spacing)).toBeLessThanOrEqual(8845)
    expect(29 * (16 * 20 + spacing)).toBeGreaterThan(8845)
  })

  it('names the fonts per script: title 二号 方正小标宋简体, headings 三号 黑体 and 楷体_GB2312, body 三号 仿宋_GB2312', () => {
    // every run's East Asian font and size, and its Latin font
    const runs = [...body.matchAll(/<w:rPr>(.*?)<\/w:rPr>/g)].map(([, rPr]) => ({
      east: /w:eastAsia="([^"]+)"/.exec(rPr)?.[1],
      ascii: /w:ascii="([^"]+)"/.exec(rPr)?.[1],
      size: Number(/<w:sz w:val="(\d+)"/.exec(rPr)?.[1]),
    }))
    const has = (east: string, size: number) => runs.some((r) => r.east === east && r.size === size)
    expect(has('方正小标宋简体', 44)).toBe(true) // 二号
    expect(has('黑体', 32)).toBe(true) // 三号
    expect(has('楷体_GB2312', 32)).toBe(true)
    expect(has('仿宋_GB2312', 32)).toBe(true)
    expect(runs.filter((r) => r.east).every((r) => r.ascii === 'Times New Roman')).toBe(true)
    expect(body).toContain('截至2024年8月底')
    expect(body).toContain('全国脱贫人口务工就业情况')
  })

  it('embeds no font, and gives each the font Word and WPS put in its place', () => {
    expect(Object.keys(doc.files).some((f) => f.startsWith('word/fonts/'))).toBe(false)
    const table = doc.xml('word/fontTable.xml')
    for (const [font, stand] of [
      ['仿宋_GB2312', 'FangSong'],
      ['楷体_GB2312', 'KaiTi'],
      ['黑体', 'SimHei'],
      ['方正小标宋简体', 'SimSun'],
      ['宋体', 'SimSun'],
    ]) {
      expect(table).toContain(`<w:font w:name="${font}"><w:altName w:val="${stand}"/><w:charset w:val="86"/>`)
    }
    expect(fontTable()).toBe(table)
  })

  it('has the masthead name in red, page numbers 「— 1 —」 in 四号 宋体 on odd and even pages, 演示数据 in every header', () => {
    expect(body).toMatch(/<w:color w:val="C00000"\/>(<w:spacing [^>]+>)?<w:sz w:val="72"\/>.*就业帮扶监测简报/)
    expect(doc.xml('word/settings.xml')).toContain('<w:evenAndOddHeaders/>')
    const footers = Object.keys(doc.files).filter((f) => /^word\/footer\d+\.xml$/.test(f))
    expect(footers).toHaveLength(2)
    const aligned = footers.map((f) => doc.xml(f))
    for (const footer of aligned) {
      expect(footer).toContain('— </w:t>')
      expect(footer).toContain('PAGE')
      expect(footer).toContain('<w:sz w:val="28"/>')
      expect(footer).toContain('w:eastAsia="宋体"')
    }
    expect(aligned.map((f) => /<w:jc w:val="(right|left)"\/>/.exec(f)?.[1]).sort()).toEqual(['left', 'right'])
    const headers = Object.keys(doc.files).filter((f) => /^word\/header\d+\.xml$/.test(f))
    expect(headers.length).toBeGreaterThanOrEqual(2)
    for (const header of headers) expect(doc.xml(header)).toContain('演示数据')
  })

  it('holds each figure as a picture with its caption, and the tables with a repeated header row', () => {
    // one picture a figure (the test gives them all the same image, which the package then holds once)
    expect(Object.keys(doc.files).some((f) => f.startsWith('word/media/'))).toBe(true)
    expect(body.match(/<wp:inline/g)).toHaveLength(doc.briefing.figures.length)
    expect(body).toContain('图1\u3000截至2024年8月底')
    expect(body).toContain('表2\u3000需要关注')
    expect(body.match(/<w:tblHeader\/>/g)?.length).toBeGreaterThanOrEqual(2)
  })
})

describe('the English briefing', () => {
  it('is on A4 in Times New Roman, without the Chinese grid', async () => {
    const { xml } = await pack('en')
    const body = xml('word/document.xml')
    expect(body).toContain('<w:pgSz w:w="11906" w:h="16838"')
    expect(body).not.toContain('<w:docGrid w:type="lines"')
    expect(body).toContain('w:ascii="Times New Roman"')
    expect(body).toContain('Employment Assistance Briefing')
    expect(body).toContain('1. Overall picture')
  }, 30_000)
})

describe('columnWidths', () => {
  const table = (columns: string[], rows: string[][]) => ({
    columns: columns.map((label) => ({ label, numeric: false })),
    rows,
  })

  it('fills the text width, each column by what it holds, when all fits', () => {
    const widths = columnWidths(table(['指标', '人数'], [['脱贫人口务工就业', '3295.3万']]), 12)
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8845)
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(8800)
    expect(widths[0]).toBeGreaterThan(widths[1])
  })

  it('keeps a short name unbroken and gives the rest to the sentences when it does not', () => {
    const sentence = '西藏就业帮扶车间吸纳脱贫人口就业：2024年8月数据尚未上报，全国数为已上报省份之和，不含西藏。'
    const widths = columnWidths(
      table(
        ['严重程度', '地区', '类别', '规则', '情况'],
        [['高', '内蒙古', '易地扶贫搬迁脱贫人口', '未完成年度目标任务', sentence]],
      ),
      12,
    )
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(8845)
    expect(widths[1]).toBeGreaterThanOrEqual(3 * 240 + 160) // 内蒙古 on one line
    expect(widths[4]).toBe(Math.max(...widths))
    const english = columnWidths(
      table(
        ['Severity', 'Region', 'Rule', 'What the data shows'],
        [['Medium', 'Xizang', 'Fell on the month before', sentence]],
      ),
      10,
    )
    expect(english[1]).toBeGreaterThanOrEqual(6 * 120 + 160) // Xizang on one line
  })
})
