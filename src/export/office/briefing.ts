/**
 * The month's briefing (简报) of a view, as a document model: masthead, title, numbered sections of the panels' own
 * sentences, tables and figures, and notes on the data. Pure: built from what the panels published once they showed
 * the view (panel/panelRegistry.ts), never from the page's markup, so what a panel says (its summary, the notes on
 * reports not yet received, the status of a figure in its table) reaches the briefing without code of its own here.
 * export/office/briefingDocx.ts writes the model as a .docx.
 *
 * Which panel goes into which section is `BRIEFING_SECTIONS`; a panel that failed is named as not loaded, in its
 * section and in the notes, never left out in silence.
 */
import type { Meta } from '../../api/meta'
import { filterSummary } from '../../lib/filterSummary'
import { formatCell, type TableData } from '../../lib/table'
import { formatDate, formatDateTime, formatMonth, type Lang } from '../../lib/format'
import { placeOf, scopeLabel } from '../../lib/names'
import type { View } from '../../lib/view'
import type { DashboardPanelId } from '../dashboardLayout'
import { DASHBOARD_WIDE } from '../dashboardLayout'
import { messages, type SectionKey } from './messages'
import type { CardsSnapshot, ChartSnapshot, PanelSnapshot } from '../snapshot'

/** A figure is printed across the text width (156 mm) and drawn for 300 dots an inch there. */
export const FIGURE_PIXELS = Math.ceil((156 / 25.4) * 300)

/** A table as the briefing prints it: every cell in words, formatted for the language. */
export interface TextTable {
  columns: { label: string; numeric: boolean }[]
  rows: string[][]
}

export type BriefingBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'table'; caption: string; table: TextTable }
  /** a chart, drawn from panel `panel`'s content (the same composition as its PNG export) */
  | { kind: 'figure'; caption: string; panel: string; alt: string }
  /** a remark beside a figure or table: reports not yet received */
  | { kind: 'note'; text: string }
  /** a panel that failed: named, with what it said */
  | { kind: 'missing'; text: string }

export interface Briefing {
  lang: Lang
  masthead: { name: string; issue: string; issuer: string; date: string; internal: string }
  /** stands in the header of every page when the data is demo data */
  demo: string | null
  /** the title, in the lines it is set in */
  title: string[]
  /** the view: region, category, period, comparison */
  subtitle: string
  sections: { heading: string; blocks: BriefingBlock[] }[]
  /** the panels whose charts the figures show, in order: each is drawn off screen for the document */
  figures: string[]
}

type PanelId = DashboardPanelId | (typeof DASHBOARD_WIDE)[number]

type Part =
  /** the sentences of these KPI cards; with `subsection`, each under its card's title as a level-2 heading */
  | { cards: string[]; subsection?: boolean }
  /** the KPI cards' figures as a table */
  | { kpiTable: true }
  /** a panel: its chart as a figure captioned by its summary, or a list panel's sentences as a table */
  | { panel: PanelId }

interface SectionLayout {
  key: Exclude<SectionKey, 'notes'>
  parts: Part[]
  /** compares provinces: only for a user who may see every province (a provincial office's briefing leaves it out) */
  everyProvince?: boolean
}

/** The sections and what each holds, in order; the notes on the data follow them. */
export const BRIEFING_SECTIONS: readonly SectionLayout[] = [
  { key: 'overall', parts: [{ cards: ['total'] }, { kpiTable: true }, { panel: 'trend' }, { panel: 'channels' }] },
  {
    key: 'groups',
    parts: [{ cards: ['key_county', 'relocated'], subsection: true }, { panel: 'targets' }],
  },
  { key: 'provinces', everyProvince: true, parts: [{ panel: 'regions' }] },
  { key: 'attention', parts: [{ panel: 'attention' }] },
]

/** The panels the briefing places (a test checks that every panel of the dashboard is among them). */
export const BRIEFING_PANELS: readonly string[] = BRIEFING_SECTIONS.flatMap((s) =>
  s.parts.flatMap((p) => ('panel' in p ? [p.panel] : [])),
)

export interface BriefingInput {
  meta: Meta
  /** the view every panel showed */
  view: View
  scope: { regionIds: readonly string[] }
  panels: PanelSnapshot[]
  /** the issuing unit in the view's language (VITE_ISSUING_UNIT), or null for the neutral default */
  issuer: string | null
  now: Date
}

/** A table in words: every column, or (`textOnly`) a list's words without its numbers, which the workbook carries. */
export function textTable(table: TableData, lang: Lang, textOnly = false): TextTable {
  const columns = textOnly ? table.columns.filter((c) => c.kind === 'text') : table.columns
  return {
    columns: columns.map((c) => ({ label: c.label, numeric: c.kind === 'persons' || c.kind === 'ratio' })),
    rows: table.rows.map((row) => columns.map((c) => formatCell(row[c.key], c.kind, lang, c.signed))),
  }
}

/** A sentence ends with its full stop, whichever message made it. */
function sentence(text: string, lang: Lang): string {
  return /[。.！？!?]$/.test(text) ? text : `${text}${lang === 'zh' ? '。' : '.'}`
}

export function buildBriefing(input: BriefingInput): Briefing {
  const { meta, view, panels, now } = input
  const { lang } = view
  const t = messages[lang]
  const byId = new Map(panels.map((p) => [p.id, p]))
  const cards = byId.get('kpis') as CardsSnapshot | undefined
  const everyProvince = input.scope.regionIds.includes(meta.nationalId)
  const figures: string[] = []
  const missing: string[] = []
  const notes: string[] = []
  const methods: { title: string; lines: string[] }[] = []
  let tables = 0
  let cardsNamed = false

  /** The KPI row failed: said once, where it is first needed. */
  const cardsMissing = (): BriefingBlock[] => {
    if (cardsNamed || !cards || cards.cards) return []
    cardsNamed = true
    missing.push(cards.title)
    return [{ kind: 'missing', text: t.notLoaded(cards.title, cards.message ?? '') }]
  }

  const chartBlocks = (panel: ChartSnapshot): BriefingBlock[] => {
    if (panel.failed) {
      missing.push(panel.title)
      return [{ kind: 'missing', text: t.notLoaded(panel.title, panel.message ?? '') }]
    }
    const content = panel.content
    if (!content) return panel.message ? [{ kind: 'paragraph', text: panel.message }] : []
    if (content.method) methods.push(content.method)
    const note: BriefingBlock[] = content.note ? [{ kind: 'note', text: t.note(content.note) }] : []
    if (content.note) notes.push(content.note)
    const details = (content.details ?? []).map((text): BriefingBlock => ({ kind: 'paragraph', text }))
    if (content.rows) {
      // A list of sentences (Needs attention) is a table of its words, under its summary.
      const blocks: BriefingBlock[] = [{ kind: 'paragraph', text: content.summary }, ...details]
      if (content.table.rows.length > 0) {
        tables += 1
        blocks.push({
          kind: 'table',
          caption: t.table(tables, panel.title),
          table: textTable(content.table, lang, true),
        })
      }
      return [...blocks, ...note]
    }
    figures.push(panel.id)
    return [
      ...details,
      {
        kind: 'figure',
        panel: panel.id,
        caption: t.figure(figures.length, content.summary),
        alt: `${panel.title}: ${content.summary}`,
      },
      ...note,
    ]
  }

  const partBlocks = (part: Part): BriefingBlock[] => {
    if ('kpiTable' in part) {
      if (!cards?.table || cards.table.rows.length === 0) return cardsMissing()
      tables += 1
      return [{ kind: 'table', caption: t.table(tables, cards.title), table: textTable(cards.table, lang) }]
    }
    if ('cards' in part) {
      if (!cards?.cards) return cardsMissing()
      let sub = 0
      return part.cards.flatMap((id): BriefingBlock[] => {
        const card = cards.cards!.find((c) => c.id === id)
        if (!card?.sentence) return []
        const text: BriefingBlock = { kind: 'paragraph', text: card.sentence }
        return part.subsection ? [{ kind: 'subheading', text: t.subsection(++sub, card.title) }, text] : [text]
      })
    }
    const panel = byId.get(part.panel)
    if (!panel || panel.kind !== 'chart') return [{ kind: 'missing', text: t.partMissing }]
    return chartBlocks(panel)
  }

  const sections: Briefing['sections'] = []
  for (const layout of BRIEFING_SECTIONS) {
    if (layout.everyProvince && !everyProvince) continue
    const blocks = layout.parts.flatMap(partBlocks)
    if (blocks.length > 0) sections.push({ heading: t.section(sections.length + 1, layout.key), blocks })
  }

  const notesBlocks: BriefingBlock[] = [
    t.exportSource(meta.source[lang]),
    t.asOf(formatMonth(meta.asOf, lang, 'full')),
    t.noteView(filterSummary(meta, view)),
    ...(everyProvince ? [] : [t.noteScope(scopeLabel(meta, input.scope, lang, t.listSeparator))]),
    ...(meta.demo ? [t.noteDemo] : []),
    ...[...new Set(notes)],
    ...(missing.length ? [t.noteNotLoaded(missing)] : []),
  ].map((text) => ({ kind: 'paragraph' as const, text: sentence(text, lang) }))
  for (const method of methods) {
    notesBlocks.push({ kind: 'paragraph', text: t.noteMethod(method.title) })
    notesBlocks.push(...method.lines.map((line) => ({ kind: 'paragraph' as const, text: line })))
  }
  notesBlocks.push({ kind: 'paragraph', text: sentence(t.exportedAt(formatDateTime(now, lang)), lang) })
  sections.push({ heading: t.section(sections.length + 1, 'notes'), blocks: notesBlocks })

  const [year, month] = meta.asOf.split('-').map(Number)
  return {
    lang,
    masthead: {
      name: t.briefingName,
      issue: t.briefingIssue(year, month),
      issuer: input.issuer?.trim() || t.issuerDefault,
      date: formatDate(now, lang),
      internal: t.internal,
    },
    demo: meta.demo ? t.demoBadge : null,
    title: t.briefingTitle(formatMonth(view.to, lang, 'full'), placeOf(meta, view.region, lang)),
    subtitle: filterSummary(meta, view),
    sections,
    figures,
  }
}

/**
 * The issuing unit for a language from the build's setting: `中文名称|English name`, or one name for both; null
 * when unset (the briefing then names the dashboard, never a ministry it is not).
 */
export function issuerFor(setting: string | undefined, lang: Lang): string | null {
  const [zh, en] = (setting ?? '').split('|').map((s) => s.trim())
  return (lang === 'en' ? en || zh : zh) || null
}
