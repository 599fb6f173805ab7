import { useState } from 'react'
import type { Meta } from '../api/meta'
import type { View } from '../lib/view'
import type { ChartContent } from '../charts/chartContent'
import { exportText } from './exportText'
import { useShareImage } from './ShareImage'
import { useExportStage } from './useExportStage'

/** Charts are exported at this width whatever the screen, so every export of a chart looks the same. */
export const EXPORT_WIDTH = 960

/** Everything an export shows, taken at the click from what the panel showed: one view, entirely. */
export interface ExportRequest {
  view: View
  title: string
  content: ChartContent
  /** the chart's height without its legend */
  height: number
  /** the chart's width on screen: the PNG is at least twice as wide */
  onScreenWidth: number
}

/**
 * A chart's PNG, CSV and Excel export. The request is a snapshot taken at the click: the PNG's chart is drawn off
 * screen from the content of that moment, so a filter changed while the file is made can never put one view's bars
 * under another view's title. A failure is said to the user (`failed`), not only to the console; so is a file that
 * WeChat's browser would drop (`inWeChat`); a PNG opens there as an image to press and hold instead (ShareImage.tsx).
 */
export function useChartExport({ id, meta }: { id: string; meta: Meta }) {
  const { stage, draw, clear } = useExportStage()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const [inWeChat, setInWeChat] = useState(false)
  const shareImage = useShareImage()

  async function run(kind: 'png' | 'csv' | 'xlsx', request: ExportRequest) {
    setBusy(true)
    setFailed(false)
    setInWeChat(false)
    try {
      const files = await import('./exportFiles')
      if (kind !== 'png' && files.isWeChat()) {
        setInWeChat(true)
        return
      }
      const { download, exportFileName, renderChartPng, tableToCsv } = files
      const { view, content } = request
      const name = exportFileName({ chart: content.chartName ?? id, ...view }, kind)
      if (kind === 'csv') {
        download(new Blob([tableToCsv(content.table, view.lang)], { type: 'text/csv;charset=utf-8' }), name)
        return
      }
      if (kind === 'xlsx') {
        const sheets = files.workbook([files.chartSheet(meta, view, request.title, content, new Date())])
        download(await files.writeWorkbook(sheets), name)
        return
      }
      const text = {
        ...exportText(meta, view, { title: request.title, summary: content.summary, unit: content.unit }, new Date()),
        note: content.note,
      }
      // A list of sentences is composed from its rows; a chart is drawn off screen at the export width first.
      const surface = content.rows
        ? null
        : (await draw([{ key: id, node: content.chart, width: EXPORT_WIDTH, height: request.height }])).get(id)!
      const png = await renderChartPng(
        { surface, width: EXPORT_WIDTH, legend: content.legend ?? [], rows: content.rows },
        text,
        2 * request.onScreenWidth,
      )
      if (files.isWeChat()) await shareImage.share(png, request.title)
      else download(png, name)
    } catch (error) {
      console.warn('export failed', error)
      setFailed(true)
    } finally {
      clear()
      setBusy(false)
    }
  }

  return {
    stage: (
      <>
        {stage}
        {shareImage.dialog}
      </>
    ),
    run,
    busy,
    failed,
    inWeChat,
  }
}
