import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState, type MouseEvent } from 'react'
import type { Meta } from '../../api/meta'
import type { Monitoring } from '../../api/monitoring'
import { ChartFrame } from '../../panel/ChartFrame'
import type { ChartContent } from '../../charts/chartContent'
import { usePanelState } from '../../panel/usePanelState'
import { findSignals, thresholdsFrom, type Severity, type Signal, type Thresholds } from '../../lib/attentionRules'
import { formatMonth } from '../../lib/format'
import { useMessages } from '../../lib/LangContext'
import { regionName } from '../../lib/names'
import { serializeView, type View } from '../../lib/view'
import type { Scope } from '../../lib/scope'
import { viewOptions, type ViewProps } from '../../lib/viewProps'
import { messages } from './messages'
import { attentionSummary, attentionTable, signalsFor, signalText, signalView, thresholdLines } from './wording'
import { attentionQuery } from './queries'

/**
 * The list shows its first rows whole, with how many more there are and a button that shows them all (the panel
 * grows): no item is ever cut by a scroll box. The first view (national, 31 signals) fills the height the page shell
 * reserves, so nothing moves when it draws.
 */
const FIRST_ROWS = 8
const ROW_HEIGHT = 23
const MAX_HEIGHT = 232

/** Badge colours: each badge also says its severity in words, so nothing depends on colour. */
export const SEVERITY_COLORS: Record<Severity, string> = { high: '#b3261e', medium: '#b35c00', low: '#5b6472' }

function SignalList({
  signals,
  meta,
  scope,
  view,
  open,
}: {
  signals: Signal[]
  meta: Meta
  scope: Scope
  view: View
  open: (signal: Signal) => void
}) {
  const t = messages[view.lang]
  const options = viewOptions(meta, scope)
  const idBase = useId()
  const listId = useId()
  const [all, setAll] = useState(false)
  const more = signals.length - FIRST_ROWS
  const follow = (signal: Signal) => (event: MouseEvent<HTMLAnchorElement>) => {
    // A plain click opens the view here; with a modifier key the browser opens the link as it would any other.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    open(signal)
  }
  return (
    <>
      <ul className="attention-list" id={listId}>
        {signals.map((signal, i) => (
          <li
            key={`${signal.rule}-${signal.category}-${signal.region}`}
            // folded away on screen until all are shown; always printed
            className={`attention-item is-${signal.severity}${!all && i >= FIRST_ROWS ? ' is-folded' : ''}`}
          >
            <span className="severity-badge" data-severity={signal.severity} id={`${idBase}-${i}`}>
              {t.attentionSeverity[signal.severity]}
            </span>
            {/* The link is named by what it shows (WCAG 2.5.3, label in name); its severity describes it. */}
            <a
              href={serializeView(signalView(signal, view), options) || '?'}
              onClick={follow(signal)}
              aria-describedby={`${idBase}-${i}`}
            >
              <span className="attention-rule">{t.attentionRule[signal.rule]}</span>{' '}
              <span className="attention-text">{signalText(signal, meta, view.lang)}</span>
            </a>
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <button
          type="button"
          className="attention-more"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll((v) => !v)}
        >
          {all ? t.attentionFewer(FIRST_ROWS) : t.attentionMore(more)}
        </button>
      ) : null}
    </>
  )
}

/** The list for one view: pure, from the data, the view it belongs to and the thresholds. */
/** Whether the user's data hold the nation's figures; a provincial office's do not, so no one can trail the nation. */
const seesNation = (meta: Meta, scope: Scope) => scope.regionIds.includes(meta.nationalId)

function attentionContent(
  meta: Meta,
  scope: Scope,
  data: Monitoring,
  view: View,
  thresholds: Thresholds,
  open: (signal: Signal) => void,
): ChartContent {
  const { lang } = view
  const t = messages[lang]
  const signals = signalsFor(findSignals(data, meta.nationalId, thresholds), view, meta.nationalId)
  return {
    summary: attentionSummary(signals, meta, view),
    table: attentionTable(signals, meta, lang),
    unit: t.attentionUnit,
    method: { title: t.attentionMethod, lines: thresholdLines(thresholds, lang, seesNation(meta, scope)) },
    rows: signals.map((s) => ({
      badge: t.attentionSeverity[s.severity],
      color: SEVERITY_COLORS[s.severity],
      text: `${t.attentionRule[s.rule]}：${signalText(s, meta, lang)}`.replace('：', lang === 'zh' ? '：' : ': '),
    })),
    chart: signals.length ? (
      <SignalList signals={signals} meta={meta} scope={scope} view={view} open={open} />
    ) : (
      <p className="attention-none">{attentionSummary(signals, meta, view)}</p>
    ),
  }
}

/**
 * 需要关注 / Needs attention: for the end month, every province and category the rules flag, most severe first, each
 * a link to its view; the selected province's alone when one is chosen.
 */
export function AttentionPanel({ meta, scope, view, setView }: ViewProps) {
  const t = useMessages(messages)
  const monitoring = useQuery(attentionQuery(scope, view))
  const thresholds = useMemo(() => thresholdsFrom(meta.rules), [meta])
  const state = usePanelState([monitoring], monitoring.data, view)
  const { shown } = state
  const content = useMemo(
    () =>
      shown &&
      attentionContent(meta, scope, shown.data, shown.view, thresholds, (signal) => {
        const next = signalView(signal, shown.view)
        setView({ region: next.region, category: next.category, from: next.from, to: next.to, with: [] })
      }),
    [meta, scope, shown, thresholds, setView],
  )
  const { lang } = state.view
  const place = regionName(meta, state.view.region, lang)
  const how = (
    <details className="attention-how">
      <summary>{t.attentionHow}</summary>
      <ul>
        {thresholdLines(thresholds, lang, seesNation(meta, scope)).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  )
  return (
    <ChartFrame
      id="attention"
      className="panel-attention"
      meta={meta}
      title={t.attentionTitle(`${place} · ${formatMonth(state.view.to, lang)}`)}
      height={
        typeof content === 'object' && content.rows?.length
          ? Math.min(MAX_HEIGHT, content.rows.length * ROW_HEIGHT + 4)
          : // (a minimum: the list grows when its items wrap, or when all are shown)
            content === undefined
            ? // loading: the full list's height, which the national view (the default) fills, so that neither its
              // data nor the panels' code arriving moves the panels below; the page shell reserves the same
              MAX_HEIGHT
            : MAX_HEIGHT / 4
      }
      state={state}
      content={content}
      notes={how}
    />
  )
}
