import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** The system Chromium (Debian's package): Playwright never downloads a browser here. */
const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
if (!chromium) {
  throw new Error(
    'The end-to-end tests need Chromium and a CJK font. Install them with:\n' +
      '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '(or set CHROMIUM_PATH to a Chromium binary).',
  )
}

const PORT = 4173

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
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-quic',
      ],
    },
  },
  webServer: {
    // The demo production build (mock backend on), served as a static site.
    command: `npm run build:demo && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
