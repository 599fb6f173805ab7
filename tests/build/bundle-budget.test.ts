/**
 * The deterministic budgets of the benchmark, held by CI: the JavaScript the first view loads stays within 10% of
 * what react + react-dom + react-query + recharts alone cost built the same way, and msw adds 0 bytes.
 * (Timings are reported by `npm run bench`, not gated: they depend on the machine.)
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { BUNDLE_BUDGET, measureBundles, type BundleReport } from '../bench/bundle'

describe('bundle budget', () => {
  let report: BundleReport
  beforeAll(async () => {
    report = await measureBundles()
  }, 180_000)

  it(`first-view JavaScript (gzip) is at most ${BUNDLE_BUDGET.ratio} × the floor`, () => {
    expect(report.floorGzip).toBeGreaterThan(100_000) // the floor really contains react, react-query and recharts
    expect(report.firstViewGzip / report.floorGzip).toBeLessThanOrEqual(BUNDLE_BUDGET.ratio)
  })

  it(`the headline figures' critical path is at most ${BUNDLE_BUDGET.criticalKiB} KiB gzip, and carries no chart code`, () => {
    expect(report.criticalGzip / 1024).toBeLessThanOrEqual(BUNDLE_BUDGET.criticalKiB)
    const critical = report.chunks.filter((c) => c.critical)
    // The panels (charts, tables) and the exports come after the headline figures, in chunks of their own.
    expect(critical.some((c) => /panels|exportFiles|gridContent/.test(c.file))).toBe(false)
    expect(report.chunks.find((c) => c.file.includes('panels'))?.firstView).toBe(true)
    expect(report.criticalGzip).toBeLessThan(report.firstViewGzip)
  })

  it('every chunk the first view runs, and only those, is compiled as it streams in (the compile hint)', () => {
    for (const chunk of report.chunks) expect(chunk.eager, chunk.file).toBe(chunk.firstView)
    expect(report.chunks.filter((c) => c.eager).length).toBeGreaterThan(3)
  })

  it('msw adds nothing to the production build', () => {
    expect(report.mswBytes).toBe(BUNDLE_BUDGET.mswBytes)
  })

  it('the export code is not loaded by the first view', () => {
    const exportChunk = report.chunks.find((c) => c.file.includes('exportFiles'))
    expect(exportChunk?.firstView).toBe(false)
  })

  it('the briefing’s and the workbooks’ writers (docx, write-excel-file) are chunks of their own, loaded on click', () => {
    const office = report.chunks.filter((c) => c.office)
    expect(office.map((c) => c.file.replace(/-[\w-]{8}\.js$/, ''))).toEqual(
      expect.arrayContaining(['assets/briefingDocx', 'assets/workbookXlsx']),
    )
    for (const chunk of office) {
      expect(chunk.firstView, chunk.file).toBe(false)
      expect(chunk.critical, chunk.file).toBe(false)
    }
    expect(report.chunks.find((c) => c.file.includes('exportFiles'))?.office).toBe(false)
  })
})
