/**
 * The panels' requests for the first view, from the small modules that name each panel's queries (the panels ask the
 * same functions, so the keys match by construction). The boot prefetch imports it: it holds the API layer's fetchers
 * the panels need and none of their code (about 1.4 KiB gzip on the critical path; as a chunk loaded beside it, its
 * evaluation waited behind React's first render on a busy main thread, and the panels' requests left up to a second
 * late).
 */
import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query'
import type { Meta } from '../api/meta'
import { attentionQuery } from '../features/attention/queries'
import { channelsFirstView } from '../features/channels/queries'
import { regionsFirstView } from '../features/regions/queries'
import { targetsPanelQuery } from '../features/targets/queries'
import { trendFirstView } from '../features/trend/queries'
import type { Scope } from '../lib/scope'
import type { View } from '../lib/view'

/** Every request the panels make when they first render this view (a request two panels share, listed by each). */
export function panelsFirstView(meta: Meta, scope: Scope, view: View) {
  return [
    ...trendFirstView(meta, scope, view),
    ...regionsFirstView(meta, scope, view),
    targetsPanelQuery(view),
    ...channelsFirstView(scope, view),
    attentionQuery(scope, view),
  ]
}

/** Starts them into the client the app renders with; one in flight or answered is not asked again. */
export function prefetchPanels(client: QueryClient, meta: Meta, scope: Scope, view: View): Promise<unknown> {
  // Each is one resource's typed options; the list mixes resources, which no one prefetchQuery signature takes.
  const queries = panelsFirstView(meta, scope, view) as readonly FetchQueryOptions[]
  return Promise.all(queries.map((query) => client.prefetchQuery(query)))
}
