/**
 * A production build (`npm run build`: mocks off) must contain no msw code at all: not in a chunk, and not the
 * service worker script. Builds into a temporary folder so it does not disturb dist/.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const MSW_MARKERS = ['setupWorker', 'mockServiceWorker', 'HttpResponse.json', 'mswjs', 'MSW_']

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  )
}

describe('npm run build (mocks off)', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'eam-build-'))
  let built: string[] = []

  beforeAll(() => {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', outDir], {
      env: { ...process.env, VITE_API_MOCKING: 'false', NODE_ENV: 'production' },
      stdio: 'pipe',
    })
    built = files(outDir)
  }, 180_000)
  afterAll(() => rmSync(outDir, { recursive: true, force: true }))

  it('emits the app', () => {
    expect(built.some((f) => f.endsWith('index.html'))).toBe(true)
    expect(built.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(0)
  })

  it('contains no msw code and no service worker script', () => {
    expect(built.some((f) => f.endsWith('mockServiceWorker.js'))).toBe(false)
    for (const file of built.filter((f) => /\.(js|html)$/.test(f))) {
      const text = readFileSync(file, 'utf8')
      for (const marker of MSW_MARKERS) expect(text.includes(marker), `${marker} in ${file}`).toBe(false)
    }
  })

  it('does not ship the mock data set', () => {
    const js = built
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    expect(js).not.toContain('Figures not published are synthetic')
  })
})
