/**
 * The request behind Needs attention, named once: the panel asks it and the boot prefetch starts it (the KPI cards'
 * /monitoring, the same request), under the same query key by construction.
 */
import { monitoringQueries } from '../../api/monitoring'
import type { Scope } from '../../lib/scope'
import type { View } from '../../lib/view'

export function attentionQuery(scope: Scope, view: View) {
  return monitoringQueries.endMonth(view, scope)
}
