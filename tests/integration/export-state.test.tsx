import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from '../utils'

const panel = (chart: string) => document.querySelector<HTMLElement>(`figure[data-chart="${chart}"]`)!

describe('export buttons', () => {
  it('are disabled, with the reason, while a chart is loading or failed, and enabled once it has data', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get('*/api/v1/channels', async () => {
        await gate
        return HttpResponse.json({ region: '000000', month: '2024-08', total: 'many', items: [] })
      }),
    )
    renderApp()
    await screen.findByText('3295.3万')
    // The headline figures come before the panels' code: wait for the panels' frames.
    await waitFor(() => expect(panel('channels')).not.toBeNull())
    const channels = within(panel('channels'))
    for (const name of ['导出PNG', '导出CSV', '数据表']) {
      expect(channels.getByRole('button', { name })).toBeDisabled()
      expect(channels.getByRole('button', { name })).toHaveAccessibleDescription('数据加载完成后才能查看数据表或导出。')
    }
    // the other panels are ready to export meanwhile
    await waitFor(() => expect(within(panel('trend')).getByRole('button', { name: '导出PNG' })).toBeEnabled())

    release()
    expect(await channels.findByText('服务器返回的数据格式异常，未予显示。')).toBeInTheDocument()
    expect(channels.getByRole('button', { name: '导出PNG' })).toBeDisabled()

    server.resetHandlers()
    await userEvent.click(channels.getByRole('button', { name: '重试' }))
    expect(await channels.findByText(/脱贫人口务工就业规模为.*其中省外务工占/)).toBeInTheDocument()
    expect(channels.getByRole('button', { name: '导出PNG' })).toBeEnabled()
    expect(channels.getByRole('button', { name: '导出CSV' })).toBeEnabled()
  })
})
