/**
 * The briefing (./briefing.ts) as a .docx, with `docx` 9. A chunk of its own, loaded when someone asks for a
 * briefing (never by the first view): docx, with the zip library it bundles, weighs about 71 KiB gzip.
 *
 * Chinese pages follow GB/T 9704-2012 (official documents): A4; margins 37 / 35 / 28 / 26 mm (top, bottom, left,
 * right); title 二号 方正小标宋简体; level-1 headings 三号 黑体; level-2 三号 楷体_GB2312; body 三号 仿宋_GB2312 on
 * a grid of 22 lines × 28 characters; page numbers 「— 1 —」 in 四号 宋体, right on odd pages and left on even ones,
 * a character in from the edge. No font is embedded: the font table names, for each, the font Word and WPS put in its
 * place on a machine without it (FangSong, KaiTi, SimHei, SimSun). English: the same structure on A4, in Times New
 * Roman.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
  type ISpacingProperties,
} from 'docx'
import type { Briefing, BriefingBlock, TextTable } from './briefing'

/** A figure: the chart's picture (a PNG composed as its PNG export is) and its size in pixels. */
export interface FigureImage {
  png: ArrayBuffer
  width: number
  height: number
}

const mm = (value: number) => Math.round((value / 25.4) * 1440)

/** A4, and GB/T 9704's margins, in twips. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  top: mm(37),
  bottom: mm(35),
  left: mm(28),
  right: mm(26),
  header: mm(15),
  footer: mm(23),
}
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right

/** 22 lines a page: the text area's height over 22, in twips (about 28.95 pt). */
export const LINE_PITCH = Math.floor((PAGE.height - PAGE.top - PAGE.bottom) / 22)
const BODY_PT = 16 // 三号
/**
 * 28 characters a line: the 156 mm line holds 27.6 characters of 16 pt, so text of that size is set a quarter point
 * closer (in twentieths of a point). Word's own way, a character grid with a negative pitch (`linesAndChars`), is
 * not used: LibreOffice then gives every character two cells of the grid, half a line's worth of text a line.
 */
export const CHAR_SPACING = Math.floor((TEXT_WIDTH / 28 - BODY_PT * 20) * 100) / 100

/** The fonts named, and the font the font table gives Word and WPS in place of each where it is missing. */
export const FONTS = {
  title: { name: '方正小标宋简体', altName: 'SimSun', family: 'roman' },
  heading: { name: '黑体', altName: 'SimHei', family: 'modern' },
  kai: { name: '楷体_GB2312', altName: 'KaiTi', family: 'modern' },
  body: { name: '仿宋_GB2312', altName: 'FangSong', family: 'modern' },
  song: { name: '宋体', altName: 'SimSun', family: 'auto' },
  latin: { name: 'Times New Roman', altName: '', family: 'roman' },
} as const

type FontKey = keyof typeof FONTS

const RED = 'C00000'

interface Typeface {
  font: FontKey
  /** points */
  size: number
  bold?: boolean
  color?: string
}

/** Run fonts per script (ascii, hAnsi, eastAsia apart): Chinese in the named font, Latin and digits in Times. */
function run(text: string, face: Typeface, lang: Briefing['lang']): TextRun {
  const east = lang === 'zh' ? FONTS[face.font].name : FONTS.song.name
  const options: IRunOptions = {
    text,
    font: { ascii: FONTS.latin.name, hAnsi: FONTS.latin.name, eastAsia: east, cs: FONTS.latin.name },
    size: face.size * 2,
    bold: face.bold,
    // black unless said otherwise: the heading styles' own colour is blue
    color: face.color ?? '000000',
    characterSpacing: lang === 'zh' && face.size === BODY_PT ? Math.floor(CHAR_SPACING) : undefined,
  }
  return new TextRun(options)
}

/** The look of each kind of paragraph, per language. */
function faces(lang: Briefing['lang']) {
  const zh = lang === 'zh'
  return {
    name: { font: 'title', size: zh ? 36 : 26, bold: !zh, color: RED } as Typeface,
    masthead: { font: 'body', size: zh ? 16 : 12 } as Typeface,
    internal: { font: 'heading', size: zh ? 16 : 12, bold: !zh } as Typeface,
    title: { font: 'title', size: zh ? 22 : 16, bold: !zh } as Typeface,
    subtitle: { font: 'kai', size: zh ? 16 : 12, color: zh ? undefined : '444444' } as Typeface,
    heading1: { font: 'heading', size: zh ? 16 : 14, bold: !zh } as Typeface,
    heading2: { font: 'kai', size: zh ? 16 : 12, bold: !zh } as Typeface,
    body: { font: 'body', size: zh ? 16 : 12 } as Typeface,
    caption: { font: 'kai', size: zh ? 14 : 10.5 } as Typeface,
    note: { font: 'body', size: zh ? 14 : 10.5 } as Typeface,
    missing: { font: 'heading', size: zh ? 16 : 12, bold: !zh, color: RED } as Typeface,
    cell: { font: 'body', size: zh ? 12 : 10 } as Typeface,
    head: { font: 'heading', size: zh ? 12 : 10, bold: !zh } as Typeface,
    pageNumber: { font: 'song', size: zh ? 14 : 12 } as Typeface,
    demo: { font: 'heading', size: zh ? 12 : 10, bold: true, color: 'B35C00' } as Typeface,
  }
}

/** Chinese lines on the 28.95 pt pitch, exactly (an exact line is not snapped: Word, WPS and LibreOffice agree). */
function lines(lang: Briefing['lang'], pt?: number): ISpacingProperties {
  if (lang === 'zh') return { line: pt ? pt * 20 : LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 }
  return { line: 276, lineRule: LineRuleType.AUTO, before: 0, after: 120 }
}

/** Two characters in, as a Chinese paragraph starts; English paragraphs are not indented. */
const firstLine = (lang: Briefing['lang']) => (lang === 'zh' ? { firstLine: BODY_PT * 20 * 2 } : undefined)

/**
 * A table cell's left and right margins together (80 twips each), in twips, with a few more for the difference
 * between the estimate below and a font's real widths, so that a name that fits is not broken over two lines.
 */
const CELL_MARGINS = 240

/**
 * Column widths in twips: each as wide as its longest cell (its header may take two lines), scaled up to the text
 * width when they fit. When they do not, the narrow columns (a severity, a region) keep that width, and the others
 * share the rest by how much they hold, each at least as wide as its longest word: a name, a number or a word is
 * never broken over lines, a sentence is.
 */
export function columnWidths(table: TextTable, fontPt: number): number[] {
  // A Chinese character is as wide as the font is high; Latin letters and digits about 0.6 of it (Times, generous).
  const twips = (text: string) =>
    [...text].reduce((n, c) => n + (c.charCodeAt(0) >= 0x2e80 ? fontPt * 20 : fontPt * 12), 0)
  // Text wraps between words or Chinese characters, never within a word; a cell's short name (西藏, 高) not at all.
  const longestWord = (text: string) =>
    Math.max(0, ...(text.match(/[\u2E80-\u9FFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uFF00-\uFFEF]+/g) ?? []).map(twips))
  const unbroken = (text: string) => ([...text].length <= 6 && !/\s/.test(text) ? twips(text) : longestWord(text))
  const cells = (i: number) => table.rows.map((row) => row[i] ?? '')
  const least = table.columns.map(
    (column, i) => Math.max(longestWord(column.label), ...cells(i).map(unbroken)) + CELL_MARGINS,
  )
  const want = table.columns.map((column, i) =>
    Math.max(
      least[i],
      Math.ceil(twips(column.label) / 2) + CELL_MARGINS,
      ...cells(i).map((c) => twips(c) + CELL_MARGINS),
    ),
  )
  const total = want.reduce((a, b) => a + b, 0)
  if (total <= TEXT_WIDTH) return want.map((w) => Math.floor((w * TEXT_WIDTH) / total))
  const widths: (number | null)[] = want.map((w) => (w <= TEXT_WIDTH * 0.15 ? w : null))
  // Share what is left among the wide columns by what they hold; one whose share is below its longest word takes
  // that, and the rest is shared again.
  for (;;) {
    const open = widths.flatMap((w, i) => (w === null ? [i] : []))
    if (open.length === 0) break
    const room = TEXT_WIDTH - widths.reduce<number>((a, w) => a + (w ?? 0), 0)
    const wanted = open.reduce((a, i) => a + want[i], 0)
    const short = open.find((i) => (room * want[i]) / wanted < least[i])
    if (short === undefined) {
      for (const i of open) widths[i] = Math.floor((room * want[i]) / wanted)
      break
    }
    widths[short] = least[short]
  }
  return widths.map((w) => Math.max(1, w ?? 0))
}

/** Up to this many rows a table is kept on one page (with its caption); a longer one runs on, its header repeated. */
const KEEP_TOGETHER = 12

function tableOf(table: TextTable, lang: Briefing['lang']): Table {
  const f = faces(lang)
  const widths = columnWidths(table, f.cell.size)
  const together = table.rows.length <= KEEP_TOGETHER
  const cell = (text: string, i: number, header: boolean, last: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      shading: header ? { fill: 'EDEFF3' } : undefined,
      margins: { left: 80, right: 80, top: 30, bottom: 30 },
      children: [
        new Paragraph({
          alignment: header
            ? AlignmentType.CENTER
            : table.columns[i].numeric
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
          keepNext: together && !last,
          spacing: lang === 'zh' ? lines(lang, 18) : { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          children: [run(text, header ? f.head : f.cell, lang)],
        }),
      ],
    })
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: table.columns.map((c, i) => cell(c.label, i, true, false)) }),
      ...table.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) => cell(text, i, false, r === table.rows.length - 1)),
          }),
      ),
    ],
  })
}

function blockOf(block: BriefingBlock, lang: Briefing['lang'], figures: ReadonlyMap<string, FigureImage>) {
  const f = faces(lang)
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: firstLine(lang),
          spacing: lines(lang),
          children: [run(block.text, f.body, lang)],
        }),
      ]
    case 'subheading':
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_2,
          indent: firstLine(lang),
          spacing: lines(lang),
          keepNext: true,
          children: [run(block.text, f.heading2, lang)],
        }),
      ]
    case 'note':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: lang === 'zh' ? lines(lang, 22) : { line: 240, lineRule: LineRuleType.AUTO, after: 120 },
          children: [run(block.text, f.note, lang)],
        }),
      ]
    case 'missing':
      return [
        new Paragraph({
          indent: firstLine(lang),
          spacing: lines(lang),
          children: [run(block.text, f.missing, lang)],
        }),
      ]
    case 'table':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: lang === 'zh' ? lines(lang) : { before: 120, after: 60 },
          keepNext: true,
          children: [run(block.caption, { ...f.caption, font: 'heading', bold: lang === 'en' }, lang)],
        }),
        tableOf(block.table, lang),
        new Paragraph({ spacing: lines(lang, 8), children: [] }),
      ]
    case 'figure': {
      const image = figures.get(block.panel)
      if (!image) return []
      // The picture fills the text width; its height keeps its proportions.
      const width = Math.round((TEXT_WIDTH / 1440) * 96)
      const height = Math.round((width * image.height) / image.width)
      return [
        // Single spacing: an exact line would clip the picture to one line's height.
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 120, after: 60 },
          children: [
            new ImageRun({
              type: 'png',
              data: image.png,
              transformation: { width, height },
              altText: { name: block.panel, title: block.caption, description: block.alt },
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing:
            lang === 'zh' ? { ...lines(lang, 22), after: 120 } : { line: 240, lineRule: LineRuleType.AUTO, after: 200 },
          children: [run(block.caption, f.caption, lang)],
        }),
      ]
    }
  }
}

/** 「— 1 —」, a character in from the outer edge: right on odd pages, left on even ones (GB/T 9704 7.5). */
function pageNumber(lang: Briefing['lang'], side: 'odd' | 'even') {
  const f = faces(lang)
  const face = f.pageNumber
  const font = { ascii: FONTS.song.name, hAnsi: FONTS.song.name, eastAsia: FONTS.song.name }
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: face.size * 20 } : { left: face.size * 20 },
        children: [
          new TextRun({ text: '— ', font, size: face.size * 2 }),
          new TextRun({ children: [PageNumber.CURRENT], font, size: face.size * 2 }),
          new TextRun({ text: ' —', font, size: face.size * 2 }),
        ],
      }),
    ],
  })
}

/** The demo mark in the header of every page, or an empty header. */
function header(briefing: Briefing) {
  const f = faces(briefing.lang)
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: briefing.demo ? [run(briefing.demo, f.demo, briefing.lang)] : [],
      }),
    ],
  })
}

/** 报头: 内部资料, the name in red, the issue, the issuing unit and date, a red rule. */
function masthead(briefing: Briefing): Paragraph[] {
  const { lang, masthead: m } = briefing
  const f = faces(lang)
  return [
    new Paragraph({ spacing: lines(lang), children: [run(m.internal, f.internal, lang)] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 240, after: 120 },
      children: [run(m.name, f.name, lang)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: lines(lang),
      children: [run(m.issue, f.masthead, lang)],
    }),
    new Paragraph({
      spacing: { ...lines(lang), after: 0 },
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 4 } },
      children: [
        run(m.issuer, f.masthead, lang),
        new TextRun({ children: [new Tab()] }),
        run(m.date, f.masthead, lang),
      ],
    }),
    new Paragraph({ spacing: lines(lang), children: [] }),
  ]
}

/**
 * The font table: each font Word and WPS look for, with the one they use where it is missing (w:altName), the
 * Chinese character set (GB2312) and family, so that nothing is embedded and nothing falls back to a Latin font.
 */
export function fontTable(): string {
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const fonts = Object.values(FONTS).map((font) => {
    const chinese = font.name !== FONTS.latin.name
    return (
      `<w:font w:name="${font.name}">` +
      (font.altName ? `<w:altName w:val="${font.altName}"/>` : '') +
      `<w:charset w:val="${chinese ? '86' : '00'}"/><w:family w:val="${font.family}"/>` +
      `<w:pitch w:val="${chinese ? 'fixed' : 'variable'}"/></w:font>`
    )
  })
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${w}">${fonts.join('')}</w:fonts>`
}

export function briefingDocument(briefing: Briefing, figures: ReadonlyMap<string, FigureImage>): Document {
  const { lang } = briefing
  const f = faces(lang)
  const zh = lang === 'zh'
  const children = [
    ...masthead(briefing),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: zh ? lines(lang) : { after: 120 },
      children: briefing.title.flatMap((line, i) =>
        i === 0 ? [run(line, f.title, lang)] : [new TextRun({ break: 1 }), run(line, f.title, lang)],
      ),
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: zh ? lines(lang) : { after: 240 },
      children: [run(zh ? `（${briefing.subtitle}）` : `(${briefing.subtitle})`, f.subtitle, lang)],
    }),
    ...(zh ? [new Paragraph({ spacing: lines(lang), children: [] })] : []),
    ...briefing.sections.flatMap((section) => [
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        indent: firstLine(lang),
        keepNext: true,
        spacing: zh ? lines(lang) : { before: 240, after: 120 },
        children: [run(section.heading, f.heading1, lang)],
      }),
      ...section.blocks.flatMap((block) => blockOf(block, lang, figures)),
    ]),
  ]
  const bodyFont = zh ? FONTS.body.name : FONTS.latin.name
  return new Document({
    creator: briefing.masthead.issuer,
    title: briefing.title.join(briefing.lang === 'zh' ? '' : ' '),
    description: briefing.subtitle,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONTS.latin.name, hAnsi: FONTS.latin.name, eastAsia: bodyFont, cs: FONTS.latin.name },
            size: (zh ? BODY_PT : 12) * 2,
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.top,
              bottom: PAGE.bottom,
              left: PAGE.left,
              right: PAGE.right,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
          // 22 lines a page (the lines are also set exactly at this pitch, which every office suite keeps)
          grid: zh ? { type: DocumentGridType.LINES, linePitch: LINE_PITCH } : undefined,
        },
        headers: { default: header(briefing), even: header(briefing) },
        footers: { default: pageNumber(lang, 'odd'), even: pageNumber(lang, 'even') },
        children,
      },
    ],
  })
}

/** The briefing packed as a .docx, its font table naming the fonts that stand in for missing ones. */
export function packBriefing<T extends 'blob' | 'uint8array'>(
  briefing: Briefing,
  figures: ReadonlyMap<string, FigureImage>,
  type: T,
) {
  return Packer.pack(briefingDocument(briefing, figures), type, false, [
    { path: 'word/fontTable.xml', data: fontTable() },
  ])
}

export function briefingDocx(briefing: Briefing, figures: ReadonlyMap<string, FigureImage>): Promise<Blob> {
  return packBriefing(briefing, figures, 'blob')
}
