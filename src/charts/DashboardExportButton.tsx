import { useState, type RefObject } from 'react'
import { useMessages } from '../lib/i18n'
import { exportText, type ExportView } from './exportContext'

/** Exports the whole page (header, KPI cards, every panel) as one PNG for a one-page briefing. */
export function DashboardExportButton({
  page,
  exportView,
}: {
  page: RefObject<HTMLElement | null>
  exportView: ExportView
}) {
  const t = useMessages()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)

  async function run() {
    if (!page.current) return
    setBusy(true)
    setFailed(false)
    try {
      const { download, exportFileName, renderDashboardPng } = await import('./export')
      const { view } = exportView
      const text = exportText(exportView, { title: t.appTitle, summary: '', unit: '' }, new Date())
      const png = await renderDashboardPng(page.current, text)
      download(
        png,
        exportFileName({ chart: 'dashboard', region: view.region, category: view.category, month: view.to }, 'png'),
      )
    } catch (error) {
      console.warn('dashboard export failed', error)
      setFailed(true)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" className="no-print" disabled={busy} onClick={() => void run()}>
        {t.exportDashboard}
      </button>
      {failed ? (
        <span className="export-error" role="alert">
          {t.exportFailed}
        </span>
      ) : null}
    </>
  )
}
