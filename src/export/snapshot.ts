/**
 * What a panel publishes of what it shows (panel/panelRegistry.ts), for the dashboard PNG: the KPI cards and every
 * chart, as data. The dashboard export composes its picture from these, never from the page's markup.
 */
import type { ChartContent } from '../charts/chartContent'
import type { View } from '../lib/view'

/** A headline figure card, as the KPI row shows it. */
export interface FigureCard {
  id: string
  title: string
  value: string | null
  lines: string[]
  caption: string
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
}

export interface CardsSnapshot extends Common {
  kind: 'cards'
  cards: FigureCard[] | null
}

export type PanelSnapshot = ChartSnapshot | CardsSnapshot
