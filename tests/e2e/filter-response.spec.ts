/**
 * A filter change answers at once: the dashboard draws the new view as a transition (src/lib/useLocationSearch.ts),
 * and meanwhile the control shows what was chosen (FilterBar's useOptimistic), in every frame, never the old value.
 * On a CPU slowed six times the drawing spans several frames, so a control that waited for it would show its old
 * value in between.
 */
import { expect, test, type Page } from '@playwright/test'
import { expectedPersons, kpiValue, waitForDashboard, watchForErrors } from './fixtures'
import { dataSet } from '../../mocks/data/dataset'

interface Sample {
  value: string
  drawn: boolean
}

/** From the change event on, each frame's value of the select and whether the page draws the new address yet. */
async function sampleFrames(page: Page, label: string) {
  await page.getByLabel(label).evaluate((select: HTMLSelectElement) => {
    const samples: Sample[] = []
    ;(window as unknown as { samples: Sample[] }).samples = samples
    select.addEventListener(
      'change',
      () => {
        const sample = () => {
          const drawn = document.querySelector('.page')?.getAttribute('data-search') === location.search
          samples.push({ value: select.value, drawn })
          if (!drawn) requestAnimationFrame(sample)
        }
        requestAnimationFrame(sample)
      },
      { once: true },
    )
  })
}

const samples = (page: Page) => page.evaluate(() => (window as unknown as { samples: Sample[] }).samples)

test('a filter change: the select shows the chosen value in every frame until the dashboard draws it', async ({
  page,
}) => {
  const errors = watchForErrors(page)
  await page.goto('/')
  await waitForDashboard(page)
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 })

  for (const [label, option, value] of [
    ['地区', '贵州', '520000'],
    ['类别', '易地扶贫搬迁脱贫人口', 'relocated'],
  ] as const) {
    await sampleFrames(page, label)
    await page.getByLabel(label).selectOption({ label: option })
    await expect.poll(async () => (await samples(page)).at(-1)?.drawn).toBe(true)
    const seen = await samples(page)
    expect(seen.map((s) => s.value)).toEqual(seen.map(() => value))
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 })

  // …and the dashboard then shows that view's numbers.
  await waitForDashboard(page)
  await expect(page).toHaveURL(/region=520000/)
  await expect(page).toHaveURL(/category=relocated/)
  await expect(await kpiValue(page, '易地扶贫搬迁脱贫人口务工就业规模')).toHaveText(
    expectedPersons('relocated', '520000', dataSet.asOf, 'zh'),
  )
  expect(errors).toEqual([])
})
