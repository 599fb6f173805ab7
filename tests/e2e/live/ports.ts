/**
 * Where the end-to-end projects serve what they test (playwright.config.ts starts them; the specs call them).
 * `E2E_PORT_OFFSET` moves them all, so that two checkouts can run their end-to-end tests side by side.
 */
export const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0) || 0
const OFFSET = PORT_OFFSET

export const DEMO_PORT = 4173 + OFFSET
/** the production build, mocks off, pointed at the HTTP mock backend */
export const LIVE_PORT = 4174 + OFFSET
export const API_PORT = 8787 + OFFSET
/** the mock backend's fault switch (mocks/http-server.ts) */
export const CONTROL_PORT = 8788 + OFFSET
export const NGINX_PORT = 8088 + OFFSET
/** deploy/nginx.conf with its same-origin /api/ block switched on (nginx.spec.ts) */
export const NGINX_API_PORT = 8089 + OFFSET
/**
 * The contract check of the live run: the mock backend on API_PORT (with the fault switch) takes its right answers
 * from prism on PRISM_PORT, which checks each request and answer against docs/openapi.json on their way to and from a
 * second, fault-free mock backend on CONTRACT_BACKEND_PORT.
 */
export const PRISM_PORT = 8789 + OFFSET
export const CONTRACT_BACKEND_PORT = 8790 + OFFSET

export const API_ORIGIN = `http://127.0.0.1:${API_PORT}`
export const PRISM_ORIGIN = `http://127.0.0.1:${PRISM_PORT}`
export const CONTRACT_BACKEND_ORIGIN = `http://127.0.0.1:${CONTRACT_BACKEND_PORT}`
