import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium'
import {
  API_ORIGIN,
  API_PORT,
  CONTRACT_BACKEND_ORIGIN,
  CONTRACT_BACKEND_PORT,
  CONTROL_PORT,
  DEMO_PORT,
  LIVE_PORT,
  NGINX_PORT,
  PRISM_ORIGIN,
  PRISM_PORT,
} from './tests/e2e/live/ports'
import { refuseTakenPorts } from './tests/e2e/live/port-check'

const chromium = chromiumPath()

/**
 * A server already on a webServer's port is reused only when asked (E2E_REUSE_SERVERS=1): one started by hand with
 * the same command, say. Otherwise every port the run needs must be free, or the run stops here, before anything
 * starts, saying which port, what holds it, and how to move (tests/e2e/live/port-check.ts).
 */
const REUSE = ['1', 'true'].includes(process.env.E2E_REUSE_SERVERS ?? '')
refuseTakenPorts({ reuse: REUSE })

const PORT = DEMO_PORT

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  // Fails the run when prism reported any request or answer of the live run that breaks docs/openapi.json.
  globalTeardown: './tests/e2e/live/contract-violations.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromium,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // The demo production build (mock backend in the page): every spec but the phone's and the two below.
    { name: 'demo', testIgnore: [/live\.spec\.ts$/, /nginx\.spec\.ts$/, /phone\.spec\.ts$/] },
    // The demo build on a phone, by touch (tests/e2e/phone.spec.ts): iPhone 12–15 and a small Android's viewport.
    {
      name: 'phone-390',
      testMatch: /phone\.spec\.ts$/,
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
    },
    {
      name: 'phone-360',
      testMatch: /phone\.spec\.ts$/,
      use: { viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
    },
    // The production build (mocks off) against the mock backend over real HTTP, with its fault switch.
    { name: 'live', testMatch: /live\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${LIVE_PORT}` } },
    // deploy/nginx.conf serving the demo build; the spec starts and stops nginx itself.
    { name: 'nginx', testMatch: /nginx\.spec\.ts$/, use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` } },
  ],
  webServer: [
    {
      // The demo production build (mock backend on), served as a static site.
      command: `npm run build:demo && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: REUSE,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The contract check (README, "Live mode"): a fault-free mock backend, and prism in front of it checking every
      // request and answer against docs/openapi.json (--errors: a violation becomes a 500 with `sl-violations`).
      command: `npm run mock:api -- --port ${CONTRACT_BACKEND_PORT}`,
      url: `${CONTRACT_BACKEND_ORIGIN}/api/v1/meta`,
      reuseExistingServer: REUSE,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // --cors=false: prism talks to the mock backend below, never to a browser, and adds no CORS header of its own.
      command:
        `npx prism proxy docs/openapi.json ${CONTRACT_BACKEND_ORIGIN} --errors --cors=false ` +
        `--host 127.0.0.1 --port ${PRISM_PORT} --verboseLevel warn`,
      // Ready once it answers a request through to the backend.
      url: `${PRISM_ORIGIN}/api/v1/meta`,
      reuseExistingServer: REUSE,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // The mock backend the browser calls, with the fault switch on its own port (mocks/http-server.ts); its right
      // answers come through prism, and its faults are applied after, so they stay as wrong as they are meant to be.
      command: `npm run mock:api -- --port ${API_PORT} --control-port ${CONTROL_PORT} --upstream ${PRISM_ORIGIN}`,
      url: `http://127.0.0.1:${CONTROL_PORT}/__control`,
      reuseExistingServer: REUSE,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The production build pointed at that backend, in dist-live/, served with the production headers; the CSP's
      // connect-src then names the backend's origin (vite.config.ts, preview.headers).
      command:
        `npx vite build --outDir dist-live --emptyOutDir --logLevel warn && ` +
        `npx vite preview --host 127.0.0.1 --port ${LIVE_PORT} --strictPort --outDir dist-live`,
      env: { VITE_API_BASE_URL: API_ORIGIN, VITE_API_MOCKING: 'false' },
      url: `http://127.0.0.1:${LIVE_PORT}/`,
      reuseExistingServer: REUSE,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
