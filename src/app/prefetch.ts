/**
 * The first view's requests, every one of them (the headline figures' and the panels'), started by the entry module
 * (main.tsx) as soon as /me and /meta answer, before React's code has run, into the one query client the app then
 * renders with: the components find them in flight or answered, under the same query keys,
 * and do not ask again. Failures are left in the cache, where the app shows them with a retry.
 */
import type { QueryClient } from '@tanstack/react-query'
import { meQueries } from '../api/me'
import { metaQueries } from '../api/meta'
import { kpiQueries } from '../features/kpis/queries'
import { scopeOf } from '../lib/scope'
import { parseView } from '../lib/view'
import { viewOptions } from '../lib/viewProps'
import { prefetchPanels } from './firstViewQueries'

/** The entry loads the prefetch and the client it fills in one import (one chunk to wait for, not two). */
export { createQueryClient } from './queryClient'

export async function prefetchFirstView(client: QueryClient, search: string): Promise<void> {
  // What the page needs before it can draw its view, asked side by side: who is signed in, and what the data holds.
  const [me, meta] = await Promise.all([client.fetchQuery(meQueries.one()), client.fetchQuery(metaQueries.one())])
  const scope = scopeOf(meta, me)
  if (!scope) return
  // The view as the dashboard will read it from the address, within the user's scope (a region outside it falls back
  // before anything is asked), and every request of its first view in the same moment: the headline figures' and the
  // panels' (those the cards share are not asked twice). The panels' requests are named without their code
  // (firstViewQueries.ts), so they need not wait for the panels' chunk, nor for React to render them.
  const { view } = parseView(search, viewOptions(meta, scope))
  const kpis = kpiQueries(meta, scope, view)
  await Promise.all([
    client.prefetchQuery(kpis.targets),
    kpis.historyCovered ? client.prefetchQuery(kpis.history) : null,
    client.prefetchQuery(kpis.monitoring),
    prefetchPanels(client, meta, scope, view),
  ])
}
