/** The lines that make an exported picture stand alone, for the view it shows. */
import type { Meta } from '../api/meta'
import { filterSummary } from '../lib/filterSummary'
import { formatDateTime, formatMonth } from '../lib/format'
import type { View } from '../lib/view'
import type { ExportText } from './compose'
import { messages } from './messages'

export function exportText(
  meta: Meta,
  view: View,
  chart: { title: string; summary: string; unit: string },
  now: Date,
): ExportText {
  const { lang } = view
  const t = messages[lang]
  return {
    title: chart.title,
    summary: chart.summary,
    filters: filterSummary(meta, view),
    unit: t.exportUnit(chart.unit),
    asOf: t.asOf(formatMonth(meta.asOf, lang, 'full')),
    source: t.exportSource(meta.source[lang]),
    exportedAt: t.exportedAt(formatDateTime(now, lang)),
    watermark: meta.demo ? t.demoBadge : null,
  }
}

/**
 * The lines of a chart drawn as a document's figure: its title and unit (and the demo mark); the document states the
 * view, as-of month, source and export time once, and captions the figure with its summary.
 */
export function figureText(meta: Meta, view: View, chart: { title: string; unit: string }): ExportText {
  const t = messages[view.lang]
  return {
    title: chart.title,
    summary: '',
    filters: '',
    unit: t.exportUnit(chart.unit),
    asOf: '',
    source: '',
    exportedAt: '',
    watermark: meta.demo ? t.demoBadge : null,
  }
}
