/**
 * Playwright's global teardown: the live run fails when prism (in front of the mock backend, playwright.config.ts)
 * found a request or an answer that breaks docs/openapi.json. A violation also reaches the browser as a 500, which
 * fails the test that expected data; this catches the rest (a test that expected an error anyway, say).
 */
import type { MockApiState } from '../../../mocks/http-server'
import { CONTROL_PORT } from './ports'

export default async function contractViolations() {
  let state: MockApiState
  try {
    const response = await fetch(`http://127.0.0.1:${CONTROL_PORT}/__control`, { signal: AbortSignal.timeout(5000) })
    state = (await response.json()) as MockApiState
  } catch {
    return // the mock backend is not running: no live test ran
  }
  if (!Array.isArray(state.violations)) {
    throw new Error(
      `the mock backend on :${CONTROL_PORT} does not report contract violations: an old one reused? Stop it and run again.`,
    )
  }
  if (state.violations.length > 0) {
    throw new Error(
      `prism found ${state.violations.length} request(s) or answer(s) of the live run that break docs/openapi.json:\n` +
        state.violations.map((v) => `  ${v}`).join('\n'),
    )
  }
}
