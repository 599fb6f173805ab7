/** Shared helpers for the real-browser tests: expected figures come from the data set through the tested formatter. */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { dataSet } from '../../mocks/data/dataset'
import type { CategoryId } from '../../src/api/common'
import { formatPersons, type Lang } from '../../src/lib/format'

export function expectedPersons(category: CategoryId, region: string, month: string, lang: Lang): string {
  const value = dataSet.values[category][region][dataSet.months.indexOf(month)]
  return formatPersons(value, lang)
}

/** Fails the test on any error the page logs or throws. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  return errors
}

export async function kpiValue(page: Page, title: string) {
  return page.getByRole('article', { name: title, exact: true }).locator('.kpi-value')
}

/** A drawn chart: the <svg> each chart draws in, marked by the chart itself (never a library's class names). */
export const CHART_SURFACE = 'svg[data-surface]'

/** The app drawn: its KPI cards and a chart, and no panel still loading (a failed panel says so instead). */
export async function waitForDashboard(page: Page) {
  // a cold page in the demo build starts its mock backend first: on a loaded 2-core machine that has taken over 5 s
  await expect(page.locator('.kpi-value').first()).toBeVisible({ timeout: 15_000 })
  await expect(page.locator(`figure[data-chart] ${CHART_SURFACE}`).first()).toBeVisible({ timeout: 15_000 })
  await expect(page.locator('#main .skeleton')).toHaveCount(0)
}

/** The published figures of the end of August 2024 (facts.md), as the national view shows them in Chinese. */
export async function expectPublishedFigures(page: Page) {
  await expect(page.getByText('数据截至2024年8月底')).toBeVisible()
  await expect(page.getByText('演示数据', { exact: true })).toBeVisible()
  await expect(await kpiValue(page, '脱贫人口务工就业规模')).toHaveText('3295.3万')
  await expect(await kpiValue(page, '连续增长')).toHaveText('连续7个月')
  await expect(await kpiValue(page, '重点帮扶县脱贫人口务工就业规模')).toHaveText('669.6万')
  await expect(await kpiValue(page, '易地扶贫搬迁脱贫人口务工就业规模')).toHaveText('405.9万')
  await expect(page.getByText('年度目标任务3019.2万，完成109.1%')).toBeVisible()
  // Needs attention and the four charts
  await expect(page.locator('figure[data-chart]')).toHaveCount(5)
}

/** Switches to English and finds the same figures as the source writes them (millions, three decimals). */
export async function switchToEnglishAndExpectPublishedFigures(page: Page) {
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page).toHaveURL(/lang=en/)
  await expect(page.getByText('Data as of the end of August 2024')).toBeVisible()
  await expect(await kpiValue(page, 'People in work')).toHaveText('32.953 million')
  await expect(await kpiValue(page, 'Growth streak')).toHaveText('7 consecutive months')
  await expect(await kpiValue(page, 'In work: key assistance counties')).toHaveText('6.696 million')
  await expect(await kpiValue(page, 'In work: relocated people')).toHaveText('4.059 million')
  await expect(page.getByText('Demo data', { exact: true })).toBeVisible()
}

/** What axe-core finds against WCAG 2.1 A and AA on the page as it is, one line per rule broken. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  )
}
