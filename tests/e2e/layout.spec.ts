/**
 * The page at the widths it is opened at: from 768 px (a small laptop, a window beside another) nothing important
 * is off screen and the page never scrolls sideways; at 1366–1920 px the layout is the two-column one it was made for.
 */
import { expect, test, type Locator, type Page } from '@playwright/test'
import { messages } from '../../src/app/messages'
import { waitForDashboard } from './fixtures'

const LABELS = {
  zh: { zh: '中文', en: 'English', exportPage: messages.zh.exportDashboard },
  en: { zh: '中文', en: 'English', exportPage: messages.en.exportDashboard },
} as const

async function box(locator: Locator) {
  const b = await locator.boundingBox()
  expect(b, 'laid out').not.toBeNull()
  return b!
}

async function figureBoxes(page: Page) {
  return page.locator('figure[data-chart]').evaluateAll((figures) =>
    figures.map((f) => {
      const r = f.getBoundingClientRect()
      return { chart: f.getAttribute('data-chart'), left: r.left, right: r.right, top: r.top, bottom: r.bottom }
    }),
  )
}

for (const width of [768, 800]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`at ${width} px (${lang}) the page does not scroll sideways and the header controls are on screen`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(lang === 'en' ? '/?lang=en' : '/')
      await waitForDashboard(page)
      const labels = LABELS[lang]

      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }))
      expect(scrollWidth, 'no horizontal scroll').toBeLessThanOrEqual(clientWidth)

      // The language buttons and the whole-dashboard export, entirely inside the viewport as loaded.
      for (const name of [labels.zh, labels.en, labels.exportPage]) {
        const b = await box(page.getByRole('button', { name, exact: true }))
        expect(b.x, `${name} left edge`).toBeGreaterThanOrEqual(0)
        expect(b.x + b.width, `${name} right edge`).toBeLessThanOrEqual(clientWidth)
        expect(b.y, `${name} top edge`).toBeGreaterThanOrEqual(0)
      }

      // Every panel and every filter is within the viewport; the panels stack in one column.
      const figures = await figureBoxes(page)
      expect(figures).toHaveLength(5) // Needs attention and the four charts
      for (const f of figures) {
        expect(f.left, f.chart!).toBeGreaterThanOrEqual(0)
        expect(f.right, f.chart!).toBeLessThanOrEqual(clientWidth)
        expect(f.left, `${f.chart} in the one column`).toBeCloseTo(figures[0].left, 0)
        expect(f.right, `${f.chart} in the one column`).toBeCloseTo(figures[0].right, 0)
      }
      const byTop = [...figures].sort((a, b) => a.top - b.top)
      for (let i = 1; i < byTop.length; i += 1) expect(byTop[i].top).toBeGreaterThanOrEqual(byTop[i - 1].bottom)

      const controls = await page
        .locator('.filter-bar :is(select, input, label span)')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width > 1))
      expect(controls.length).toBeGreaterThan(5)
      for (const r of controls) expect(r.right).toBeLessThanOrEqual(clientWidth)

      // Each chart fits its panel.
      const charts = await page
        .locator('figure[data-chart]:not([data-chart="attention"]) .chart-body')
        .evaluateAll((bodies) =>
          bodies.map((b) => ({
            body: b.getBoundingClientRect(),
            svg: b.querySelector('svg')?.getBoundingClientRect(),
          })),
        )
      for (const { body, svg } of charts) {
        expect(svg).toBeDefined()
        expect(svg!.right).toBeLessThanOrEqual(body.right + 0.5)
      }
    })
  }
}

for (const width of [1366, 1920]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`at ${width} px (${lang}) the header is one line and the panels are in two columns`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(lang === 'en' ? '/?lang=en' : '/')
      await waitForDashboard(page)
      const labels = LABELS[lang]
      const title = await box(page.getByRole('heading', { level: 1 }))
      const english = await box(page.getByRole('button', { name: labels.en, exact: true }))
      const exportPage = await box(page.getByRole('button', { name: labels.exportPage, exact: true }))
      // the controls sit at the right, level with the title block, not under it
      expect(english.y).toBeLessThan(title.y + title.height + 20)
      expect(exportPage.x).toBeGreaterThan(width / 2)
      const figures = Object.fromEntries((await figureBoxes(page)).map((f) => [f.chart, f]))
      expect(figures.targets.left).toBeGreaterThan(figures.trend.right)
      expect(figures.targets.top).toBeCloseTo(figures.trend.top, 0)
      expect(figures.regions.left).toBeCloseTo(figures.trend.left, 0)
      expect(figures.channels.left).toBeCloseTo(figures.targets.left, 0)
    })
  }
}
