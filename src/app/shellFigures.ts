/**
 * The headline figures written into the static shell (index.html) as soon as their data has answered, while the
 * app's code (React among it) is still on its way or running: the as-of line, who is signed in, and the four KPI
 * cards, with the same text and markup the app then renders over them (KpiCards.tsx, Dashboard.tsx's masthead), so
 * nothing moves or changes when it does. The cards' contents come from the one function both use (`headlineCards`);
 * only their few elements are built twice, and an end-to-end test holds the two equal.
 *
 * Written only into the shell from index.html, never into what React renders, and only for a view read cleanly from
 * the address: a link the app must correct first, a failed request or a missing answer leaves the shell as it is.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { Meta } from '../api/meta'
import { headlineCards, markHeadlineFigures, type KpiCard } from '../features/kpis/kpis'
import type { kpiQueries } from '../features/kpis/queries'
import { thresholdsFrom } from '../lib/attention'
import { formatMonth } from '../lib/format'
import { messages } from '../lib/i18n'
import { scopeLabel } from '../lib/names'
import type { Scope } from '../lib/scope'
import type { View } from '../lib/view'
import { shellState } from './shell'

function element(tag: string, attributes: Record<string, string>, text?: string): HTMLElement {
  const e = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value)
  if (text !== undefined) e.textContent = text
  return e
}

/** A card as KpiCards.tsx renders it. */
function cardElement(card: KpiCard): HTMLElement {
  const article = element('article', { class: 'kpi', 'data-kpi': card.id, 'aria-labelledby': `kpi-${card.id}` })
  article.append(element('h2', { id: `kpi-${card.id}`, class: 'kpi-title' }, card.title))
  if (card.value !== null) article.append(element('p', { class: 'kpi-value' }, card.value))
  for (const line of card.lines) article.append(element('p', { class: 'kpi-line' }, line))
  article.append(element('p', { class: 'kpi-caption' }, card.caption))
  return article
}

export function writeShellFigures(
  client: QueryClient,
  meta: Meta,
  scope: Scope,
  view: View,
  queries: ReturnType<typeof kpiQueries>,
): boolean {
  if (shellState.replaced) return false
  const cardsFrame = document.querySelector('#root .kpis')
  const subtitle = document.querySelector('#root .masthead-subtitle')
  const user = document.querySelector('#root .masthead-user')
  if (!cardsFrame || !subtitle || !user) return false
  const targets = client.getQueryData(queries.targets.queryKey)
  const history = queries.historyCovered ? client.getQueryData(queries.history.queryKey) : null
  if (!targets || history === undefined) return false
  const monitoring = client.getQueryData(queries.monitoring.queryKey)
  const cards = headlineCards(
    meta,
    view,
    targets,
    history,
    monitoring,
    thresholdsFrom(meta.rules, () => undefined),
  )

  const t = messages[view.lang]
  subtitle.removeAttribute('data-en') // written in the view's language now
  subtitle.replaceChildren(
    `${t.appSubtitle} · `,
    element('span', { class: 'as-of' }, t.asOf(formatMonth(meta.asOf, view.lang, 'full'))),
  )
  user.textContent = t.signedIn(scope.user.name, scopeLabel(meta, scope, view.lang, t.listSeparator))
  cardsFrame.replaceChildren(...cards.map(cardElement))
  markHeadlineFigures()
  return true
}
