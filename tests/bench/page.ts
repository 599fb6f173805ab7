/** What the bench does in the page: its instrumentation, waiting for the dashboard, and the filter changes. */
import type { Page } from 'playwright-core'

export const CHANGES = 30
export const CHARTS = ['trend', 'targets', 'regions', 'channels'] as const

/**
 * Records from the start of the page: LCP, CLS, long tasks, when an export hands over its download, and Event
 * Timing entries (durationThreshold 16) of interactions (those with an interactionId), as INP counts them.
 */
export const INSTRUMENT = `
  window.__perf = { lcp: 0, cls: 0, longTasks: [], events: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.lcp = e.startTime }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__perf.cls += e.value }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__perf.longTasks.push([e.startTime, e.duration]) }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((l) => {
    for (const e of l.getEntries()) if (e.interactionId) window.__perf.events.push({ id: e.interactionId, name: e.name, start: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  // Every panel drawn (dashboardReady): checked each frame from the start of the page.
  window.__ready = new Promise((done) => {
    const drawn = () => document.querySelectorAll('.kpi-value').length > 0 && document.querySelectorAll('figure[data-chart] :is(svg[data-surface], svg.chart-surface)').length === 4 && document.querySelectorAll('.skeleton').length === 0;
    const check = () => (drawn() ? done(performance.now()) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () { if (this.download) { window.__downloaded = performance.now(); return } return click.call(this) };
  // A filter change starts the clock, and the watch for the first frame where the page draws the new address (its
  // data-search; the app renders a navigation as a transition) and no panel is loading or updating.
  document.addEventListener('change', (e) => {
    if (!e.target.closest('.filter-bar')) return;
    const t0 = performance.now();
    window.__update = new Promise((done) => {
      const drawn = () => document.querySelector('.page[data-search]')?.getAttribute('data-search') === location.search;
      const check = () => (!drawn() || document.querySelector('.skeleton, [aria-busy="true"]') ? requestAnimationFrame(check) : done(performance.now() - t0));
      requestAnimationFrame(check);
    });
  }, true);
`

export interface PagePerf {
  lcp: number
  cls: number
  longTasks: [number, number][]
  events: { id: number; name: string; start: number; duration: number; processing: number }[]
}
export const readPerf = (page: Page) => page.evaluate(() => (window as unknown as { __perf: PagePerf }).__perf)

/** The mark the app sets when the KPI cards first show data, or null while no build sets it. */
export const HEADLINE_MARK = 'headline-figures'
export const readHeadlineMark = (page: Page) =>
  page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null, HEADLINE_MARK)

/**
 * Every panel drawn: the KPI cards show figures, each of the four charts has its surface, and no skeleton is left.
 * A chart's surface is `svg[data-surface]` since the charts are drawn by Recharts, `svg.chart-surface` in the builds
 * with the hand-written charts (up to 8f6009d): both are accepted, so that compare.ts can measure an older build.
 * Watched from the page itself (INSTRUMENT's `__ready`, checked each frame): Playwright's waitForFunction would
 * inject its own script into the page in the middle of the load it measures (about 60 ms of main thread here).
 */
export async function dashboardReady(page: Page) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error('the dashboard was not drawn within 30 s')), 30_000)
  })
  try {
    await Promise.race([page.evaluate(() => (window as unknown as { __ready: Promise<number> }).__ready), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Resolves with the time from the last filter change to the frame where every panel shows the new view. */
export const awaitUpdate = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        setTimeout(() => {
          const busy = [...document.querySelectorAll('[aria-busy="true"]')].map((e) => e.getAttribute('data-chart'))
          fail(new Error(`still loading or updating after 15 s: ${busy.join(', ')}`))
        }, 15_000)
        void (window as unknown as { __update: Promise<number> }).__update.then(done)
      }),
  )

export type Change = { filter: string; value: string }

/** One filter change, timed in the page from the change event to the frame where every panel shows the new view. */
export async function timedChange(page: Page, { filter, value }: Change): Promise<number> {
  await page.locator('.filter-bar').getByLabel(filter).selectOption(value)
  return awaitUpdate(page)
}

const FILTERS = ['地区', '类别', '结束月份'] as const
export type FilterValues = Record<(typeof FILTERS)[number], string>

/** What the three filters the bench changes are set to. */
export async function filterValues(page: Page): Promise<FilterValues> {
  const values = {} as FilterValues
  for (const filter of FILTERS) values[filter] = await page.locator('.filter-bar').getByLabel(filter).inputValue()
  return values
}

/**
 * Sets the filters back to `values`, one change at a time, each waited for but not timed: so that a second round
 * of the plan starts where the first did, and visits exactly the views the first one did.
 */
export async function restoreFilters(page: Page, values: FilterValues) {
  for (const filter of FILTERS) {
    if ((await page.locator('.filter-bar').getByLabel(filter).inputValue()) === values[filter]) continue
    await timedChange(page, { filter, value: values[filter] })
  }
}

/**
 * The changes a user makes most: every third one the region (which the ranking has cached), the category and the end
 * month (which every panel, the ranking too, must fetch anew). Each changes its filter's value.
 */
export async function changePlan(page: Page): Promise<Change[]> {
  const options = (filter: string) =>
    page
      .locator('.filter-bar')
      .getByLabel(filter)
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))
  const provinces = (await options('地区')).slice(1)
  const categories = await options('类别')
  const months = (await options('结束月份')).slice(-6).reverse()
  const plan = Array.from({ length: CHANGES }, (_, i) => {
    const n = Math.floor(i / 3)
    if (i % 3 === 0) return { filter: '地区', value: provinces[(n * 7) % provinces.length] }
    if (i % 3 === 1) return { filter: '类别', value: categories[(n + 1) % categories.length] }
    return { filter: '结束月份', value: months[(n + 1) % months.length] }
  })
  // A "change" to the value already set would change nothing and time nothing: the plan must not hold one. Both
  // rounds start from the same filters (restoreFilters), so checking one round from here checks both.
  const state: Record<string, string> = await filterValues(page)
  for (const { filter, value } of plan) {
    if (state[filter] === value) throw new Error(`the bench's change plan sets ${filter} to ${value} twice in a row`)
    state[filter] = value
  }
  return plan
}
