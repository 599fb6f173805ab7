import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, chromiumPath } from './tests/chromium'
import { API_ORIGIN, API_PORT, CONTROL_PORT, DEMO_PORT, LIVE_PORT, NGINX_PORT } from './tests/e2e/live/ports'

const chromium = chromiumPath()

const PORT = DEMO_PORT

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
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
    // The demo production build (mock backend in the page): every spec but the two below.
    { name: 'demo', testIgnore: [/live\.spec\.ts$/, /nginx\.spec\.ts$/] },
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
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // The mock backend over HTTP, with the fault switch on its own port (mocks/http-server.ts).
      command: `npm run mock:api -- --port ${API_PORT} --control-port ${CONTROL_PORT}`,
      url: `http://127.0.0.1:${CONTROL_PORT}/__control`,
      reuseExistingServer: !process.env.CI,
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
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
})
