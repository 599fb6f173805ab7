import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { dataSet } from '../../mocks/data/dataset'
import { wan } from '../../mocks/data/reference'
import { server } from '../../mocks/node'
import { formatPersons } from '../../src/lib/format'
import { currentParams, dashboardDrawn, renderApp } from '../utils'

const value = (category: keyof typeof dataSet.values, region: string, month: string) =>
  dataSet.values[category][region][dataSet.months.indexOf(month)]
const kpi = (name: string) => screen.findByRole('article', { name })
const figure = (chart: string) => document.querySelector<HTMLElement>(`figure[data-chart="${chart}"]`)!

describe('filters and the URL', () => {
  it('each filter change updates the URL and the numbers', async () => {
    const user = userEvent.setup()
    renderApp()
    expect(within(await kpi('脱贫人口务工就业规模')).getByText('3295.3万')).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('地区'), '贵州')
    expect(currentParams()).toEqual({ region: '520000' })
    expect(
      await within(await kpi('脱贫人口务工就业规模')).findByText(
        formatPersons(value('total', '520000', '2024-08'), 'zh'),
      ),
    ).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('结束月份'), '2024年6月')
    expect(currentParams()).toEqual({ region: '520000', to: '2024-06' })
    const june = await kpi('脱贫人口务工就业规模')
    expect(await within(june).findByText(formatPersons(value('total', '520000', '2024-06'), 'zh'))).toBeInTheDocument()
    expect(within(june).getByText(/^贵州 · 2024年6月/)).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('类别'), '易地扶贫搬迁脱贫人口')
    expect(currentParams()).toEqual({ region: '520000', to: '2024-06', category: 'relocated' })
    expect(await screen.findByRole('heading', { name: '贵州易地扶贫搬迁脱贫人口月度趋势' })).toBeInTheDocument()

    await user.selectOptions(screen.getByLabelText('起始月份'), '2024年3月')
    expect(currentParams()).toMatchObject({ from: '2024-03' })
    await user.click(await within(figure('trend')).findByRole('button', { name: '数据表' }))
    const rows = within(await within(figure('trend')).findByRole('table'))
      .getAllByRole('row')
      .slice(1)
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '2024年3月',
      '2024年4月',
      '2024年5月',
      '2024年6月',
    ])
    expect(within(rows[3]).getByText(formatPersons(value('relocated', '520000', '2024-06'), 'zh'))).toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: '同比' }))
    expect(currentParams()).toMatchObject({ compare: 'yoy' })
    const lines = within(await kpi('脱贫人口务工就业规模')).getAllByText(/^(同比|环比)[+-]?\d/)
    expect(lines[0].textContent).toMatch(/^同比/)
  })

  it('a URL restores the view exactly, in English', async () => {
    renderApp('?lang=en&region=530000&category=key_county&from=2024-02&to=2024-07&compare=yoy')
    expect(await screen.findByLabelText('Region')).toHaveValue('530000')
    expect(screen.getByLabelText('Category')).toHaveValue('key_county')
    expect(screen.getByLabelText('Start month')).toHaveValue('2024-02')
    expect(screen.getByLabelText('End month')).toHaveValue('2024-07')
    expect(screen.getByRole('radio', { name: 'Year on year' })).toBeChecked()
    const card = await kpi('In work: key assistance counties')
    expect(
      await within(card).findByText(formatPersons(value('key_county', '530000', '2024-07'), 'en')),
    ).toBeInTheDocument()
    expect(within(card).getAllByText(/^(YoY|MoM) /)[0].textContent).toMatch(/^YoY /)
  })

  it('the end month shows that month: June 2024 nationally is the published 3274万', async () => {
    renderApp('?to=2024-06')
    expect(
      await within(await kpi('脱贫人口务工就业规模')).findByText(formatPersons(wan(3274), 'zh')),
    ).toBeInTheDocument()
  })

  it('back returns to the previous view', async () => {
    const user = userEvent.setup()
    renderApp()
    await dashboardDrawn()
    await user.selectOptions(screen.getByLabelText('地区'), '云南')
    await within(await kpi('脱贫人口务工就业规模')).findByText(formatPersons(value('total', '530000', '2024-08'), 'zh'))
    await act(async () => {
      window.history.back()
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }))
    })
    expect(screen.getByLabelText('地区')).toHaveValue(dataSet.nationalId)
    expect(await within(await kpi('脱贫人口务工就业规模')).findByText('3295.3万')).toBeInTheDocument()
  })
})

describe('a background refresh that fails', () => {
  it('keeps the last good numbers on screen, marked stale, with the reason and a retry', async () => {
    const { queryClient } = renderApp()
    await dashboardDrawn()
    server.use(
      http.get('*/api/v1/targets', () => HttpResponse.json({ status: 500 }, { status: 500 })),
      http.get('*/api/v1/channels', () => HttpResponse.json({ status: 500 }, { status: 500 })),
    )
    await act(() => queryClient.refetchQueries())
    const kpis = screen.getByRole('region', { name: '脱贫人口务工就业规模' })
    await waitFor(() => expect(within(kpis).getByRole('status')).toHaveTextContent(/可能已过时。 服务器出错（500）/))
    expect(within(kpis).getByText('3295.3万')).toBeInTheDocument()
    const channels = within(figure('channels'))
    expect(channels.getByRole('status')).toHaveTextContent('可能已过时')
    expect(channels.getByText(/脱贫人口务工就业规模为.*其中省外务工占/)).toBeInTheDocument()

    server.resetHandlers()
    await userEvent.click(channels.getByRole('button', { name: '重试' }))
    await waitFor(() => expect(within(figure('channels')).queryByText(/可能已过时/)).toBeNull())
  })
})

describe('programme periods that fail to load', () => {
  it('leave the trend in place and say what is missing, with a retry', async () => {
    server.use(http.get('*/api/v1/annotations', () => HttpResponse.json({ status: 503 }, { status: 503 })))
    renderApp()
    await dashboardDrawn()
    const trend = within(figure('trend'))
    expect(await trend.findByText(/连续7个月环比增长/)).toBeInTheDocument()
    expect(await trend.findByRole('status')).toHaveTextContent('活动时段加载失败。')
    server.resetHandlers()
    await userEvent.click(trend.getByRole('button', { name: '重试' }))
    await waitFor(() => expect(trend.queryByText('活动时段加载失败。')).toBeNull())
  })
})

describe('while the next view loads', () => {
  /** Holds every request to `path` until released; then the real mock backend answers it. */
  function hold(path: string) {
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get(`*/api/v1/${path}`, async () => {
        await released
        // nothing returned: msw passes the request on to the real mock handler
      }),
    )
    return release
  }

  it('each panel keeps what it showed, title and numbers together, marked busy; then shows the new view', async () => {
    const user = userEvent.setup()
    renderApp()
    await dashboardDrawn()
    const channels = within(figure('channels'))
    expect(
      await channels.findByText(/^截至2024年8月底，全国脱贫人口务工就业规模为.*其中省外务工占/),
    ).toBeInTheDocument()
    await user.click(channels.getByRole('button', { name: '数据表' }))
    expect(await channels.findByRole('table', { name: '全国脱贫人口务工去向' })).toBeInTheDocument()
    const releaseChannels = hold('channels')
    const releaseTargets = hold('targets')

    await user.selectOptions(screen.getByLabelText('地区'), '贵州')
    // The trend, not held, shows Guizhou…
    expect(await within(figure('trend')).findByRole('heading', { name: /^贵州.+月度趋势$/ })).toBeInTheDocument()
    // …while channels and the KPI cards keep the national view, as a whole, busy, and cannot be exported.
    expect(figure('channels')).toHaveAttribute('aria-busy', 'true')
    expect(channels.getByText('正在更新…')).toBeInTheDocument()
    expect(channels.getByRole('heading', { name: '全国脱贫人口务工去向' })).toBeInTheDocument()
    expect(channels.getByText(/^截至2024年8月底，全国脱贫人口务工就业规模为.*其中省外务工占/)).toBeInTheDocument()
    expect(channels.getByRole('table', { name: '全国脱贫人口务工去向' })).toBeInTheDocument()
    expect(channels.getByRole('button', { name: '导出PNG' })).toBeDisabled()
    expect(channels.getByRole('button', { name: '导出PNG' })).toHaveAccessibleDescription('正在更新，完成后才能导出。')
    const kpis = screen.getByRole('region', { name: '脱贫人口务工就业规模' })
    expect(kpis).toHaveAttribute('aria-busy', 'true')
    expect(within(kpis).getByText('3295.3万')).toBeInTheDocument()

    releaseChannels()
    releaseTargets()
    expect(await channels.findByRole('heading', { name: '贵州脱贫人口务工去向' })).toBeInTheDocument()
    expect(channels.getByText(/^截至2024年8月底，贵州脱贫人口务工就业规模为.*其中省外务工占/)).toBeInTheDocument()
    expect(channels.getByRole('table', { name: '贵州脱贫人口务工去向' })).toBeInTheDocument()
    expect(figure('channels')).toHaveAttribute('aria-busy', 'false')
    expect(channels.queryByText('正在更新…')).toBeNull()
    expect(channels.getByRole('button', { name: '导出PNG' })).toBeEnabled()
    await waitFor(() => expect(kpis).toHaveAttribute('aria-busy', 'false'))
    expect(
      within(kpis).getByText(formatPersons(value('total', '520000', '2024-08'), 'zh'), { selector: '.kpi-value' }),
    ).toBeInTheDocument()
  })

  it('a next view that fails shows its error, not the previous view', async () => {
    const user = userEvent.setup()
    renderApp()
    await dashboardDrawn()
    const channels = within(figure('channels'))
    expect(await channels.findByText(/全国脱贫人口务工就业规模为.*其中省外务工占/)).toBeInTheDocument()
    server.use(http.get('*/api/v1/channels', () => HttpResponse.json({ status: 500 }, { status: 500 })))

    await user.selectOptions(screen.getByLabelText('地区'), '贵州')
    expect(await channels.findByRole('alert')).toHaveTextContent('服务器出错（500）')
    expect(channels.queryByText(/全国脱贫人口务工就业规模为.*其中省外务工占/)).toBeNull()
    expect(channels.getByRole('heading', { name: '贵州脱贫人口务工去向' })).toBeInTheDocument()
    expect(figure('channels')).toHaveAttribute('aria-busy', 'false')

    // 重试, while the answer is on its way: the panel loads; the national view it showed before does not come back.
    server.resetHandlers()
    const release = hold('channels')
    await user.click(channels.getByRole('button', { name: '重试' }))
    expect(await channels.findByText('正在加载…')).toBeInTheDocument()
    expect(channels.queryByRole('heading', { name: '全国脱贫人口务工去向' })).toBeNull()
    expect(channels.queryByText(/全国脱贫人口务工就业规模为.*其中省外务工占/)).toBeNull()
    release()
    expect(
      await channels.findByText(/^截至2024年8月底，贵州脱贫人口务工就业规模为.*其中省外务工占/),
    ).toBeInTheDocument()
  })

  it('a ranking refused for the new category shows the error, never the previous category under the new title', async () => {
    const user = userEvent.setup()
    renderApp()
    await dashboardDrawn()
    const regions = within(figure('regions'))
    expect(await regions.findByText(/居首/)).toBeInTheDocument()
    server.use(
      http.get('*/api/v1/regions', ({ request }) =>
        new URL(request.url).searchParams.get('category') === 'relocated'
          ? HttpResponse.json({
              category: 'relocated',
              month: '2024-08',
              items: [{ region: '999999', value: 1, target: null, previousMonth: null, previousYear: null }],
            })
          : undefined,
      ),
    )

    await user.selectOptions(screen.getByLabelText('类别'), '易地扶贫搬迁脱贫人口')
    expect(await regions.findByRole('alert')).toHaveTextContent('服务器返回的数据格式异常')
    expect(regions.getByRole('heading', { name: /^各省份易地扶贫搬迁脱贫人口排名/ })).toBeInTheDocument()
    expect(regions.queryByText(/居首/)).toBeNull()
    expect(regions.queryByRole('status')).toBeNull() // not "stale": there is no earlier answer for this view
  })
})
