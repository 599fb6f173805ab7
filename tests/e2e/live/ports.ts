/** Where the end-to-end projects serve what they test (playwright.config.ts starts them; the specs call them). */
export const DEMO_PORT = 4173
/** the production build, mocks off, pointed at the HTTP mock backend */
export const LIVE_PORT = 4174
export const API_PORT = 8787
/** the mock backend's fault switch (mocks/http-server.ts) */
export const CONTROL_PORT = 8788
export const NGINX_PORT = 8088

export const API_ORIGIN = `http://127.0.0.1:${API_PORT}`
