import type { ViewProps } from '../lib/viewProps'
import { DashboardExportButton } from './DashboardExportButton'
import { DocumentExportButtons } from './DocumentExportButtons'

/**
 * The masthead's exports of the whole view: the dashboard PNG, the briefing and the workbook. Loaded with the panels'
 * chunk (app/panels.ts), not before the headline figures: they are of use only once every panel shows the view.
 */
export function MastheadExports({ meta, scope, view }: ViewProps) {
  return (
    <>
      <DashboardExportButton meta={meta} view={view} />
      <DocumentExportButtons meta={meta} scope={scope} view={view} />
    </>
  )
}
