import { useEffect, useRef, useState, type RefObject } from 'react'
import { messages, useMessages } from '../lib/i18n'
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
  const [failed, setFailed] = useState<'error' | 'unsettled' | null>(null)
  // The filters as they are when the page has settled, which may be later than the click.
  const latest = useRef(exportView)
  useEffect(() => {
    latest.current = exportView
  })

  async function run() {
    if (!page.current) return
    setBusy(true)
    setFailed(null)
    try {
      const { download, exportFileName, renderDashboardPng, whenSettled } = await import('./export')
      await document.fonts.ready
      // A panel still loading or updating would go out with the previous view's numbers: wait for every panel.
      if (!(await whenSettled(page.current))) {
        setFailed('unsettled')
        return
      }
      const { view } = latest.current
      const title = messages[view.lang].appTitle
      const text = exportText(latest.current, { title, summary: '', unit: '' }, new Date())
      const png = await renderDashboardPng(page.current, text)
      download(png, exportFileName({ chart: 'dashboard', ...view }, 'png'))
    } catch (error) {
      console.warn('dashboard export failed', error)
      setFailed('error')
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
          {failed === 'unsettled' ? t.exportUnsettled : t.exportFailed}
        </span>
      ) : null}
    </>
  )
}
