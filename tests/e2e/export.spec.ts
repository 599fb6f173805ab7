import { readFileSync } from 'node:fs'
import { expect, test, type Download, type Page } from '@playwright/test'
import { ANNUAL_TARGETS, NATIONAL, wan } from '../../mocks/data/reference'
import { captureExportSvgs, lastExportSvg } from './export-capture'
import { waitForDashboard } from './fixtures'
import { inspectPng } from './png'

const CHARTS = ['trend', 'targets', 'regions', 'channels'] as const

async function downloadFrom(page: Page, chart: string, button: RegExp): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name: button }).click(),
  ])
  const path = await download.path()
  return { download, bytes: readFileSync(path) }
}

/**
 * What the composed picture holds of its chart, read from the SVG it was drawn from (before rasterising): the chart's
 * own surface, its axis labels, the legend's words, and one data mark (a bar, or the trend's last month) with where it
 * sits in the picture and the colour it is drawn in.
 */
async function composedChart(page: Page) {
  const svg = await lastExportSvg(page)
  return page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml')
    const root = doc.documentElement
    const chart = root.querySelector('svg[data-surface]')
    if (!chart) return null
    const mark =
      chart.querySelector('circle[data-series="streak"]:last-of-type') ??
      chart.querySelector('circle[data-series="value"]:last-of-type') ??
      chart.querySelector('rect[data-bar]')
    const n = (e: Element | null, a: string) => Number(e?.getAttribute(a) ?? 0)
    const box =
      mark?.tagName === 'circle'
        ? { x: n(mark, 'cx'), y: n(mark, 'cy') }
        : { x: n(mark, 'x') + n(mark, 'width') / 2, y: n(mark, 'y') + n(mark, 'height') / 2 }
    const fill = mark ? (mark as SVGElement).style.fill || mark.getAttribute('fill') : null
    return {
      width: n(root, 'width'),
      axis: [...chart.querySelectorAll('text[data-axis]')].map((t) => t.textContent ?? ''),
      texts: [...root.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      mark: mark ? { x: n(chart, 'x') + box.x, y: n(chart, 'y') + box.y, fill } : null,
    }
  }, svg)
}

const rgb = (color: string) => {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color)
  return hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (color.match(/\d+/g) ?? []).slice(0, 3).map(Number)
}

for (const lang of ['zh', 'en'] as const) {
  test(`every chart exports a self-contained PNG (${lang})`, async ({ page }) => {
    await captureExportSvgs(page)
    await page.goto(lang === 'en' ? '/?lang=en' : '/')
    await waitForDashboard(page)
    for (const chart of CHARTS) {
      const onScreen = await page
        .locator(`figure[data-chart="${chart}"] .chart-body`)
        .evaluate((e) => e.getBoundingClientRect().width)
      const { download, bytes } = await downloadFrom(page, chart, lang === 'zh' ? /导出PNG/ : /Export PNG/)
      expect(download.suggestedFilename()).toBe(`${chart}_000000_total_2024-01_2024-08_mom_${lang}.png`)
      expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
      expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
      const ihdrWidth = bytes.readUInt32BE(16)
      expect(ihdrWidth).toBeGreaterThanOrEqual(2 * onScreen)
      // the picture's chart: its axis says what the screen's says, its legend is there in words
      const composed = (await composedChart(page))!
      expect(composed, `${chart}: a chart in the picture`).not.toBeNull()
      const figure = page.locator(`figure[data-chart="${chart}"]`)
      const screenAxis = await figure.locator('svg[data-surface] text[data-axis]').allTextContents()
      expect(composed.axis.length, `${chart}: axis labels`).toBeGreaterThanOrEqual(2)
      // the picture is drawn at 960 px, so a bar chart may label more of its ticks than the screen; the trend the same
      for (const label of chart === 'trend' ? screenAxis : screenAxis.slice(0, 1))
        expect(composed.axis).toContain(label)
      for (const entry of await figure.locator('.chart-legend li').allTextContents())
        expect(composed.texts).toContain(entry)
      // the data where the data puts it: the mark's colour at its place in the PNG
      expect(composed.mark, `${chart}: a data mark`).not.toBeNull()
      const scale = ihdrWidth / composed.width
      const pixels = await inspectPng(page, bytes, [{ x: composed.mark!.x * scale, y: composed.mark!.y * scale }])
      const [r, g, b] = rgb(composed.mark!.fill!)
      const [pr, pg, pb] = pixels.at[0]
      expect(
        Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b),
        `${chart}: ${composed.mark!.fill} drawn`,
      ).toBeLessThan(40)
      expect(pixels.width).toBe(ihdrWidth)
      expect(pixels.transparent).toBe(0)
      expect(pixels.corner).toEqual([255, 255, 255, 255])
      expect(pixels.titleDarkPixels).toBeGreaterThan(200)
    }
  })
}

test('the PNG layout does not depend on the screen: same size from a narrow and a wide window', async ({ page }) => {
  const sizes: number[][] = []
  for (const width of [1100, 1800]) {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/')
    await waitForDashboard(page)
    const { bytes } = await downloadFrom(page, 'targets', /导出PNG/)
    const w = bytes.readUInt32BE(16)
    const h = bytes.readUInt32BE(20)
    sizes.push([w, h, h / w])
  }
  // The aspect ratio is the same; only the density may grow for a wider on-screen chart.
  expect(sizes[0][2]).toBeCloseTo(sizes[1][2], 2)
})

test('CSV: BOM, units in the header, exactly the plotted numbers', async ({ page }) => {
  await page.goto('/')
  await waitForDashboard(page)
  const { download, bytes } = await downloadFrom(page, 'trend', /导出CSV/)
  expect(download.suggestedFilename()).toBe('trend_000000_total_2024-01_2024-08_mom_zh.csv')
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.toString('utf8').slice(1).split('\r\n')
  expect(lines[0]).toBe('月份,脱贫人口务工就业（人）,上年同期（人）,年度目标任务（人）')
  // The published August figures (facts.md): 3295.3万 in work, annual target 3019.2万.
  const august = lines.find((l) => l.startsWith('2024-08,'))!.split(',')
  expect(Number(august[1])).toBe(wan(3295.3))
  expect(Number(august[3])).toBe(ANNUAL_TARGETS.total)
  expect(lines.filter((l) => /^2024-\d\d,/.test(l))).toHaveLength(8)
  const march = lines.find((l) => l.startsWith('2024-03,'))!.split(',')
  expect(Number(march[1])).toBe(wan(NATIONAL.total.find(([m]) => m === '2024-03')![1]))
})

test('file names name the whole view: two views that differ only in start month, comparison or language differ', async ({
  page,
}) => {
  const names: string[] = []
  for (const query of [
    '?region=530000',
    '?region=530000&from=2023-06',
    '?region=530000&compare=yoy',
    '?region=530000&lang=en',
  ]) {
    await page.goto(`/${query}`)
    await waitForDashboard(page)
    const { download } = await downloadFrom(page, 'trend', /导出 ?CSV|Export CSV/)
    names.push(download.suggestedFilename())
  }
  expect(names).toEqual([
    'trend_530000_total_2024-01_2024-08_mom_zh.csv',
    'trend_530000_total_2023-06_2024-08_mom_zh.csv',
    'trend_530000_total_2024-01_2024-08_yoy_zh.csv',
    'trend_530000_total_2024-01_2024-08_mom_en.csv',
  ])
})

test('the data table shows the chart numbers and sorts by column', async ({ page }) => {
  await page.goto('/')
  await waitForDashboard(page)
  const figure = page.locator('figure[data-chart="regions"]')
  const toggle = figure.getByRole('button', { name: '数据表' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const table = figure.getByRole('table')
  await expect(table.locator('tbody tr')).toHaveCount(25)
  await table.getByRole('button', { name: /人数/ }).click()
  await expect(table.getByRole('columnheader', { name: /人数/ })).toHaveAttribute('aria-sort', 'ascending')
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('福建')
  await table.getByRole('button', { name: /人数/ }).click()
  await expect(table.getByRole('columnheader', { name: /人数/ })).toHaveAttribute('aria-sort', 'descending')
  await expect(table.locator('tbody tr').first().locator('th')).toHaveText('云南')
  await toggle.click()
  await expect(figure.getByRole('table')).toHaveCount(0)
})

test('the whole dashboard exports as one PNG with every panel', async ({ page }) => {
  await page.goto('/?region=520000')
  await waitForDashboard(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出整页PNG' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('dashboard_520000_total_2024-01_2024-08_mom_zh.png')
  const bytes = readFileSync(await download.path())
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG')
  expect(bytes.readUInt32BE(16)).toBe(3200)
  const pixels = await inspectPng(page, bytes)
  expect(pixels.transparent).toBe(0)
  expect(pixels.nonWhiteShare).toBeGreaterThan(0.05)
  expect(pixels.titleDarkPixels).toBeGreaterThan(500)
})

test('print: A4 landscape with the filters and as-of month in the header, no controls', async ({ page }) => {
  await page.goto('/?region=520000&lang=en')
  await waitForDashboard(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.print-only')).toHaveText(
    // the months' range as Intl's English range format writes it, an en dash between thin spaces (lib/format.ts)
    /Region: Guizhou · Category: People in work · Period: Jan\u2009–\u2009Aug 2024/,
  )
  await expect(page.getByText('Data as of the end of August 2024')).toBeVisible()
  await expect(page.locator('.filter-bar')).toBeHidden()
  await expect(page.getByRole('button', { name: 'Export PNG' }).first()).toBeHidden()
  // only content: no tab bar (the Regions panel prints the view it shows), no "How these are computed" disclosure
  await expect(page.getByRole('tablist')).toBeHidden()
  await expect(page.locator('figure[data-chart="attention"] details')).toBeHidden()
  for (const control of await page.locator('main :is(button, select, summary)').all())
    await expect(control).toBeHidden()
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true })
  expect(pdf.subarray(0, 4).toString('ascii')).toBe('%PDF')
})
