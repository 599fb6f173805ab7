import { useContext, useEffect, useRef, useState } from 'react'
import type { Meta } from '../api/meta'
import { filterSummary } from '../lib/filterSummary'
import { formatDateTime, formatMonth } from '../lib/format'
import { useMessages } from '../lib/LangContext'
import type { View } from '../lib/view'
import { DASHBOARD_WIDE, dashboardGeometry, exportColumns, type DashboardForm } from '../export/dashboardLayout'
import { useShareImage } from '../export/ShareImage'
import type { ChartSnapshot, PanelSnapshot } from '../export/snapshot'
import { PanelRegistryContext } from '../panel/panelRegistry'
import { useExportStage } from '../export/useExportStage'
import { messages } from './messages'

/**
 * Exports the whole dashboard (header, KPI cards, every panel) as one PNG for a one-page briefing, composed from
 * what the panels publish once every one of them shows the page's view; a panel that failed goes out as failed, in
 * words. The filters and file name are those of the view the page settled on, which may be later than the click.
 *
 * Two forms (export/dashboardLayout.ts): the page's columns at 1600 px, or the phone form, one column 375 px wide at 2×
 * (a 长图): on a phone (below 600 px, as the page's own phone layout) the button makes the phone form; on a wider
 * screen `form="phone"` offers it beside the other. Inside WeChat's browser, which drops downloads, the picture opens
 * in a dialog to press and hold (export/ShareImage.tsx) instead of downloading.
 */
export function DashboardExportButton({
  meta,
  view,
  form: asked,
  className,
}: {
  meta: Meta
  view: View
  /** the phone form whatever the screen; otherwise chosen by the screen's width */
  form?: DashboardForm
  className?: string
}) {
  const t = useMessages(messages)
  const registry = useContext(PanelRegistryContext)
  const { stage, draw, clear } = useExportStage()
  const shareImage = useShareImage()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState<'error' | 'unsettled' | null>(null)
  const latest = useRef(view)
  useEffect(() => {
    latest.current = view
  })

  async function run() {
    if (!registry) return
    setBusy(true)
    setFailed(null)
    try {
      const form: DashboardForm =
        asked ?? (typeof window.matchMedia === 'function' && window.matchMedia(PHONE).matches ? 'phone' : 'desktop')
      const { download, exportFileName, isWeChat, renderDashboardPng } = await import('../export/exportFiles')
      // A panel still loading or updating would go out with the previous view's numbers: wait for every panel.
      const panels = await registry.whenShowing(() => latest.current)
      if (!panels) {
        setFailed('unsettled')
        return
      }
      const settled = latest.current
      const byId = new Map<string, PanelSnapshot>(panels.map((panel) => [panel.id, panel]))
      const columns = exportColumns(form).map((column) => ({
        ...column,
        panels: column.panels.flatMap((id) => {
          const panel = byId.get(id)
          return panel?.kind === 'chart' ? [panel] : []
        }),
      }))
      const wide = DASHBOARD_WIDE.flatMap((id) => {
        const panel = byId.get(id)
        return panel?.kind === 'chart' ? [panel] : []
      })
      // Charts are drawn off screen at their column's width; a list of sentences is composed from its rows.
      const drawn = await draw(
        columns.flatMap((column) =>
          column.panels.flatMap((panel: ChartSnapshot) =>
            panel.content && !panel.content.rows
              ? [
                  {
                    key: panel.id,
                    node: panel.content.chart,
                    width: column.chartWidth,
                    height: form === 'phone' ? (panel.phoneHeight ?? panel.height) : panel.height,
                  },
                ]
              : [],
          ),
        ),
      )
      const drawnPanel = (panel: ChartSnapshot) => ({
        title: panel.title,
        summary: panel.content?.summary ?? '',
        legend: panel.content?.legend ?? [],
        rows: panel.content?.rows,
        note: panel.content?.note,
        message: panel.message,
        failed: panel.failed,
        surface: drawn.get(panel.id) ?? null,
      })
      const lang = settled.lang
      const m = messages[lang]
      const kpis = byId.get('kpis')
      const png = await renderDashboardPng(
        {
          text: {
            title: m.appTitle,
            asOf: m.asOf(formatMonth(meta.asOf, lang, 'full')),
            filters: filterSummary(meta, settled),
            source: m.exportSource(meta.source[lang]),
            exportedAt: m.exportedAt(formatDateTime(new Date(), lang)),
            watermark: meta.demo ? m.demoBadge : null,
          },
          cards: kpis?.kind === 'cards' && kpis.cards ? kpis.cards : { message: kpis?.message ?? m.empty },
          wide: wide.map(drawnPanel),
          columns: columns.map((column) => ({ width: column.width, panels: column.panels.map(drawnPanel) })),
        },
        dashboardGeometry(form),
      )
      if (isWeChat()) await shareImage.share(png, m.appTitle)
      else
        download(png, exportFileName({ chart: form === 'phone' ? 'dashboard-phone' : 'dashboard', ...settled }, 'png'))
    } catch (error) {
      console.warn('dashboard export failed', error)
      setFailed('error')
    } finally {
      clear()
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className={`no-print ${className ?? ''}`} disabled={busy} onClick={() => void run()}>
        {asked === 'phone' ? t.exportDashboardPhone : t.exportDashboard}
      </button>
      {failed ? (
        <span className="export-error" role="alert">
          {failed === 'unsettled' ? t.exportUnsettled : t.exportFailed}
        </span>
      ) : null}
      {stage}
      {shareImage.dialog}
    </>
  )
}

/** The page's phone layout (styles.css): the dashboard PNG takes its phone form there. */
const PHONE = '(max-width: 599px)'
