/** The Needs attention panel in the dashboard: its list, its links, thresholds from /meta, its own failure. */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { meta as mockMeta } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { messages } from '../fixtures/messages'
import { currentParams, renderApp } from '../utils'

const zh = messages.zh
const panel = () => document.querySelector<HTMLElement>('figure[data-chart="attention"]')!
/** The list of signals (not the list of rules under "How these are computed"). */
async function list() {
  await waitFor(() => expect(panel()?.querySelector('.attention-list')).toBeTruthy())
  return panel().querySelector<HTMLElement>('.attention-list')!
}

describe('Needs attention', () => {
  it('lists the demo data’s cases, most severe first, and says how many of each', async () => {
    renderApp()
    const items = within(await list()).getAllByRole('listitem')
    expect(items[0]).toHaveTextContent('西藏就业帮扶车间吸纳脱贫人口就业：2024年8月数据尚未上报。')
    expect(within(items[0]).getByText(zh.attentionSeverity.high)).toBeInTheDocument()
    const summary = panel().querySelector('.panel-summary')!.textContent!
    const [, total, high] = summary.match(/^截至2024年8月底，共(\d+)项需要关注：(\d+)项高/)!
    expect(items).toHaveLength(Number(total))
    expect(items.filter((i) => i.className.includes('is-high'))).toHaveLength(Number(high))
    expect(
      within(panel()).getByText(/湖南易地扶贫搬迁脱贫人口务工就业规模完成年度目标任务的9\d\.\d%/),
    ).toBeInTheDocument()
  })

  it('a signal is a link to its view: a real href, and a click opens it here', async () => {
    const user = userEvent.setup()
    renderApp('?lang=en')
    const link = within(await list()).getByRole('link', { name: /Xizang: the report for August 2024/ })
    expect(link).toHaveAttribute('href', '?lang=en&region=540000&category=workshops')
    // named by what it shows (label in name, WCAG 2.5.3), described by its severity badge
    expect(link).toHaveAccessibleName(link.textContent!.replace(/\s+/g, ' ').trim())
    expect(link).toHaveAccessibleDescription(messages.en.attentionSeverity.high)
    const hunan = within(panel()).getByRole('link', { name: /Relocated people lifted out of poverty in work in Hunan/ })
    await user.click(hunan)
    expect(currentParams()).toEqual({ lang: 'en', region: '430000', category: 'relocated' })
    // the panel now lists Hunan's signals alone, and says so
    await waitFor(() => expect(panel().querySelector('.panel-summary')).toHaveTextContent(/in Hunan need attention/))
    const items = within(await list()).getAllByRole('listitem')
    expect(items.every((i) => /Hunan/.test(i.textContent ?? ''))).toBe(true)
  })

  it('thresholds sent in /meta rules change what is listed; a bad one falls back with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    server.use(
      http.get('*/api/v1/meta', () =>
        HttpResponse.json({ ...mockMeta(), rules: { momFall: 0.5, momFallHigh: 0.6, trailingNational: 'big' } }),
      ),
    )
    renderApp()
    await list()
    expect(within(panel()).queryByText(zh.attentionRule.fellMom)).toBeNull()
    expect(within(panel()).getAllByText(zh.attentionRule.trailingNational).length).toBeGreaterThan(0)
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/trailingNational/))
  })

  it('when /monitoring fails, the panel says so with a retry and the other panels keep their numbers', async () => {
    server.use(http.get('*/api/v1/monitoring', () => HttpResponse.json({ title: 'boom' }, { status: 500 })))
    const user = userEvent.setup()
    renderApp()
    await waitFor(() => expect(panel()).not.toBeNull())
    expect(await within(panel()).findByText(zh.errorServer('500'))).toBeInTheDocument()
    expect(screen.getByText('3295.3万')).toBeInTheDocument()
    server.resetHandlers()
    await user.click(within(panel()).getByRole('button', { name: zh.retry }))
    expect(await list()).toBeInTheDocument()
  })

  it('a province’s KPI card with a high-severity signal says so in words', async () => {
    renderApp('?region=430000')
    const card = await screen.findByRole('article', { name: zh.kpiRelocated })
    expect(await within(card).findByText(zh.kpiAttention(zh.attentionRule.belowTarget))).toBeInTheDocument()
    const total = screen.getByRole('article', { name: zh.kpiTotal })
    expect(within(total).queryByText(/▲/)).toBeNull()
  })
})
