/** What a panel gives its chart frame to show, export and describe: one shape for the screen and every export. */
import type { ReactNode } from 'react'
import type { TableData } from '../lib/table'

/** One series of a chart's legend: its name and how its line is drawn (the shadcn/ui `ChartConfig` idea). */
export interface LegendItem {
  label: string
  color: string
  /** stroke width of the line sample */
  width: number
  /** SVG stroke-dasharray, for dashed series */
  dash?: string
  /** the series marks its points with dots */
  dot?: boolean
}

export interface ChartContent {
  /** the generated one-sentence summary: the figure's description and the export caption */
  summary: string
  /** the numbers plotted: the data table and the CSV */
  table: TableData
  /** the chart itself; drawn on screen, and again off screen at a fixed width for exports */
  chart: ReactNode
  /** the unit of the chart's values, for the export footer */
  unit: string
  /** drawn under the chart on screen and in exports, in this order */
  legend?: LegendItem[]
  /**
   * the chart's part of export file names when it is not the frame's id: a view of a panel with tabs
   * (`regions-map`), so that two views never export under one name
   */
  chartName?: string
  /** a remark on what is drawn, shown under it and in exports: reports not yet received, say */
  note?: string
  /**
   * sentences beyond the summary that a document of the view (the briefing) carries: the provinces below their
   * targets, say; not drawn on screen, where the chart and its table show the same
   */
  details?: string[]
  /** how the panel's figures are found (the attention rules' thresholds), for a document's notes on the data */
  method?: { title: string; lines: string[] }
  /**
   * A panel whose "chart" is a list of sentences (Needs attention): exports draw these rows, wrapped to the
   * picture's width, instead of drawing `chart` off screen.
   */
  rows?: TextRow[]
}

/** A list row in an export: a short label in a coloured badge (it says what the colour says), then a sentence. */
export interface TextRow {
  badge: string
  color: string
  text: string
}
