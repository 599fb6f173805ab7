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

/** Under the page: the dashboard PNG's phone form, one column (on a phone the masthead's button makes it). */
export function PhoneFormOffer({ meta, view }: ViewProps) {
  return <DashboardExportButton meta={meta} view={view} form="phone" className="phone-form-offer" />
}
