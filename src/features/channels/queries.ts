/**
 * The requests behind the Channels panel, named once: the panel asks them, and the boot prefetch
 * (app/firstViewQueries.ts) starts them as soon as /me and /meta have answered, under the same query keys by
 * construction. Kept apart from the panel's code, so the entry reaches it without the panels' chunk.
 */
import { channelsQueries } from '../../api/channels'
import { monitoringQueries } from '../../api/monitoring'
import type { Scope } from '../../lib/scope'
import type { View } from '../../lib/view'

export function channelsPanelQueries(scope: Scope, view: View) {
  return {
    channels: channelsQueries.one({ region: view.region, month: view.to }),
    /** who has not reported a national figure (the KPI cards' request) */
    monitoring: monitoringQueries.endMonth(view, scope),
  }
}

/** What the Channels panel asks for a view, as the panel asks it (the boot prefetch starts these). */
export function channelsFirstView(scope: Scope, view: View) {
  const q = channelsPanelQueries(scope, view)
  return [q.channels, q.monitoring]
}
