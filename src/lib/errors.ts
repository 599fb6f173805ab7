/**
 * Turns any failure into the message a person should read, in their language (classified in api/client.ts): what
 * happened, and for an answer refused beyond its shape, which answer and which month or figure (api/checks.ts), so
 * that a backend team told of it knows where to look. The server's own words (problem+json `detail` and `code`) are
 * a second line, cleaned and cut short (`errorDetail`).
 */
import { ApiError, classifyError, type ErrorKind } from '../api/client'
import { magnitudePower, type Refusal } from '../api/checks'
import { formatMonth, formatPercent, type Lang } from './format'
import { messages } from './messages'

type Messages = (typeof messages)[Lang]

const MESSAGES: Record<ErrorKind, (t: Messages, status: string, error: unknown) => string> = {
  network: (t) => t.errorNetwork,
  timeout: (t) => t.errorTimeout,
  server: (t, status) => t.errorServer(status),
  session: (t) => t.errorSession,
  forbidden: (t) => t.errorForbidden,
  format: (t) => t.errorFormat,
  request: (t, status) => t.errorRequest(status),
  render: (t) => t.errorRender,
  signIn: (t) => t.errorSignIn,
  blocked: (t, _status, error) => t.errorBlocked((error as ApiError).origin ?? ''),
}

/** An exact count, grouped: a contradiction is about exact figures (303 against 3,025,469), never rounded ones. */
function count(n: number, lang: Lang): string {
  return messages[lang].refusalPersons(n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en'))
}

/** The refusal, as one or two sentences naming the answer and the month or figure. */
function refusalMessage(r: Refusal, path: string, lang: Lang): string {
  const w = messages[lang]
  const month = (m: string) => formatMonth(m, lang, 'full')
  // the answers that list many regions name the one at fault
  const where = (region?: string) =>
    region && !['/series', '/targets', '/channels'].includes(path) ? w.refusalRegion(region) : ''
  switch (r.problem) {
    case 'missing':
      return r.check === 'meta'
        ? w.refusalMetaMissing(month(r.month), r.more)
        : w.refusalMissing(path, month(r.month), r.more)
    case 'twice':
      return w.refusalTwice(path, month(r.month))
    case 'order':
      return w.refusalOrder(path, month(r.month), month(r.after))
    case 'stray':
      return w.refusalStray(path, month(r.month))
    case 'both':
      return w.refusalBoth(path, month(r.month))
    case 'as-of':
      return w.refusalAsOf(month(r.asOf), month(r.last))
    case 'magnitude': {
      const power = magnitudePower(r.value, r.other)
      return w.refusalMagnitude({
        path,
        where: where(r.region),
        month: month(r.month),
        value: count(r.value, lang),
        against: {
          previousMonth: w.refusalPreviousMonth,
          previousYear: w.refusalPreviousYear,
          target: w.refusalTarget,
        }[r.against],
        other: count(r.other, lang),
        times: 10 ** Math.abs(power),
        smaller: power < 0,
        wan: Math.abs(power) === 4,
      })
    }
    case 'channels':
      return w.refusalChannels({
        sum: count(r.sum, lang),
        total: count(r.total, lang),
        over: r.sum > r.total,
        share: r.total > 0 ? formatPercent(r.sum / r.total, lang) : '—',
        notReported: r.notReported.map((id) => w.refusalChannel(id)).join(w.listSeparator),
      })
    case 'in-county':
      return w.refusalInCounty(count(r.parts, lang), count(r.inCounty, lang))
    case 'empty':
      return w.refusalEmpty
    case 'figure':
      return w.refusalFigure({
        month: month(r.month),
        path,
        says:
          r.says === 'not-reported'
            ? w.refusalSaysNotReported
            : r.says === 'nothing'
              ? w.refusalSaysNothing
              : w.refusalSaysValue(count(r.says, lang)),
        with: r.with,
        other: count(r.other, lang),
      })
    case 'no-regions':
      return w.errorNoRegions
  }
}

/** One sentence saying what went wrong, and for an answer refused beyond its shape, where. */
export function errorMessage(error: unknown, lang: Lang): string {
  const { kind, status } = classifyError(error)
  const base = MESSAGES[kind](messages[lang], String(status), error)
  const reason = error instanceof ApiError ? error.reason : undefined
  if (!reason) return base
  const said = refusalMessage(reason, (error as ApiError).path ?? '', lang)
  if (reason.problem === 'no-regions') return said
  const lead = ['magnitude', 'channel-sum', 'parent', 'agree'].includes(reason.check)
    ? messages[lang].errorContradiction
    : base
  return `${lead}${lang === 'zh' ? '' : ' '}${said}`
}

/** How much of the server's own words is shown: enough for a sentence, never a page. */
const DETAIL_MAX = 200
const CODE_MAX = 40

/** Text from the server, made fit to show: no control or formatting characters, one line, cut short. */
function clean(text: string, max: number): string {
  const line = text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/**
 * The server's own explanation, when its error answer is problem+json with a `detail` or a `code`: shown as text
 * (never markup) beside the message, so that a person can quote it to the backend's support.
 */
export function errorDetail(error: unknown, lang: Lang): string | null {
  if (!(error instanceof ApiError) || !error.problem) return null
  const w = messages[lang]
  const detail = error.problem.detail ? clean(error.problem.detail, DETAIL_MAX) : ''
  const code = error.problem.code !== undefined ? clean(String(error.problem.code), CODE_MAX) : ''
  const parts = [detail ? w.errorServerSays(detail) : '', code ? w.errorCode(code) : ''].filter(Boolean)
  return parts.length ? parts.join(lang === 'zh' ? '；' : '. ') : null
}

/** Whether the failure asks the person to sign in again (a 401, or a sign-in page where data was asked for). */
export function needsSignIn(error: unknown): boolean {
  const { kind } = classifyError(error)
  return kind === 'session' || kind === 'signIn'
}
