/**
 * The two builds the bench measures, each served on localhost: the demo build (its mock backend a service worker in
 * the page) on :4190, and the production build (no msw) against the mock backend over HTTP on :4191.
 */
import { join, resolve } from 'node:path'
import { build, preview, type BuildEnvironmentOptions } from 'vite'
import { startMockApi } from '../../mocks/http-server'

export const ROOT = resolve(import.meta.dirname, '../..')
export const DEMO_PORT = 4190
export const LIVE_PORT = 4191

export interface Served {
  url: string
  close: () => Promise<void>
}

/** `extra` is for the profiler: an unminified build with source maps. */
export async function serveDemo(extra: BuildEnvironmentOptions = {}): Promise<Served> {
  const outDir = join(ROOT, 'tests/bench/tmp/dist-demo')
  await build({ root: ROOT, mode: 'demo', logLevel: 'error', build: { outDir, emptyOutDir: true, ...extra } })
  const server = await preview({
    root: ROOT,
    mode: 'demo',
    logLevel: 'error',
    build: { outDir },
    preview: { port: DEMO_PORT, strictPort: true, host: '127.0.0.1' },
  })
  return {
    url: `http://127.0.0.1:${DEMO_PORT}`,
    close: () => new Promise<void>((done) => server.httpServer.close(() => done())),
  }
}

/** The production build (mocks off) pointed at the mock backend served over HTTP on localhost. */
export async function serveLive(extra: BuildEnvironmentOptions = {}): Promise<Served> {
  const api = await startMockApi({ port: 0 })
  const outDir = join(ROOT, 'tests/bench/tmp/dist-live')
  process.env.VITE_API_BASE_URL = `http://127.0.0.1:${api.port}`
  process.env.VITE_API_MOCKING = 'false'
  try {
    await build({ root: ROOT, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true, ...extra } })
    // preview reads VITE_API_BASE_URL too: its CSP lets the page talk to the API's origin
    const server = await preview({
      root: ROOT,
      mode: 'production',
      logLevel: 'error',
      build: { outDir },
      preview: { port: LIVE_PORT, strictPort: true, host: '127.0.0.1' },
    })
    return {
      url: `http://127.0.0.1:${LIVE_PORT}`,
      close: async () => {
        await new Promise<void>((done) => server.httpServer.close(() => done()))
        await api.close()
      },
    }
  } finally {
    delete process.env.VITE_API_BASE_URL
    delete process.env.VITE_API_MOCKING
  }
}
