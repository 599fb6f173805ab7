/**
 * The first view's requests, started by the entry module (main.tsx) before React's code has arrived, into the one
 * query client the app then renders with: the components find them in flight or answered, under the same query keys,
 * and do not ask again. Failures are left in the cache, where the app shows them with a retry.
 */
import type { QueryClient } from '@tanstack/react-query'
import { meQueries } from '../api/me'
import { metaQueries } from '../api/meta'
import { kpiQueries } from '../features/kpis/queries'
import { scopeOf } from '../lib/scope'
import { parseView } from '../lib/view'
import { viewOptions } from '../lib/viewProps'

/** The entry loads the prefetch and the client it fills in one import (one chunk to wait for, not two). */
export { createQueryClient } from './queryClient'

/**
 * Settles once the headline figures are in the page shell (app/shellFigures.ts), or when there is nothing to write:
 * /me or /meta failed, or the link names a view the app must correct first.
 */
export async function prefetchFirstView(client: QueryClient, search: string): Promise<void> {
  // What the page needs before it can draw its view, asked side by side: who is signed in, and what the data holds.
  const [me, meta] = await Promise.all([client.fetchQuery(meQueries.one()), client.fetchQuery(metaQueries.one())])
  const scope = scopeOf(meta, me)
  if (!scope) return
  // The view as the dashboard will read it from the address, within the user's scope (a region outside it falls back
  // before anything is asked), and the headline figures' requests for it.
  const { view, invalid, forbidden } = parseView(search, viewOptions(meta, scope))
  const kpis = kpiQueries(meta, scope, view)
  const answered = Promise.all([
    client.prefetchQuery(kpis.targets),
    kpis.historyCovered ? client.prefetchQuery(kpis.history) : null,
    client.prefetchQuery(kpis.monitoring),
  ])
  // A link the app must correct (and say so) is left to the app. Otherwise the code that writes the figures into the
  // page shell loads while they are on their way, and writes them when they have answered, if the app has not
  // replaced the shell by then.
  if (invalid.length > 0 || forbidden.length > 0) return
  const [{ writeShellFigures }] = await Promise.all([import('./shellFigures'), answered])
  writeShellFigures(client, meta, scope, view, kpis)
}
