/**
 * Bundle measurement shared by `npm run bench` and the bundle budget test: builds the app (production, mocks off)
 * and the floor (react + react-dom + react-query + recharts alone) with the same Vite setup, then reports gzip
 * bytes per chunk and the JavaScript the first view loads (the entry and what index.html preloads).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '../..')

export interface Chunk {
  file: string
  gzip: number
  firstView: boolean
  mock: boolean
}

export interface BundleReport {
  chunks: Chunk[]
  totalGzip: number
  firstViewGzip: number
  floorGzip: number
  ratio: number
  /** bytes of msw in the production build: its chunks and its service worker script */
  mswBytes: number
}

const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length

function firstViewFiles(dist: string): Set<string> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const refs = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/?([^"]+\.js)"/g)].map(
    (m) => m[1],
  )
  return new Set(refs)
}

function measure(dist: string): Chunk[] {
  const first = firstViewFiles(dist)
  return readdirSync(join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const path = join(dist, 'assets', f)
      const text = readFileSync(path, 'utf8')
      return {
        file: `assets/${f}`,
        gzip: gzip(path),
        firstView: first.has(`assets/${f}`),
        mock: /setupWorker|mockServiceWorker|mswjs/.test(text),
      }
    })
}

async function viteBuild(root: string, outDir: string, mode: string, configFile: string | false) {
  await build({
    root,
    mode,
    configFile,
    logLevel: 'error',
    plugins: configFile ? [] : [react()],
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  })
}

export async function measureBundles(): Promise<BundleReport> {
  const work = mkdtempSync(join(tmpdir(), 'eam-bundle-'))
  const appDist = join(work, 'app')
  const floorDist = join(work, 'floor')
  await viteBuild(ROOT, appDist, 'production', join(ROOT, 'vite.config.ts'))
  await viteBuild(join(ROOT, 'tests/bench/floor'), floorDist, 'production', false)
  const chunks = measure(appDist)
  const floor = measure(floorDist)
  const firstViewGzip = chunks.filter((c) => c.firstView && !c.mock).reduce((a, c) => a + c.gzip, 0)
  const floorGzip = floor.filter((c) => c.firstView).reduce((a, c) => a + c.gzip, 0)
  const worker = readdirSync(appDist).includes('mockServiceWorker.js') ? gzip(join(appDist, 'mockServiceWorker.js')) : 0
  return {
    chunks,
    totalGzip: chunks.reduce((a, c) => a + c.gzip, 0),
    firstViewGzip,
    floorGzip,
    ratio: firstViewGzip / floorGzip,
    mswBytes: chunks.filter((c) => c.mock).reduce((a, c) => a + c.gzip, 0) + worker,
  }
}

/**
 * The first release held 1.10 × the floor. The second puts more in the first view: the Needs attention panel and its
 * rules, sentences built from the glossary in both languages, charts that are one keyboard stop, the Regions panel's
 * tabs and the comparison on the trend (the map and small multiples are a chunk of their own, loaded when chosen).
 * That is about 17 KiB gzip more of the app's own code: it measures 1.186 ×. The gate holds that, not more; taking
 * the charts' code off the critical path (issue 14, "Numbers first") is where the first view is to shrink again.
 */
export const BUNDLE_BUDGET = { ratio: 1.19, mswBytes: 0 }
