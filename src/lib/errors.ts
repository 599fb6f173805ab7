/** Turns any failure into the message a person should read, in their language (classified in api/client.ts). */
import { classifyError, type ErrorKind } from '../api/client'
import type { Lang } from './format'
import { messages } from './messages'

type Messages = (typeof messages)[Lang]

const MESSAGES: Record<ErrorKind, (t: Messages, status: string) => string> = {
  network: (t) => t.errorNetwork,
  timeout: (t) => t.errorTimeout,
  server: (t, status) => t.errorServer(status),
  session: (t) => t.errorSession,
  forbidden: (t) => t.errorForbidden,
  format: (t) => t.errorFormat,
  request: (t, status) => t.errorRequest(status),
  render: (t) => t.errorRender,
}

export function errorMessage(error: unknown, lang: Lang): string {
  const { kind, status } = classifyError(error)
  return MESSAGES[kind](messages[lang], String(status))
}
