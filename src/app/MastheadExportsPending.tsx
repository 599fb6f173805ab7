import { useMessages } from '../lib/LangContext'
import { messages } from './messages'

/** The same buttons, disabled, while their code loads: named as they will be, and of the same size, so nothing moves. */
export function MastheadExportsPending() {
  const t = useMessages(messages)
  return (
    <>
      <button type="button" className="no-print" disabled>
        {t.exportDashboard}
      </button>
      {[t.exportBriefing, t.exportWorkbook].map((object) => (
        <button key={object} type="button" className="no-print" disabled>
          <span className="export-verb">{t.exportVerb}</span>
          <span className="export-object">{object}</span>
        </button>
      ))}
    </>
  )
}

/** The phone form's offer under the page, disabled, while its code loads. */
export function PhoneFormOfferPending() {
  const t = useMessages(messages)
  return (
    <button type="button" className="no-print phone-form-offer" disabled>
      {t.exportDashboardPhone}
    </button>
  )
}
