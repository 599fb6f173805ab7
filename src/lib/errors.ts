/** Turns any failure into the message a person should read, in their language (classified in api/client.ts). */
import { classifyError } from '../api/client'
import type { Messages } from './i18n'

export function errorMessage(error: unknown, t: Messages): string {
  const { kind, status } = classifyError(error)
  switch (kind) {
    case 'network':
      return t.errorNetwork
    case 'timeout':
      return t.errorTimeout
    case 'server':
      return t.errorServer(String(status))
    case 'session':
      return t.errorSession
    case 'forbidden':
      return t.errorForbidden
    case 'format':
      return t.errorFormat
    case 'request':
      return t.errorRequest(String(status))
    case 'render':
      return t.errorRender
  }
}
