/** The trend's programme names: above the plot, where no data line can cross them, and at an edge of their band. */
import { expect, test } from '@playwright/test'
import { waitForDashboard } from './fixtures'

for (const url of [
  '/?region=620000&lang=en',
  '/?from=2023-01&lang=en',
  '/?from=2023-01',
  // a programme's earlier year, clipped at the start: named too (it once was left unnamed)
  '/?region=530000&category=key_county&from=2023-06&compare=yoy&lang=en',
]) {
  test(`programme names sit above the plot and at their band (${url})`, async ({ page }) => {
    await page.goto(url)
    await waitForDashboard(page)
    const trend = page.locator('figure[data-chart="trend"]')
    const geometry = await trend.evaluate((figure) => {
      const box = (e: Element) => e.getBoundingClientRect()
      // the plot's top is the value axis's highest tick; the bands are marked with their programme
      const top = Math.min(
        ...[...figure.querySelectorAll('text[data-axis="y"]')].map((t) => Number(t.getAttribute('y'))),
      )
      const surface = figure.querySelector('svg[data-surface]')!.getBoundingClientRect()
      const bands = [...figure.querySelectorAll('[data-band]')].map(box)
      const labels = [...figure.querySelectorAll('text')]
        .filter((t) => /dates estimated|起止时间为估计/.test(t.textContent ?? ''))
        .map(box)
      return {
        plotTop: surface.top + top,
        bands: bands.map((b) => [b.left, b.right]),
        labels: labels.map((l) => [l.left, l.right, l.bottom]),
      }
    })
    // every band drawn is named, and no two names run into each other
    expect(geometry.labels.length).toBeGreaterThan(0)
    expect(geometry.labels.length).toBe(geometry.bands.length)
    for (const [i, a] of geometry.labels.entries())
      for (const b of geometry.labels.slice(i + 1)) {
        const apart = a[1] <= b[0] || b[1] <= a[0] || Math.abs(a[2] - b[2]) >= 10
        expect(apart, `labels ${a.join()} and ${b.join()}`).toBe(true)
      }
    for (const [left, right, bottom] of geometry.labels) {
      // above the plot: the data lines, drawn inside it, can never cross a name
      expect(bottom).toBeLessThanOrEqual(geometry.plotTop + 1)
      // starting at a band's left edge or ending at a band's right edge
      const atBand = geometry.bands.some(([l, r]) => Math.abs(left - l) <= 4 || Math.abs(right - r) <= 4)
      expect(atBand, `label ${left}–${right}`).toBe(true)
    }
  })
}
