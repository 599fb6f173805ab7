/**
 * A data set for tests only (never served by the demo): the demo's one report not yet received and two more, so that
 * nothing in the dashboard depends on there being exactly one, or on it being in the latest month. Tests answer with
 * it through msw: `server.use(...createHandlers(missingReportsDataSet))`. Only workshops are affected (a category whose
 * national figure is not published), so every published figure of facts.md stays exact here too; the month that is
 * not the latest breaks facts.md's invariant 8 on purpose.
 */
import { buildDataSet, NOT_REPORTED, type NotReported } from './dataset'
import { AS_OF_MONTH } from './reference'

export const MISSING_REPORTS: readonly NotReported[] = [
  // 西藏, August 2024: the demo's case
  ...NOT_REPORTED,
  // 甘肃, August 2024: a second province missing the latest month
  { category: 'workshops', region: '620000', month: AS_OF_MONTH },
  // 宁夏, June 2024: a month that is not the latest (within the twelve months /monitoring carries before August)
  { category: 'workshops', region: '640000', month: '2024-06' },
]

export const missingReportsDataSet = buildDataSet(MISSING_REPORTS)
