import { useContext, useEffect, useRef, useState } from 'react'
import type { Meta } from '../api/meta'
import { useMessages } from '../lib/LangContext'
import type { Scope } from '../lib/scope'
import type { View } from '../lib/view'
import { figureText } from '../export/exportText'
import type { ChartSnapshot } from '../export/snapshot'
import { EXPORT_WIDTH } from '../export/useChartExport'
import { useExportStage } from '../export/useExportStage'
import { PanelRegistryContext } from '../panel/panelRegistry'
import { messages } from './messages'

type Kind = 'docx' | 'xlsx'

/**
 * 导出简报 and 导出Excel: the view as a Word briefing (export/office/briefing.ts) and as one workbook with a sheet per
 * panel (export/office/viewWorkbook.ts), each made once every panel shows the page's view, as the dashboard PNG is: a
 * panel that failed goes in as failed, in words. The charts of the briefing are drawn off screen and composed as their
 * PNG exports are. Inside WeChat's browser, which drops downloads, the buttons say how to open the page elsewhere.
 */
export function DocumentExportButtons({ meta, scope, view }: { meta: Meta; scope: Scope; view: View }) {
  const t = useMessages(messages)
  const registry = useContext(PanelRegistryContext)
  const { stage, draw, clear } = useExportStage()
  const [busy, setBusy] = useState<Kind | null>(null)
  const [said, setSaid] = useState<'error' | 'unsettled' | 'wechat' | null>(null)
  const latest = useRef(view)
  useEffect(() => {
    latest.current = view
  })

  async function run(kind: Kind) {
    if (!registry) return
    setBusy(kind)
    setSaid(null)
    try {
      const files = await import('../export/exportFiles')
      if (files.isWeChat()) {
        setSaid('wechat')
        return
      }
      const panels = await registry.whenShowing(() => latest.current)
      if (!panels) {
        setSaid('unsettled')
        return
      }
      const settled = latest.current
      const now = new Date()
      let file: Blob
      if (kind === 'xlsx') {
        file = await files.writeWorkbook(files.viewWorkbook(meta, settled, panels, now))
      } else {
        const briefing = files.buildBriefing({
          meta,
          view: settled,
          scope,
          panels,
          issuer: files.issuerFor(import.meta.env.VITE_ISSUING_UNIT, settled.lang),
          now,
        })
        const charts = briefing.figures.flatMap((id) => {
          const panel = panels.find((p): p is ChartSnapshot => p.id === id && p.kind === 'chart')
          return panel?.content ? [{ panel, content: panel.content }] : []
        })
        // Drawn off screen at the export width, then composed as each chart's PNG export is, for print.
        const drawn = await draw(
          charts.map(({ panel, content }) => ({
            key: panel.id,
            node: content.chart,
            width: EXPORT_WIDTH,
            height: panel.height,
          })),
        )
        const figures = new Map<string, Awaited<ReturnType<typeof files.renderFigure>>>()
        for (const { panel, content } of charts) {
          const text = figureText(meta, settled, { title: panel.title, unit: content.unit })
          const chart = { surface: drawn.get(panel.id) ?? null, width: EXPORT_WIDTH, legend: content.legend ?? [] }
          figures.set(panel.id, await files.renderFigure(chart, text, files.FIGURE_PIXELS))
        }
        file = await files.writeBriefing(briefing, figures)
      }
      const chart = kind === 'docx' ? 'briefing' : 'workbook'
      files.download(file, files.exportFileName({ chart, ...settled }, kind))
    } catch (error) {
      console.warn(`${kind} export failed`, error)
      setSaid('error')
    } finally {
      clear()
      setBusy(null)
    }
  }

  const message = {
    error: t.exportFailed,
    unsettled: t.exportUnsettled,
    wechat: t.downloadInWeChat,
  }
  return (
    <>
      {(['docx', 'xlsx'] as const).map((kind) => (
        <button key={kind} type="button" className="no-print" disabled={busy !== null} onClick={() => void run(kind)}>
          {/* named 导出简报 / Export briefing; where the masthead is narrow it shows 简报 / Briefing (styles.css) */}
          <span className="export-verb">{t.exportVerb}</span>
          <span className="export-object">{kind === 'docx' ? t.exportBriefing : t.exportWorkbook}</span>
        </button>
      ))}
      {busy ? (
        <span className="export-making" role="status">
          {t.exportMaking}
        </span>
      ) : null}
      {said ? (
        <span className="export-error" role="alert">
          {message[said]}
        </span>
      ) : null}
      {stage}
    </>
  )
}
