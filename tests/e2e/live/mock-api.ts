/**
 * The HTTP mock backend's fault switch, from a test (mocks/http-server.ts describes it). The backend itself runs as
 * a Playwright webServer: `npm run mock:api -- --port 8787 --control-port 8788`.
 */
import type { MockUserId } from '../../../mocks/data/users'
import type { Endpoint, FaultKind, MockApiState } from '../../../mocks/http-server'
import { CONTROL_PORT } from './ports'

async function control(command: Record<string, unknown> | null): Promise<MockApiState> {
  const response = await fetch(`http://127.0.0.1:${CONTROL_PORT}/__control`, {
    method: command ? 'POST' : 'GET',
    headers: { 'Content-Type': 'application/json' },
    body: command ? JSON.stringify(command) : undefined,
  })
  if (!response.ok) throw new Error(`the mock API's fault switch answered ${response.status}: ${await response.text()}`)
  return (await response.json()) as MockApiState
}

export const mockApi = {
  /** every request to `endpoint` ("*": all of them) fails this way until healed */
  fault: (fault: FaultKind, endpoint: Endpoint | '*' = '*', delayMs?: number) => control({ fault, endpoint, delayMs }),
  heal: (endpoint: Endpoint | '*' = '*') => control({ fault: null, endpoint }),
  /** the API port stops listening (connection refused) */
  down: () => control({ down: true }),
  up: () => control({ down: false }),
  /** another user is signed in from now on (mocks/data/users.ts); a reset signs the default user back in */
  signIn: (user: MockUserId) => control({ user }),
  /** healthy, listening, request counts at zero */
  reset: () => control({ reset: true }),
  state: () => control(null),
  /** how many requests reached an endpoint since the last reset */
  requests: async (endpoint: Endpoint) => (await control(null)).requests[endpoint] ?? 0,
}
