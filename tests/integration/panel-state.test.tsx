/** What every panel does while it waits: language never waits for data, a long wait says so, nothing to export says so. */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { meta as mockMeta } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { SLOW_MS } from '../../src/panel/usePanelState'
import { messages } from '../fixtures/messages'
import { categoryName, regionName } from '../../src/lib/names'
import { renderApp } from '../utils'

const zh = messages.zh
const en = messages.en
const meta = mockMeta()
const figure = (chart: string) => document.querySelector<HTMLElement>(`figure[data-chart="${chart}"]`)!
const HAN = /[\u4e00-\u9fff]/

/** From now on, requests other than /meta wait until released (the mock backend answers them then). */
function holdRequests() {
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  server.use(
    http.get(/\/api\/v1\/(series|targets|regions|channels)/, async () => {
      await gate
      // nothing returned: msw falls through to the real handlers
    }),
  )
  return () => release()
}

describe('panel states', () => {
  it('switching language while panels load shows every panel in the new language at once, still marked busy', async () => {
    const user = userEvent.setup()
    renderApp()
    expect(await screen.findByText('3295.3万')).toBeInTheDocument()
    // The headline figures come before the panels' code: wait until the panels show their figures too.
    for (const chart of ['trend', 'targets', 'channels', 'regions'])
      await waitFor(() => expect(figure(chart)?.querySelector('.chart-body')).toBeTruthy())
    const release = holdRequests()
    await user.selectOptions(screen.getByLabelText(zh.region), '520000')
    await waitFor(() => expect(figure('targets')).toHaveAttribute('aria-busy', 'true'))

    await user.click(screen.getByRole('button', { name: 'English' }))
    // The kept panels still show the national figures (their data), but in English, without waiting for the data.
    const national = regionName(meta, meta.nationalId, 'en')
    expect(within(figure('targets')).getByRole('heading', { level: 2 })).toHaveTextContent(en.targetsTitle(national))
    expect(within(figure('trend')).getByRole('heading', { level: 2 })).toHaveTextContent(
      en.trendTitle(categoryName(meta, 'total', 'en'), national),
    )
    for (const chart of ['trend', 'targets', 'channels']) {
      expect(figure(chart)).toHaveAttribute('aria-busy', 'true')
      expect(figure(chart).querySelector('.panel-summary')!.textContent).not.toMatch(HAN)
    }
    // (the ranking does not depend on the region: it is current, and in English too)
    expect(figure('regions').textContent).not.toMatch(HAN)
    const kpis = screen.getByRole('region', { name: en.kpiTotal })
    expect(kpis).toHaveAttribute('aria-busy', 'true')
    expect(within(kpis).getByRole('article', { name: en.kpiTotal })).toBeInTheDocument()
    expect(kpis.textContent).not.toMatch(HAN)

    release()
    const guizhou = regionName(meta, '520000', 'en')
    expect(
      await within(figure('targets')).findByRole('heading', { name: en.targetsTitle(guizhou) }),
    ).toBeInTheDocument()
    await waitFor(() => expect(figure('targets')).toHaveAttribute('aria-busy', 'false'))
  })

  it(
    'a panel that has waited a few seconds says it is still waiting',
    async () => {
      server.use(http.get(/\/api\/v1\/targets/, () => new Promise<never>(() => {})))
      renderApp()
      expect(await screen.findByText('3295.3万', {}, { timeout: 3000 }).catch(() => null)).toBeNull()
      const targets = figure('targets')
      expect(within(targets).queryByText(zh.stillWaiting)).toBeNull()
      expect(await within(targets).findByText(zh.stillWaiting, {}, { timeout: SLOW_MS + 2000 })).toBeInTheDocument()
      expect(await screen.findAllByText(zh.stillWaiting)).toHaveLength(2) // the targets panel and the KPI row
      // the panels that answered show their data meanwhile
      expect(within(figure('channels')).queryByText(zh.stillWaiting)).toBeNull()
    },
    SLOW_MS + 8000,
  )

  it('a trend that can never have data says there is nothing to export, not "once the data has loaded"', async () => {
    renderApp('?region=370000&category=key_county')
    const trend = within(
      await screen.findByRole('figure', {
        name: zh.trendTitle(categoryName(meta, 'key_county', 'zh'), regionName(meta, '370000', 'zh')),
      }),
    )
    for (const name of [zh.exportPng, zh.exportCsv, zh.dataTable]) {
      expect(trend.getByRole('button', { name })).toBeDisabled()
      expect(trend.getByRole('button', { name })).toHaveAccessibleDescription(zh.exportNothing)
    }
  })
})
