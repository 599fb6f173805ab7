/**
 * The two builds the bench measures, each served as it is deployed: by nginx with deploy/nginx.conf (gzip, the
 * hashed files cached for a year, index.html revalidated). The demo build (its mock backend a service worker in the
 * page) on :4193 (not 4190, a port fetch refuses: ManageSieve); the production build (no msw) on :4191, with the mock
 * backend over HTTP in a process of its own on :4192, proxied under /api/ by the file's own same-origin block.
 * Neither server shares the bench's event loop. `E2E_PORT_OFFSET` moves the three ports. `Place` builds another checkout (a git worktree of another commit) and
 * serves it on other ports, so that two builds can be measured side by side (compare.ts).
 */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build, type BuildEnvironmentOptions } from 'vite'
import { startNginx } from '../e2e/live/nginx'
import { PORT_OFFSET } from '../e2e/live/ports'

export const ROOT = resolve(import.meta.dirname, '../..')
// Moved by E2E_PORT_OFFSET as the end-to-end tests' ports are, so that two checkouts can run the bench side by side.
export const DEMO_PORT = 4193 + PORT_OFFSET
export const LIVE_PORT = 4191 + PORT_OFFSET
export const API_PORT = 4192 + PORT_OFFSET

export interface Served {
  url: string
  close: () => Promise<void>
}

/** The page of the cold floor (browser.ts measureFloor), served beside each build's index.html. */
export const FLOOR_PAGE = '/floor.html'

/**
 * index.html without a single script or preload: the static shell and the stylesheet, nothing else. What a first visit costs
 * this browser on this machine before any of the app's code runs (its first paint is the floor of ours).
 */
export function floorPage(indexHtml: string): string {
  const page = indexHtml
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>\s*/g, '')
  if (/<script|preload/.test(page) || !page.includes('rel="stylesheet"')) {
    throw new Error("the floor page should keep index.html's stylesheet and drop every script: its shape changed")
  }
  return page
}

/** Which checkout to build, into which directory (under this checkout's tests/bench/tmp), served on which ports. */
export interface Place {
  /** the checkout to build (its src, index.html, vite.config.ts and mocks); this one by default */
  root?: string
  /** the output directory's name under tests/bench/tmp */
  dir?: string
  port?: number
  /** the mock backend's port (the live build) */
  apiPort?: number
}

async function buildInto(root: string, dir: string, mode: string, extra: BuildEnvironmentOptions): Promise<string> {
  const outDir = join(ROOT, 'tests/bench/tmp', dir)
  await build({ root, mode, logLevel: 'error', build: { outDir, emptyOutDir: true, ...extra } })
  writeFileSync(join(outDir, FLOOR_PAGE), floorPage(readFileSync(join(outDir, 'index.html'), 'utf8')))
  return outDir
}

/** `extra` is for the profiler: an unminified build with source maps. */
export async function serveDemo(extra: BuildEnvironmentOptions = {}, place: Place = {}): Promise<Served> {
  const dist = await buildInto(place.root ?? ROOT, place.dir ?? 'dist-demo', 'demo', extra)
  const nginx = await startNginx({ root: dist, port: place.port ?? DEMO_PORT })
  return { url: nginx.origin, close: () => nginx.stop() }
}

/** The mock backend (`npm run mock:api`) of checkout `root` in its own process, answering once it listens. */
async function startApiProcess(root: string, port: number): Promise<{ origin: string; stop: () => Promise<void> }> {
  const origin = `http://127.0.0.1:${port}`
  const answers = () =>
    fetch(`${origin}/api/v1/meta`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    )
  if (await answers()) {
    throw new Error(`something already answers on ${origin}: a mock backend left by an interrupted run? Stop it first.`)
  }
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'mocks/http-server.ts'), '--port', `${port}`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>((done) => child.once('exit', () => done()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
  }
  const deadline = Date.now() + 30_000
  while (!(await answers())) {
    if (child.exitCode !== null) throw new Error(`the mock backend exited (${child.exitCode}) before answering`)
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`the mock backend did not answer on ${origin} within 30 s`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return { origin, stop }
}

/** The production build (mocks off), its backend under the same origin, as deploy/nginx.conf's proxy block puts it. */
export async function serveLive(extra: BuildEnvironmentOptions = {}, place: Place = {}): Promise<Served> {
  process.env.VITE_API_MOCKING = 'false'
  let dist: string
  try {
    dist = await buildInto(place.root ?? ROOT, place.dir ?? 'dist-live', 'production', extra)
  } finally {
    delete process.env.VITE_API_MOCKING
  }
  const api = await startApiProcess(place.root ?? ROOT, place.apiPort ?? API_PORT)
  try {
    const nginx = await startNginx({ root: dist, port: place.port ?? LIVE_PORT, api: api.origin })
    return {
      url: nginx.origin,
      close: async () => {
        await nginx.stop()
        await api.stop()
      },
    }
  } catch (error) {
    await api.stop()
    throw error
  }
}
