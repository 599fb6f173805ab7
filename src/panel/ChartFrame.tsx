/**
 * The frame every chart sits in: a <figure> with its title and generated summary in the <figcaption>, a toolbar
 * (data table, PNG, CSV and Excel export), and the body: the chart with its legend, a skeleton of its size, an error
 * or a note. What it shows comes from the panel's state (usePanelState), so every panel loads, fails and updates
 * alike.
 */
import { useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import type { Meta } from '../api/meta'
import { errorMessage } from '../lib/errors'
import { useLang, useMessages } from '../lib/LangContext'
import type { ChartContent } from '../charts/chartContent'
import { ChartLegend, LEGEND_HEIGHT } from '../charts/ChartLegend'
import { ChartTabs, tabId, tabPanelId, type ChartTabsProps } from './ChartTabs'
import { DataTable } from './DataTable'
import { messages } from './messages'
import { PanelEmpty, PanelError, PanelSkeleton, StaleNote } from './PanelMessages'
import type { ChartSnapshot } from '../export/snapshot'
import { panelAnchor } from './anchor'
import { usePublishPanel } from './panelRegistry'
import type { PanelState } from './usePanelState'
import { useChartExport } from '../export/useChartExport'

interface Props {
  /** a short ASCII name, for ids and file names */
  id: string
  meta: Meta
  /** the title of the view the panel shows (`state.view`) */
  title: string
  /** the height of the chart body, legend included */
  height: number
  /**
   * the body's height on a phone (below 600 px, panel.css), legend included, for a chart whose labels then go above
   * its bars and need the room; the dashboard PNG's phone form draws it at this height too
   */
  phoneHeight?: number
  state: PanelState<unknown>
  /**
   * what to draw for `state.shown`, memoized; a string is a note shown instead of a chart (no data, not applicable);
   * undefined while nothing is shown.
   */
  content: ChartContent | string | undefined
  controls?: ReactNode
  /** shown under the body: an explanation, say */
  notes?: ReactNode
  /** views of the panel to choose from, as tabs above the body (the body and its data table are the tab panel) */
  tabs?: ChartTabsProps
  className?: string
}

export function ChartFrame({
  id,
  meta,
  title,
  height,
  phoneHeight,
  state,
  content,
  controls,
  notes,
  tabs,
  className,
}: Props) {
  const t = useMessages(messages)
  const lang = useLang()
  const [showTable, setShowTable] = useState(false)
  const titleId = useId()
  const summaryId = useId()
  const tableId = useId()
  const reasonId = useId()
  const tabsId = useId()
  const { updating, view } = state
  const ready = typeof content === 'object' ? content : null
  const legend = ready?.legend?.length ? ready.legend : null
  const chartHeight = legend ? height - LEGEND_HEIGHT : height
  const phoneChartHeight = phoneHeight === undefined ? undefined : legend ? phoneHeight - LEGEND_HEIGHT : phoneHeight
  const exporter = useChartExport({ id, meta })
  const plotRef = useRef<HTMLDivElement>(null)

  const message = typeof content === 'string' ? content : state.error ? errorMessage(state.error.error, lang) : null
  const snapshot = useMemo<ChartSnapshot>(
    () => ({
      kind: 'chart',
      id,
      view,
      title,
      busy: state.loading || updating,
      message,
      failed: typeof content !== 'string' && state.error !== null,
      content: ready,
      height: chartHeight,
      phoneHeight: phoneChartHeight,
    }),
    [id, view, title, state.loading, updating, message, content, state.error, ready, chartHeight, phoneChartHeight],
  )
  usePublishPanel(snapshot)

  let body: ReactNode
  if (typeof content === 'string') body = <PanelEmpty message={content} height={height} />
  else if (state.error) body = <PanelError error={state.error.error} height={height} onRetry={state.error.retry} />
  else if (!ready) body = <PanelSkeleton height={height} slow={state.slow} />
  else
    body = (
      // What an earlier view showed is for looking at, not for clicking (a province, a tooltip) until it is current.
      // A list of sentences (Needs attention) grows with its items, from the height given; a chart has that height.
      <div
        className={phoneHeight === undefined ? 'chart-body' : 'chart-body has-phone-height'}
        style={ready.rows ? { minHeight: height } : { height }}
        inert={updating}
      >
        <div
          className="chart-plot"
          ref={plotRef}
          style={
            ready.rows
              ? undefined
              : phoneChartHeight === undefined
                ? { height: chartHeight }
                : ({ height: chartHeight, '--phone-plot': `${phoneChartHeight}px` } as CSSProperties)
          }
        >
          {ready.chart}
        </div>
        {legend ? <ChartLegend items={legend} /> : null}
      </div>
    )
  const note = ready?.note ? <p className="chart-note">{ready.note}</p> : null

  const canExport = Boolean(ready) && !updating && !exporter.busy
  const reason = updating
    ? t.updating
    : ready
      ? ''
      : typeof content === 'string'
        ? t.exportNothing
        : t.exportUnavailable
  return (
    <figure
      className={`panel ${updating ? 'is-updating' : ''} ${className ?? ''}`}
      data-chart={id}
      id={panelAnchor(id)}
      tabIndex={-1}
      aria-labelledby={titleId}
      aria-describedby={ready ? summaryId : undefined}
      aria-busy={updating}
    >
      <figcaption className="panel-head">
        <h2 className="panel-title" id={titleId}>
          {title}
        </h2>
        <p className="panel-summary" id={summaryId}>
          {ready?.summary ?? '\u00a0'}
        </p>
      </figcaption>
      <div className="panel-toolbar">
        {updating ? (
          // Seen, not announced: the figure is aria-busy meanwhile.
          <span className="updating-note" aria-hidden="true">
            {state.slow ? t.stillWaiting : t.updatingNote}
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
        {(['png', 'csv', 'xlsx'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={!canExport}
            aria-describedby={canExport ? undefined : reasonId}
            onClick={() =>
              ready &&
              void exporter.run(kind, {
                view,
                title,
                content: ready,
                height: chartHeight,
                onScreenWidth: plotRef.current?.getBoundingClientRect().width ?? 0,
              })
            }
          >
            {{ png: t.exportPng, csv: t.exportCsv, xlsx: t.exportXlsx }[kind]}
          </button>
        ))}
        <span id={reasonId} className="visually-hidden">
          {reason}
        </span>
      </div>
      {exporter.failed || exporter.inWeChat ? (
        <p className="export-error" role="alert">
          {exporter.inWeChat ? t.downloadInWeChat : t.exportFailed}
        </p>
      ) : null}
      {state.stale && ready ? (
        <StaleNote error={state.stale.error} updatedAt={state.stale.updatedAt} onRetry={state.stale.retry} />
      ) : null}
      {tabs ? <ChartTabs {...tabs} idBase={tabsId} /> : null}
      <div
        className="chart-view"
        role={tabs ? 'tabpanel' : undefined}
        id={tabs ? tabPanelId(tabsId) : undefined}
        aria-labelledby={tabs ? tabId(tabsId, tabs.selected) : undefined}
      >
        {body}
        {note}
        {notes}
        <div id={tableId}>{ready && showTable ? <DataTable table={ready.table} caption={title} /> : null}</div>
      </div>
      {exporter.stage}
    </figure>
  )
}
