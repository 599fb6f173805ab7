/**
 * The trend (charts/LineChart.tsx, drawn by Recharts): every point where the data puts it, the target stepped, gaps
 * left open; a tooltip under the pointer; month by month by keyboard, said to screen readers; no axe finding. The
 * chart is read through the chart's own marks (`data-axis`, `data-series`, `data-month`), not the library's classes.
 */
import { expect, test, type Page } from '@playwright/test'
import type { Series } from '../../src/api/series'
import { buildTrend } from '../../src/features/trend/trend'
import { messages } from '../../src/features/trend/messages'
import { axeViolations, CHART_SURFACE, waitForDashboard } from './fixtures'

const trend = (page: Page) => page.locator('figure[data-chart="trend"]')
const surface = (page: Page) => trend(page).locator(CHART_SURFACE)

async function seriesAnswer(page: Page, region: string, from: string, to: string): Promise<Series> {
  const path = `/api/v1/series?region=${region}&category=total&from=${from}&to=${to}`
  return page.evaluate(async (p) => (await fetch(p)).json(), path) as Promise<Series>
}

test('every point of every line is where its value puts it on the axis the chart labels', async ({ page }) => {
  await page.goto('/?from=2023-01')
  await waitForDashboard(page)
  const meta = await page.evaluate(async () => (await fetch('/api/v1/meta')).json())
  const expected = buildTrend(await seriesAnswer(page, '000000', meta.months[0], '2024-08'), '2023-01')

  const drawn = await surface(page).evaluate((svg) => {
    const number = (e: Element, a: string) => Number(e.getAttribute(a))
    const ticks = [...svg.querySelectorAll('text[data-axis="y"]')].map((t) => ({
      y: number(t, 'y'),
      label: t.textContent,
    }))
    const dots = (key: string) =>
      [...svg.querySelectorAll(`circle[data-series="${key}"]`)].map((c) => ({
        x: number(c, 'cx'),
        y: number(c, 'cy'),
      }))
    const path = (key: string) => svg.querySelector(`path[data-series="${key}"]`)?.getAttribute('d') ?? null
    return {
      // the axis's first and last ticks are the ends of its domain, at the plot's bottom and top
      top: Math.min(...ticks.map((t) => t.y)),
      bottom: Math.max(...ticks.map((t) => t.y)),
      ticks,
      value: dots('value'),
      previousYear: dots('previousYear'),
      streak: dots('streak'),
      target: path('target'),
      previousYearPath: path('previousYear'),
    }
  })

  // the axis is the scale the trend computed, labelled from its low end at the bottom to its high end at the top
  const [low, high] = expected.scale.domain
  expect(drawn.ticks.map((t) => t.label)).toEqual(expected.scale.ticks.map((v) => `${v / 10_000}万`))
  const y = (v: number) => drawn.bottom - ((v - low) / (high - low)) * (drawn.bottom - drawn.top)

  // a dot per month, evenly spaced left to right, at its value
  expect(drawn.value).toHaveLength(expected.rows.length)
  const step = drawn.value[1].x - drawn.value[0].x
  drawn.value.forEach((dot, i) => {
    expect(dot.x).toBeCloseTo(drawn.value[0].x + step * i, 1)
    expect(dot.y).toBeCloseTo(y(expected.rows[i].value), 1)
  })
  // the streak: the last seven months, on the line
  expect(drawn.streak.map((d) => d.y)).toEqual(drawn.value.slice(-expected.streak.length).map((d) => d.y))
  // last year's line: only where there is a year before in the data, left open before that
  const lastYear = expected.rows.filter((r) => r.previousYear !== null)
  expect(drawn.previousYear).toHaveLength(lastYear.length)
  expect(lastYear.length).toBeLessThan(expected.rows.length)
  expect(drawn.previousYearPath!.startsWith('M')).toBe(true)
  // the target: a step line, each segment horizontal or vertical (never a slope), at 3019.2万
  const corners = [...drawn.target!.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
  }))
  expect(corners.length).toBeGreaterThan(expected.rows.length)
  corners.slice(1).forEach((p, i) => {
    const q = corners[i]
    expect(Math.abs(p.x - q.x) < 0.01 || Math.abs(p.y - q.y) < 0.01, `segment ${i} is level or upright`).toBe(true)
  })
  expect(corners[0].y).toBeCloseTo(y(30_192_000), 1)
  // it spans the months drawn: from the first month's point to the last one's
  expect(corners[0].x).toBeCloseTo(drawn.value[0].x, 1)
  expect(corners[corners.length - 1].x).toBeCloseTo(drawn.value[drawn.value.length - 1].x, 1)
})

for (const lang of ['zh', 'en'] as const) {
  const t = messages[lang]
  const published =
    lang === 'zh'
      ? { month: '2024年8月', value: '本期：3295.3万', target: '年度目标任务：3019.2万', july: '2024年7月' }
      : {
          month: 'Aug 2024',
          value: 'This period: 32.953 million',
          target: 'Annual target: 30.192 million',
          july: 'Jul 2024',
        }

  test(`a tooltip under the pointer, and month by month by keyboard (${lang})`, async ({ page }) => {
    await page.goto(`/?lang=${lang}`)
    await waitForDashboard(page)
    await trend(page).scrollIntoViewIfNeeded()
    const tooltip = trend(page).locator('.line-chart-tooltip')
    await expect(tooltip).toHaveCount(0)

    // the pointer over the last month's cell: its figures as published
    const box = (await surface(page).boundingBox())!
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2)
    await expect(tooltip.locator('p')).toHaveText([published.month, published.value, /.+/, /.+/, published.target])
    await expect(trend(page).locator('[data-cursor="2024-08"]')).toHaveCount(1)
    await page.mouse.move(box.x + box.width / 2, box.y - 80) // off the chart
    await expect(tooltip).toHaveCount(0)

    // by keyboard: one tab stop named for the chart; it starts at the end month and says it to screen readers
    const chart = trend(page).getByRole('application', {
      name: t.chartReadByMonth(
        t.trendTitle(lang === 'zh' ? '脱贫人口务工就业' : 'People in work', lang === 'zh' ? '全国' : 'National'),
      ),
    })
    await chart.focus()
    const live = trend(page).locator('[aria-live="polite"]')
    await expect(live).toContainText(published.month)
    await expect(live).toContainText(published.value)
    await page.keyboard.press('ArrowLeft')
    await expect(tooltip.locator('.chart-tooltip-title')).toHaveText(published.july)
    await expect(live).toContainText(published.july)
    await page.keyboard.press('Home')
    await expect(tooltip.locator('.chart-tooltip-title')).toHaveText(lang === 'zh' ? '2024年1月' : 'Jan 2024')
    await page.keyboard.press('ArrowLeft') // stays on the first
    await expect(tooltip.locator('.chart-tooltip-title')).toHaveText(lang === 'zh' ? '2024年1月' : 'Jan 2024')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('End')
    await expect(tooltip.locator('.chart-tooltip-title')).toHaveText(published.month)
    await page.keyboard.press('Escape')
    await expect(tooltip).toHaveCount(0)
    await expect(live).toHaveText('')
  })
}
