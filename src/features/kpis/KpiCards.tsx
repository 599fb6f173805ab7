import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import type { Series } from '../../api/series'
import type { Targets } from '../../api/targets'
import { PanelError, StaleNote } from '../../panel/PanelMessages'
import type { CardsSnapshot } from '../../export/snapshot'
import { usePublishPanel } from '../../panel/panelRegistry'
import { usePanelState } from '../../panel/usePanelState'
import { thresholdsFrom } from '../../lib/attention'
import { errorMessage } from '../../lib/errors'
import { useMessages } from '../../lib/LangContext'
import type { ViewProps } from '../../lib/viewProps'
import { headlineCards, headlineTitle, kpiTable, markHeadlineFigures } from './kpis'
import { messages } from './messages'
import { kpiQueries } from './queries'

/** Headline figures for the selected region at the end month of the period. */
export function KpiCards({ meta, scope, view }: ViewProps) {
  const t = useMessages(messages)
  const queries = kpiQueries(meta, scope, view)
  const targets = useQuery(queries.targets)
  // The streak follows the category the trend shows, from the same request, so the card and the trend agree.
  const covered = queries.historyCovered
  const history = useQuery({ ...queries.history, enabled: covered })
  const data = useMemo((): { targets: Targets; history: Series | null } | undefined => {
    if (!targets.data) return undefined
    if (!covered) return { targets: targets.data, history: null }
    return history.data ? { targets: targets.data, history: history.data } : undefined
  }, [targets.data, history.data, covered])
  const state = usePanelState([targets, history], data, view)
  const { shown, updating } = state
  // A province's high-severity attention signals mark its cards (from the request the attention panel makes too).
  const monitoring = useQuery(queries.monitoring)
  const thresholds = useMemo(() => thresholdsFrom(meta.rules), [meta])
  const cards = useMemo(
    () =>
      shown
        ? headlineCards(meta, shown.view, shown.data.targets, shown.data.history, monitoring.data, thresholds)
        : undefined,
    [meta, shown, monitoring.data, thresholds],
  )

  const table = useMemo(() => (shown ? kpiTable(meta, shown.view, shown.data.targets) : null), [meta, shown])

  useEffect(() => {
    if (cards) markHeadlineFigures()
  }, [cards])

  const message = state.error ? errorMessage(state.error.error, view.lang) : null
  const snapshot = useMemo<CardsSnapshot>(
    () => ({
      kind: 'cards',
      id: 'kpis',
      view: state.view,
      busy: state.loading || updating,
      title: headlineTitle(meta, state.view),
      message,
      cards: cards ?? null,
      table,
    }),
    [meta, state.view, state.loading, updating, message, cards, table],
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
            {card.lines.map((line) => (
              <p key={line} className="kpi-line">
                {line}
              </p>
            ))}
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
