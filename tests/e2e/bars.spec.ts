/**
 * Text drawn over text in the charts, measured in a real browser: tick labels along an axis never overlap each other
 * (they thin out on a narrow plot; the trend labels every n-th month), and no value label crosses the dashed 100%
 * line. In both languages, at 1366 and 1024 px.
 */
import { expect, test, type Page } from '@playwright/test'
import { waitForDashboard } from './fixtures'

interface Box {
  left: number
  right: number
  top: number
  bottom: number
  text: string
}

/** What each chart draws, as the browser lays it out: the bar charts' value axis, the trend's months. */
async function barCharts(page: Page) {
  return page.locator('figure[data-chart]:has(svg[data-surface])').evaluateAll((figures) =>
    figures.map((figure) => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect()
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, text: e.textContent ?? '' }
      }
      const svg = figure.querySelector('svg[data-surface]')!
      const line = svg.querySelector('line[data-reference]')
      return {
        chart: figure.getAttribute('data-chart')!,
        svg: box(svg),
        ticks: [...svg.querySelectorAll('text[data-axis="x"]')].map(box),
        values: [...svg.querySelectorAll('.hbar-value')].map(box),
        reference: line
          ? {
              ...box(line),
              halfStroke: Number(line.getAttribute('stroke-width') ?? 1) / 2,
            }
          : null,
      }
    }),
  )
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/** Checks every bar chart on the page; returns how many value labels it checked against a reference line. */
async function expectNoTextOverText(page: Page, where: string) {
  let checkedAgainstLine = 0
  for (const chart of await barCharts(page)) {
    const at = `${where}, ${chart.chart}`
    expect(chart.ticks.length, `${at}: tick labels`).toBeGreaterThanOrEqual(2)
    for (const [i, a] of chart.ticks.entries()) {
      for (const b of chart.ticks.slice(i + 1)) {
        expect(overlap(a, b), `${at}: ticks “${a.text}” and “${b.text}” overlap`).toBe(false)
      }
      expect(a.left, `${at}: tick “${a.text}” inside the chart`).toBeGreaterThanOrEqual(chart.svg.left)
      expect(a.right, `${at}: tick “${a.text}” inside the chart`).toBeLessThanOrEqual(chart.svg.right)
    }
    for (const label of chart.values) {
      expect(label.right, `${at}: value “${label.text}” inside the chart`).toBeLessThanOrEqual(chart.svg.right)
      const line = chart.reference
      if (!line) continue
      const x = (line.left + line.right) / 2
      const crosses =
        label.left < x + line.halfStroke &&
        label.right > x - line.halfStroke &&
        label.top < line.bottom &&
        label.bottom > line.top
      expect(crosses, `${at}: value “${label.text}” crosses the 100% line`).toBe(false)
      checkedAgainstLine += 1
    }
  }
  return checkedAgainstLine
}

// The national view; Gansu, whose channels end just under 1 million (ticks every 0.2M ran together in English);
// Yunnan by target attainment (the ranking's own 100% line); twenty months on the trend, labelled with their year.
const VIEWS = ['', '&region=620000', '&region=530000&category=relocated', '&from=2023-01'] as const

for (const width of [1366, 1024]) {
  for (const lang of ['zh', 'en'] as const) {
    test(`charts at ${width} px (${lang}): no tick labels overlap, no value label crosses the 100% line`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 })
      let checked = 0
      for (const view of VIEWS) {
        await page.goto(`/?lang=${lang}${view}`)
        await waitForDashboard(page)
        await expect(page.locator('figure[data-chart] svg[data-surface]')).toHaveCount(4)
        checked += await expectNoTextOverText(page, `${lang}${view}`)
      }
      // Every view draws the Targets chart with its three value labels and the 100% line.
      expect(checked).toBeGreaterThanOrEqual(3 * VIEWS.length)

      // The ranking by target attainment has a 100% line of its own; its ticks are percentages.
      const ranking = page.locator('figure[data-chart="regions"]')
      await ranking.getByRole('combobox').selectOption('attainment')
      await expect(ranking.locator('line[data-reference]')).toHaveCount(1)
      await expectNoTextOverText(page, `${lang}, ranking by attainment`)
    })
  }
}

test('the ticks thin out when the plot is narrow, and come back when it is wide', async ({ page }) => {
  const labelled = async () =>
    page.locator('figure[data-chart="channels"] text[data-axis="x"]').evaluateAll((ts) => ts.map((t) => t.textContent))
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto('/?lang=en&region=620000')
  await waitForDashboard(page)
  await expect(page.locator('figure[data-chart="channels"] text[data-axis="x"]').first()).toBeVisible()
  const narrow = await labelled()
  await page.setViewportSize({ width: 1100, height: 900 })
  await expect.poll(async () => (await labelled()).length).toBeGreaterThan(narrow.length)
  const wide = await labelled()
  // The ticks that stay are a subset of those a wide plot labels, starting at zero.
  expect(narrow[0]).toBe('0')
  for (const tick of narrow) expect(wide).toContain(tick)
})
