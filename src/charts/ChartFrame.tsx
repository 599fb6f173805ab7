/**
 * The frame every chart sits in: a <figure> with its title and generated summary in the <figcaption>, the
 * toolbar (data table toggle), and the body, which is the chart, a skeleton of its size, an error or an empty note.
 */
import type { UseQueryResult } from '@tanstack/react-query'
import { useId, useState, type ReactNode } from 'react'
import { PanelEmpty, PanelError, PanelSkeleton, StaleNote } from '../app/PanelState'
import { useMessages } from '../lib/i18n'
import { DataTable } from './DataTable'
import type { TableData } from './table'

export interface ChartContent {
  summary: string
  table: TableData
  chart: ReactNode
}

interface Props {
  /** a short ASCII name, for ids and file names */
  id: string
  title: string
  height: number
  /** the query the chart waits for */
  query: Pick<UseQueryResult, 'isPending' | 'isError' | 'error' | 'refetch' | 'dataUpdatedAt'>
  /** what to draw once the data is there; a string is an empty-state message */
  content: ChartContent | string | undefined
  controls?: ReactNode
  className?: string
}

export function ChartFrame({ id, title, height, query, content, controls, className }: Props) {
  const t = useMessages()
  const [showTable, setShowTable] = useState(false)
  const summaryId = useId()
  const tableId = useId()
  const ready = typeof content === 'object' ? content : null

  let body: ReactNode
  if (typeof content === 'string') body = <PanelEmpty message={content} height={height} />
  else if (!ready && query.isError) body = <PanelError error={query.error} height={height} onRetry={() => void query.refetch()} />
  else if (!ready) body = <PanelSkeleton height={height} />
  else body = <div className="chart-body" style={{ height }}>{ready.chart}</div>
  // A refresh that failed after good data arrived: the last good data stays, marked stale.
  const stale = ready && query.isError ? <StaleNote error={query.error} updatedAt={query.dataUpdatedAt} onRetry={() => void query.refetch()} /> : null

  return (
    <figure className={`panel ${className ?? ''}`} data-chart={id} aria-describedby={ready ? summaryId : undefined}>
      <figcaption className="panel-head">
        <h2 className="panel-title">{title}</h2>
        <p className="panel-summary" id={summaryId}>
          {ready?.summary ?? '\u00a0'}
        </p>
      </figcaption>
      <div className="panel-toolbar">
        {controls}
        <button
          type="button"
          aria-pressed={showTable}
          aria-controls={tableId}
          disabled={!ready}
          onClick={() => setShowTable((v) => !v)}
        >
          {t.dataTable}
        </button>
      </div>
      {stale}
      {body}
      <div id={tableId}>{ready && showTable ? <DataTable table={ready.table} caption={title} /> : null}</div>
    </figure>
  )
}
