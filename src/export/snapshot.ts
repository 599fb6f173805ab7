/**
 * What a panel publishes of what it shows (panel/panelRegistry.ts), for the dashboard PNG, the briefing and the
 * workbook of the view: the KPI cards and every chart, as data. Those exports compose their files from these, never
 * from the page's markup.
 */
import type { ChartContent } from '../charts/chartContent'
import type { TableData } from '../lib/table'
import type { View } from '../lib/view'

/** A headline figure card, as the KPI row shows it. */
export interface FigureCard {
  id: string
  title: string
  value: string | null
  lines: string[]
  /** month and unit the card's figures are in */
  caption: string
  /** the card in one sentence, for a document of the view (the briefing); none for a card that only labels */
  sentence?: string
}

interface Common {
  id: string
  /** the view what is shown belongs to */
  view: View
  /** loading, or showing an earlier view's data while this view's loads */
  busy: boolean
  /** what the panel says instead of figures (an error, "not applicable", "no data"), or null */
  message: string | null
}

export interface ChartSnapshot extends Common {
  kind: 'chart'
  /** the message is a failure (drawn as one), not a remark such as "not applicable" */
  failed: boolean
  title: string
  content: ChartContent | null
  /** the height the chart is drawn at */
  height: number
  /** the height it is drawn at on a phone and in the dashboard PNG's phone form, when not `height` */
  phoneHeight?: number
}

export interface CardsSnapshot extends Common {
  kind: 'cards'
  /** what the row is called where it stands alone (a workbook's sheet, the briefing's table) */
  title: string
  cards: FigureCard[] | null
  /** the cards' figures as a table (indicator, value, target, attainment, changes), for the workbook and briefing */
  table: TableData | null
}

export type PanelSnapshot = ChartSnapshot | CardsSnapshot
