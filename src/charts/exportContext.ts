/** What an export needs to know about the view, besides its chart: given by the dashboard to every chart frame. */
import { createContext, useContext } from 'react'
import type { Meta } from '../api/meta'
import { formatDateTime, formatMonth, formatMonthRange } from '../lib/format'
import { messages } from '../lib/i18n'
import { categoryName, regionName } from '../lib/names'
import type { View } from '../lib/view'
import type { ExportText } from './export/compose'

export interface ExportView {
  meta: Meta
  view: View
}

export const ExportContext = createContext<ExportView | null>(null)

export function useExportView(): ExportView | null {
  return useContext(ExportContext)
}

/** Region, category, period and comparison in one line, for export headers and the printed page. */
export function filterSummary({ meta, view }: ExportView): string {
  const { lang } = view
  const t = messages[lang]
  return t.exportFilters({
    region: regionName(meta, view.region, lang),
    category: categoryName(meta, view.category, lang),
    period: formatMonthRange(view.from, view.to, lang),
    compare: view.compare === 'mom' ? t.compareMom : t.compareYoy,
  })
}

/** The lines that make an exported chart stand alone. */
export function exportText(
  { meta, view }: ExportView,
  chart: { title: string; summary: string; unit: string },
  now: Date,
): ExportText {
  const { lang } = view
  const t = messages[lang]
  return {
    title: chart.title,
    summary: chart.summary,
    filters: filterSummary({ meta, view }),
    unit: t.exportUnit(chart.unit),
    asOf: t.asOf(formatMonth(meta.asOf, lang, 'full')),
    source: t.exportSource(meta.source[lang]),
    exportedAt: t.exportedAt(formatDateTime(now, lang)),
    watermark: meta.demo ? t.demoBadge : null,
  }
}
