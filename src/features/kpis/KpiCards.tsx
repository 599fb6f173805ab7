import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { PanelProps } from '../../app/Dashboard'
import { PanelError, StaleNote } from '../../app/PanelState'
import { seriesQueries } from '../../api/series'
import { targetsQueries } from '../../api/targets'
import { useMessages } from '../../lib/i18n'
import { useKept } from '../../lib/useKept'
import { buildKpiCards } from './kpis'

/** Headline figures for the selected region at the end month of the period. */
export function KpiCards({ meta, view }: PanelProps) {
  const t = useMessages()
  const targets = useQuery(targetsQueries.one({ region: view.region, month: view.to }))
  // The streak needs the months before the period too, so it reads the series from the first month of the data.
  const history = useQuery(
    seriesQueries.one({ region: view.region, category: 'total', from: meta.months[0], to: view.to }),
  )
  const failed = targets.isError ? targets : history.isError ? history : null
  const ready = targets.data && history.data
  const current = useMemo(
    () => (targets.data && history.data ? buildKpiCards(meta, view, targets.data, history.data) : undefined),
    [meta, view, targets.data, history.data],
  )
  // While the next view's figures load, the last cards stay, marked as updating; an error makes them go.
  const { value: cards, updating } = useKept(current, Boolean(failed))

  return (
    <section className={`kpis ${updating ? 'is-updating' : ''}`} aria-label={t.kpiTotal} aria-busy={updating}>
      {failed && ready ? (
        <StaleNote error={failed.error} updatedAt={failed.dataUpdatedAt} onRetry={() => void failed.refetch()} />
      ) : null}
      {failed && !ready ? (
        <PanelError error={failed.error} onRetry={() => void failed.refetch()} />
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
        [0, 1, 2, 3].map((i) => <div key={i} className="kpi skeleton" aria-busy="true" />)
      )}
    </section>
  )
}
