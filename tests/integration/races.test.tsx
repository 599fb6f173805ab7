/**
 * Slow and out-of-order answers during rapid filter changes (spec, "Quality bars: Robustness"): whatever order the
 * answers come back in, what the dashboard finally shows is the data of the filters it shows. Latencies come from a
 * seeded generator, so a failing seed fails the same way every run.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { dataSet, NATIONAL_ID, PROVINCES } from '../../mocks/data/dataset'
import { seededRandom } from '../../mocks/data/random'
import { server } from '../../mocks/node'
import { formatMonth, formatPersons, formatPersonsProse } from '../../src/lib/format'
import { messages } from '../fixtures/messages'
import { renderApp } from '../utils'

// Whole-dashboard renders in jsdom, several per test: generous on a loaded 2-core CI machine.
vi.setConfig({ testTimeout: 20_000 })

const zh = messages.zh
const SEEDS = [1, 7, 42, 2024, 31337]
const MAX_LATENCY_MS = 240

const regionName = (id: string) => (id === NATIONAL_ID ? '全国' : PROVINCES.find((p) => p.id === id)!.zh)

interface Traffic {
  /** request ids in the order they were sent and the order they were answered */
  sent: number[]
  answered: number[]
}

/**
 * Every API request waits a seeded random time before the real mock handler answers it (returning nothing falls
 * through to the next handler). `fail` may turn a request into a 500 instead.
 */
function slowAndShuffled(random: () => number, fail?: (url: URL) => boolean): Traffic {
  const traffic: Traffic = { sent: [], answered: [] }
  let next = 0
  server.use(
    http.get('*/api/v1/*', async ({ request }) => {
      const id = next++
      traffic.sent.push(id)
      const url = new URL(request.url)
      // /meta and /me are answered at once: the race is about the panels, not the first paint.
      if (!/\/(meta|me)$/.test(url.pathname)) await delay(Math.floor(random() * MAX_LATENCY_MS))
      traffic.answered.push(id)
      if (fail?.(url)) return HttpResponse.json({ status: 500, title: 'fault' }, { status: 500 })
      return undefined
    }),
  )
  return traffic
}

/** Out of order: some request was answered before one sent earlier. */
function answeredOutOfOrder({ answered }: Traffic): boolean {
  return answered.some((id, i) => i > 0 && id < answered[i - 1])
}

const select = (name: string) => screen.getByRole('combobox', { name })

async function settle(ms: number) {
  await act(() => new Promise((resolve) => setTimeout(resolve, ms)))
}

/** What the page shows must be the data of the filters it shows. */
async function expectShownMatchesFilters() {
  const region = (select(zh.region) as HTMLSelectElement).value
  const to = (select(zh.endMonth) as HTMLSelectElement).value
  const value = dataSet.values.total[region][dataSet.months.indexOf(to)]
  const expectedParams = new URLSearchParams(window.location.search)
  expect(expectedParams.get('region') ?? NATIONAL_ID).toBe(region)

  const total = await screen.findByRole('article', { name: zh.kpiTotal }, { timeout: 5000 })
  await waitFor(() => expect(total.querySelector('.kpi-value')).toHaveTextContent(formatPersons(value, 'zh')), {
    timeout: 5000,
  })
  expect(total).toHaveTextContent(formatMonth(to, 'zh'))
  const name = regionName(region)
  await waitFor(
    () => {
      expect(screen.getByRole('heading', { level: 2, name: `${name}脱贫人口务工就业月度趋势` })).toBeInTheDocument()
      const trend = document.querySelector('figure[data-chart="trend"] .panel-summary')!
      expect(trend).toHaveTextContent(`${name}脱贫人口务工就业规模`)
      expect(trend).toHaveTextContent(`${formatPersonsProse(value, 'zh')}`)
      expect(document.querySelector('figure[data-chart="targets"] .panel-summary')).toHaveTextContent(`，${name}`)
      expect(document.querySelector('figure[data-chart="channels"] .panel-summary')).toHaveTextContent(
        `，${name}脱贫人口务工就业规模为`,
      )
    },
    { timeout: 5000 },
  )
  expect(screen.queryByRole('alert')).toBeNull()
  return { region, to, value }
}

async function openDashboard() {
  const result = renderApp()
  // /me and /meta first, then the cards: seconds on a loaded 2-core machine
  await screen.findByRole('article', { name: zh.kpiTotal }, { timeout: 5000 })
  return result
}

describe.each(SEEDS)('seed %i', (seed) => {
  it('rapid region changes with answers late and out of order: the KPI and the panels show the last region', async () => {
    const random = seededRandom(seed)
    const traffic = slowAndShuffled(random)
    await openDashboard()

    const regions = dataSet.regionIds
    let last = NATIONAL_ID
    for (let i = 0; i < 8; i++) {
      const pick = regions[Math.floor(random() * regions.length)]
      fireEvent.change(select(zh.region), { target: { value: pick } })
      last = pick
      // Sometimes in the same tick, sometimes while earlier answers are arriving.
      if (random() < 0.7) await settle(Math.floor(random() * 60))
    }
    const shown = await expectShownMatchesFilters()
    expect(shown.region).toBe(last)
    // Late answers to superseded requests must not overwrite what is shown.
    await settle(MAX_LATENCY_MS + 100)
    await expectShownMatchesFilters()
    expect(answeredOutOfOrder(traffic), 'the seed should make answers arrive out of order').toBe(true)
  })

  it('rapid region and end-month changes: the KPI shows the last region at the last month', async () => {
    const random = seededRandom(seed * 31 + 1)
    slowAndShuffled(random)
    await openDashboard()

    const months = dataSet.months.slice(-8)
    let last = { region: NATIONAL_ID, to: dataSet.asOf }
    for (let i = 0; i < 10; i++) {
      if (random() < 0.5) {
        const region = dataSet.regionIds[Math.floor(random() * dataSet.regionIds.length)]
        fireEvent.change(select(zh.region), { target: { value: region } })
        last = { ...last, region }
      } else {
        // The end month must not come before the start month, which the select enforces by its options.
        const options = within(select(zh.endMonth))
          .getAllByRole('option')
          .map((o) => (o as HTMLOptionElement).value)
        const to = months.filter((m) => options.includes(m))[Math.floor(random() * 4)] ?? options[options.length - 1]
        fireEvent.change(select(zh.endMonth), { target: { value: to } })
        last = { ...last, to }
      }
      if (random() < 0.7) await settle(Math.floor(random() * 50))
    }
    const shown = await expectShownMatchesFilters()
    expect(shown).toMatchObject(last)
    await settle(MAX_LATENCY_MS + 100)
    await expectShownMatchesFilters()
  })

  it('superseded requests that fail leave no error behind; the last region shows its numbers', async () => {
    const random = seededRandom(seed ^ 0x5eed)
    const picks = Array.from({ length: 6 }, () => PROVINCES[Math.floor(random() * PROVINCES.length)].id)
    const final = picks[picks.length - 1]
    // Every request for a region other than the final one fails, late.
    slowAndShuffled(random, (url) => {
      const region = url.searchParams.get('region')
      return region !== null && region !== final && region !== NATIONAL_ID
    })
    await openDashboard()
    for (const pick of picks) {
      fireEvent.change(select(zh.region), { target: { value: pick } })
      if (random() < 0.7) await settle(Math.floor(random() * 40))
    }
    const shown = await expectShownMatchesFilters()
    expect(shown.region).toBe(final)
    await settle(MAX_LATENCY_MS + 100)
    await expectShownMatchesFilters()
  })
})
