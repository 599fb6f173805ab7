/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { securityHeaders } from './deploy/csp.ts'

const require = createRequire(import.meta.url)

/**
 * msw's service worker script, served in dev and emitted only into builds with the mock backend on, so that a
 * production build (mocks off) carries no msw byte, not even in public/.
 */
function mockServiceWorker(enabled: boolean): Plugin {
  const script = () => readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8')
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      if (!enabled) return
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript')
        res.end(script())
      })
    },
    generateBundle() {
      if (enabled) this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: script() })
    },
  }
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  return {
    plugins: [react(), mockServiceWorker(env.VITE_API_MOCKING === 'true')],
    build: { target: 'es2022', sourcemap: false },
    // The production headers (deploy/csp.ts; nginx sends the same), so every test of a built app runs under the CSP.
    // connect-src follows VITE_API_BASE_URL, as a build pointed at another origin needs.
    preview: { headers: securityHeaders({ apiBaseUrl: env.VITE_API_BASE_URL }) },
    test: {
      environment: 'jsdom',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      restoreMocks: true,
    },
  }
})
