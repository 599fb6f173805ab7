/**
 * The frame every chart sits in: a <figure> with its title and generated summary in the <figcaption>, a toolbar
 * (data table, PNG and CSV export), and the body: the chart, a skeleton of its size, an error or an empty note.
 */
import type { UseQueryResult } from '@tanstack/react-query'
import { useId, useMemo, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { PanelEmpty, PanelError, PanelSkeleton, StaleNote } from '../app/PanelState'
import { useMessages } from '../lib/i18n'
import { useKept } from '../lib/useKept'
import { DataTable } from './DataTable'
import { exportText, useExportView } from './exportContext'
import type { TableData } from './table'

export interface ChartContent {
  summary: string
  table: TableData
  chart: ReactNode
  /** the unit of the chart's values, for the export footer */
  unit: string
}

interface Props {
  /** a short ASCII name, for ids and file names */
  id: string
  title: string
  height: number
  /** the query the chart waits for */
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch' | 'dataUpdatedAt'>
  /**
   * what to draw once the data is there; a string is an empty-state message. Memoize it: while the next content is
   * on its way (undefined), the frame keeps showing the last one, with its title, marked as updating.
   */
  content: ChartContent | string | undefined
  controls?: ReactNode
  className?: string
}

/** Charts are exported at this width whatever the screen, so every export of a chart looks the same. */
export const EXPORT_WIDTH = 960

export function ChartFrame({ id, title, height, query, content, controls, className }: Props) {
  const t = useMessages()
  const exportView = useExportView()
  const [showTable, setShowTable] = useState(false)
  const [exporting, setExporting] = useState<'png' | 'csv' | null>(null)
  const [exportError, setExportError] = useState(false)
  const stageRef = useRef<HTMLDivElement>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const summaryId = useId()
  const tableId = useId()
  const reasonId = useId()
  const current = useMemo(
    () => (content === undefined ? undefined : { title, height, content }),
    [title, height, content],
  )
  // A failed load shows its error, and forgets what an earlier view showed.
  const { value: shown, updating } = useKept(current, query.isError)
  const ready = shown && typeof shown.content === 'object' ? shown.content : null
  const shownTitle = shown?.title ?? title
  const bodyHeight = shown?.height ?? height

  let body: ReactNode
  if (typeof shown?.content === 'string') body = <PanelEmpty message={shown.content} height={bodyHeight} />
  else if (!ready && query.isError)
    body = <PanelError error={query.error} height={bodyHeight} onRetry={() => void query.refetch()} />
  else if (!ready) body = <PanelSkeleton height={bodyHeight} />
  else
    body = (
      // What an earlier view showed is for looking at, not for clicking (a province, a tooltip) until it is current.
      <div className="chart-body" ref={bodyRef} style={{ height: bodyHeight }} inert={updating}>
        {ready.chart}
      </div>
    )
  // A refresh that failed after good data arrived: the last good data stays, marked stale.
  const stale =
    ready && !updating && query.isError ? (
      <StaleNote error={query.error} updatedAt={query.dataUpdatedAt} onRetry={() => void query.refetch()} />
    ) : null

  async function runExport(kind: 'png' | 'csv') {
    if (!ready || !exportView) return
    setExporting(kind)
    setExportError(false)
    try {
      const { download, exportFileName, renderChartPng, tableToCsv } = await import('./export')
      const { view } = exportView
      const name = { chart: id, ...view }
      if (kind === 'csv') {
        download(
          new Blob([tableToCsv(ready.table, view.lang)], { type: 'text/csv;charset=utf-8' }),
          exportFileName(name, 'csv'),
        )
      } else {
        const text = exportText(exportView, { title, summary: ready.summary, unit: ready.unit }, new Date())
        // The stage is rendered while `exporting` is 'png'; wait for React to mount it.
        // (If the chart is gone meanwhile, say after a failed refresh, the export fails rather than waiting forever.)
        for (let frame = 0; !stageRef.current; frame += 1) {
          if (frame > 120) throw new Error('the chart was not drawn for export')
          await new Promise((resolve) => requestAnimationFrame(resolve))
        }
        const onScreen = bodyRef.current?.getBoundingClientRect().width ?? 0
        const png = await renderChartPng(stageRef.current, EXPORT_WIDTH, text, 2 * onScreen)
        download(png, exportFileName(name, 'png'))
      }
    } catch (error) {
      console.warn('export failed', error)
      setExportError(true)
    } finally {
      setExporting(null)
    }
  }

  const canExport = Boolean(ready && exportView) && !updating && exporting === null
  return (
    <figure
      className={`panel ${updating ? 'is-updating' : ''} ${className ?? ''}`}
      data-chart={id}
      aria-labelledby={titleId}
      aria-describedby={ready ? summaryId : undefined}
      aria-busy={updating}
    >
      <figcaption className="panel-head">
        <h2 className="panel-title" id={titleId}>
          {shownTitle}
        </h2>
        <p className="panel-summary" id={summaryId}>
          {ready?.summary ?? '\u00a0'}
        </p>
      </figcaption>
      <div className="panel-toolbar">
        {updating ? (
          // Seen, not announced: the figure is aria-busy meanwhile.
          <span className="updating-note" aria-hidden="true">
            {t.updatingNote}
          </span>
        ) : null}
        {controls}
        <button
          type="button"
          aria-pressed={showTable}
          aria-controls={tableId}
          disabled={!ready}
          aria-describedby={ready ? undefined : reasonId}
          onClick={() => setShowTable((v) => !v)}
        >
          {t.dataTable}
        </button>
        {(['png', 'csv'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={!canExport}
            aria-describedby={canExport ? undefined : reasonId}
            onClick={() => void runExport(kind)}
          >
            {kind === 'png' ? t.exportPng : t.exportCsv}
          </button>
        ))}
        <span id={reasonId} className="visually-hidden">
          {updating ? t.updating : ready ? '' : t.exportUnavailable}
        </span>
      </div>
      {exportError ? (
        <p className="export-error" role="alert">
          {t.exportFailed}
        </p>
      ) : null}
      {stale}
      {body}
      <div id={tableId}>{ready && showTable ? <DataTable table={ready.table} caption={shownTitle} /> : null}</div>
      {ready && exporting === 'png'
        ? createPortal(
            <div
              ref={stageRef}
              className="export-stage"
              aria-hidden="true"
              style={{ width: EXPORT_WIDTH, height: bodyHeight }}
            >
              {ready.chart}
            </div>,
            document.body,
          )
        : null}
    </figure>
  )
}
