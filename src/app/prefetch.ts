/**
 * The first view's requests, started by the entry module (main.tsx) before React's code has arrived, into the one
 * query client the app then renders with: the components find them in flight or answered, under the same query keys,
 * and do not ask again. Failures are left in the cache, where the app shows them with a retry.
 */
import type { QueryClient } from '@tanstack/react-query'
import { metaQueries } from '../api/meta'
import { kpiQueries } from '../features/kpis/queries'
import { parseView } from '../lib/view'
import { viewOptions } from '../lib/viewProps'

export async function prefetchFirstView(client: QueryClient, search: string): Promise<void> {
  // What the page needs before it can draw its view, asked side by side (the signed-in user's /me joins here).
  const [meta] = await Promise.all([client.fetchQuery(metaQueries.one())])
  // The view as the dashboard will read it from the address, and the headline figures' requests for it.
  const { view } = parseView(search, viewOptions(meta))
  const kpis = kpiQueries(meta, view)
  await Promise.all([
    client.prefetchQuery(kpis.targets),
    kpis.historyCovered ? client.prefetchQuery(kpis.history) : null,
    client.prefetchQuery(kpis.monitoring),
  ])
}
