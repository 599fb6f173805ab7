/**
 * A production build (`npm run build`: mocks off) must contain no msw code at all: not in a chunk, and not the
 * service worker script; and no code the production CSP (script-src 'self', no 'unsafe-eval') would refuse to run.
 * Builds into a temporary folder so it does not disturb dist/.
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

  it('compiles no code at run time: no eval, no new Function; none at all in the office files’ chunks', () => {
    const chunks = built.filter((f) => f.endsWith('.js')).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }))
    for (const { file, text } of chunks) {
      expect(text, file).not.toMatch(/(^|[^.\w$])eval\(/)
      expect(text, file).not.toMatch(/\bnew Function\b/)
    }
    // The .docx and .xlsx writers (docx, write-excel-file): not even a fallback such as Function('return this')(),
    // which the panels' chunk carries from Recharts' decimal.js-light, behind a `self` every browser has.
    const office = chunks.filter(({ text }) => text.includes('word/document.xml') || text.includes('xl/worksheets/'))
    expect(office).toHaveLength(2)
    for (const { file, text } of office) expect(text, file).not.toMatch(/(^|[^.\w$])Function\(/)
  })
})
