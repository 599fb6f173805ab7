import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { refuse, seriesTargetsProblem } from '../../api/checks'
import type { Monitoring } from '../../api/monitoring'
import type { Series } from '../../api/series'
import type { Targets } from '../../api/targets'
import { PanelError, StaleNote } from '../../panel/PanelMessages'
import type { CardsSnapshot } from '../../export/snapshot'
import { usePublishPanel } from '../../panel/panelRegistry'
import { usePanelState } from '../../panel/usePanelState'
import { thresholdsFrom } from '../../lib/attentionRules'
import { errorMessage } from '../../lib/errors'
import { seriesIncomplete } from '../../lib/reports'
import { useMessages } from '../../lib/LangContext'
import type { ViewProps } from '../../lib/viewProps'
import type { KpiDocument } from './kpiDocument'
import { headlineCards, headlineTitle, markHeadlineFigures, withFailedCards, type KpiCard } from './kpis'
import { messages } from './messages'
import { kpiQueries } from './queries'

interface KpiData {
  targets: Targets
  /** null when the region does not report the view's category */
  history: Series | null
  /** the end month's /monitoring, waited for when the streak's series lacks a report */
  monitoring: Monitoring | undefined
  /** the streak's series failed: its card says why, the others stand */
  historyError: unknown
  /** the series and /targets disagree about the view's figure: neither is shown */
  disagreement: Error | null
}

/**
 * Headline figures for the selected region at the end month of the period. `onShown` is called once they are on
 * screen, or the reason they cannot be (the dashboard draws its panels after them).
 */
export function KpiCards({ meta, scope, view, onShown }: ViewProps & { onShown?: () => void }) {
  const t = useMessages(messages)
  const queries = kpiQueries(meta, scope, view)
  const targets = useQuery(queries.targets)
  // The streak follows the category the trend shows, from the same request, so the card and the trend agree.
  const covered = queries.historyCovered
  const history = useQuery({ ...queries.history, enabled: covered })
  // A province's high-severity attention signals mark its cards (from the request the attention panel makes too), and
  // it says who has not reported a figure and gives the provinces' figures a comparison is then made on: the streak
  // card waits for it when its series lacks a report (never a plain fall from a short sum), and goes on without it if
  // it fails (its comparison then withheld, with the reason).
  const monitoring = useQuery(queries.monitoring)
  const reportsPending = history.data !== undefined && seriesIncomplete(history.data) && monitoring.isPending
  // A failed series costs the streak card alone (it says why, with its retry): the other three cards need /targets.
  const historyError = covered && !history.data && history.isError ? history.error : null
  const data = useMemo((): KpiData | undefined => {
    if (!targets.data) return undefined
    if (!covered)
      return { targets: targets.data, history: null, monitoring: undefined, historyError: null, disagreement: null }
    if (historyError)
      return { targets: targets.data, history: null, monitoring: undefined, historyError, disagreement: null }
    if (!history.data || reportsPending) return undefined
    const needed = seriesIncomplete(history.data)
    // The series and /targets about the same figure: if they disagree, neither is shown as valid.
    const problem = seriesTargetsProblem(history.data, targets.data)
    return {
      targets: targets.data,
      history: history.data,
      monitoring: needed ? monitoring.data : undefined,
      historyError: null,
      disagreement: problem ? refuse('/series', problem) : null,
    }
  }, [targets.data, history.data, historyError, covered, reportsPending, monitoring.data])
  const state = usePanelState(history.data ? [targets, history] : [targets], data, view)
  const { shown, updating } = state
  const thresholds = useMemo(() => thresholdsFrom(meta.rules), [meta])
  const cards = useMemo(() => {
    if (!shown) return undefined
    const { lang, category } = shown.view
    const { historyError, disagreement } = shown.data
    const built = headlineCards(
      meta,
      shown.view,
      shown.data.targets,
      shown.data.history,
      shown.data.monitoring ?? monitoring.data,
      thresholds,
    )
    return withFailedCards(built, {
      streak: historyError ? errorMessage(historyError, lang) : undefined,
      disagreement: disagreement ? { category, message: errorMessage(disagreement, lang) } : undefined,
    })
  }, [meta, shown, monitoring.data, thresholds])
  const retryCard = () => {
    void history.refetch()
    if (shown?.data.disagreement) void targets.refetch()
  }

  // What a document of the view says of the cards (the briefing's sentences, the workbooks' table): loaded and made
  // after the headline figures are on screen, and the row stays busy for an export until it is there.
  const [kpiDoc, setKpiDoc] = useState<{ cards: KpiCard[]; parts: KpiDocument } | null>(null)
  useEffect(() => {
    if (!shown || !cards) return
    let live = true
    const { view: shownView, data } = shown
    void import('./kpiDocument').then(({ kpiDocument }) => {
      const parts = kpiDocument(meta, shownView, data.targets, data.monitoring ?? monitoring.data, cards)
      if (live) setKpiDoc({ cards, parts })
    })
    return () => {
      live = false
    }
  }, [meta, shown, cards, monitoring.data])
  const parts = kpiDoc && kpiDoc.cards === cards ? kpiDoc.parts : null

  useEffect(() => {
    if (cards) markHeadlineFigures()
  }, [cards])
  const settled = cards !== undefined || state.error !== null
  useEffect(() => {
    if (settled) onShown?.()
  }, [settled, onShown])

  const message = state.error ? errorMessage(state.error.error, view.lang) : null
  const snapshot = useMemo<CardsSnapshot>(
    () => ({
      kind: 'cards',
      id: 'kpis',
      view: state.view,
      busy: state.loading || updating || (cards !== undefined && parts === null),
      title: headlineTitle(meta, state.view),
      message,
      cards: cards?.map((card) => ({ ...card, sentence: parts?.sentences[card.id] })) ?? null,
      table: parts?.table ?? null,
    }),
    [meta, state.view, state.loading, updating, message, cards, parts],
  )
  usePublishPanel(snapshot)

  return (
    <section className={`kpis ${updating ? 'is-updating' : ''}`} aria-label={t.kpiTotal} aria-busy={updating}>
      {state.stale ? (
        <StaleNote error={state.stale.error} updatedAt={state.stale.updatedAt} onRetry={state.stale.retry} />
      ) : null}
      {state.error ? (
        <PanelError error={state.error.error} onRetry={state.error.retry} />
      ) : cards ? (
        cards.map((card) => (
          <article key={card.id} className="kpi" data-kpi={card.id} aria-labelledby={`kpi-${card.id}`}>
            <h2 id={`kpi-${card.id}`} className="kpi-title">
              {card.title}
            </h2>
            {card.value !== null ? <p className="kpi-value">{card.value}</p> : null}
            {card.failed ? (
              <div className="kpi-failed" role="alert">
                {card.lines.map((line) => (
                  <p key={line} className="kpi-line">
                    {line}
                  </p>
                ))}
                <button type="button" onClick={retryCard}>
                  {t.retry}
                </button>
              </div>
            ) : (
              card.lines.map((line) => (
                <p key={line} className="kpi-line">
                  {line}
                </p>
              ))
            )}
            <p className="kpi-caption">{card.caption}</p>
          </article>
        ))
      ) : (
        [0, 1, 2, 3].map((i) => (
          <div key={i} className="kpi skeleton" aria-busy="true">
            {i === 0 && state.slow ? (
              <p className="slow-note" role="status">
                {t.stillWaiting}
              </p>
            ) : null}
          </div>
        ))
      )}
    </section>
  )
}
