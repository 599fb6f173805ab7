/**
 * The requests behind the trend, named once: the panel asks them, and the boot prefetch (app/firstViewQueries.ts)
 * starts them as soon as /me and /meta have answered, so the two share their query keys by construction. Kept apart
 * from the panel's code (no charts), so the entry reaches it without the panels' chunk.
 */
import { annotationsQueries } from '../../api/annotations'
import type { Meta } from '../../api/meta'
import { monitoringQueries } from '../../api/monitoring'
import { seriesQueries } from '../../api/series'
import { targetsQueries } from '../../api/targets'
import { covers } from '../../lib/names'
import type { Scope } from '../../lib/scope'
import type { View } from '../../lib/view'

/** One region's series for the view's category, from the data's first month to the view's end month. */
export function trendSeries(meta: Meta, view: View, region: string) {
  return seriesQueries.history({ region, category: view.category, firstMonth: meta.months[0], to: view.to })
}

/** Regions compared with the selected one: those that report the category (the others have no line to draw). */
export function comparedRegions(meta: Meta, view: View, covered: boolean): string[] {
  return covered ? view.with.filter((id) => covers(meta, view.category, id)) : []
}

export function trendQueries(meta: Meta, scope: Scope, view: View) {
  const covered = covers(meta, view.category, view.region)
  return {
    /** whether the selected region reports the category: its series and /targets are asked only then */
    covered,
    /** the KPI cards' streak series, the same request */
    series: trendSeries(meta, view, view.region),
    /** the KPI cards' /targets, the same request: a series that contradicts it is refused */
    targets: targetsQueries.one({ region: view.region, month: view.to }),
    /** the programme periods of all the data, fetched once; the chart clips them to the months it shows */
    annotations: annotationsQueries.one({ from: meta.months[0], to: meta.asOf }),
    compared: comparedRegions(meta, view, covered).map((id) => trendSeries(meta, view, id)),
    /** who has not reported, when a series is incomplete (the KPI cards' request) */
    monitoring: monitoringQueries.endMonth(view, scope),
  }
}

/** What the trend asks for a view, as the panel asks it (the boot prefetch starts these). */
export function trendFirstView(meta: Meta, scope: Scope, view: View) {
  const q = trendQueries(meta, scope, view)
  return [...(q.covered ? [q.series, q.targets] : []), q.annotations, ...q.compared, q.monitoring]
}
