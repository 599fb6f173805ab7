import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../utils'

const card = async (name: RegExp | string) => screen.findByRole('article', { name })

describe('the first screen, national view', () => {
  it('shows the published August 2024 figures in Chinese by default', async () => {
    renderApp()
    expect(await screen.findByText('数据截至2024年8月底')).toBeInTheDocument()
    expect(screen.getByText('演示数据')).toBeInTheDocument()

    const total = await card('务工就业规模')
    expect(within(total).getByText('3295.3万')).toBeInTheDocument()
    expect(within(total).getByText('年度目标 3019.2万，完成 109.1%')).toBeInTheDocument()
    expect(within(total).getByText(/超出年度目标 276\.1万/)).toBeInTheDocument()

    const streak = await card('增长势头')
    expect(within(streak).getByText('连续7个月')).toBeInTheDocument()
    expect(within(streak).getByText('2024年2月至8月环比增长')).toBeInTheDocument()

    const keyCounties = await card('重点帮扶县')
    expect(within(keyCounties).getByText('669.6万')).toBeInTheDocument()
    expect(within(keyCounties).getByText(/^同比 \+23\.7万/)).toBeInTheDocument()

    const relocated = await card('易地搬迁脱贫人口')
    expect(within(relocated).getByText('405.9万')).toBeInTheDocument()
    expect(within(relocated).getByText(/完成 107\.5%/)).toBeInTheDocument()
  })

  it('shows the same figures in English with ?lang=en', async () => {
    renderApp('?lang=en')
    expect(await screen.findByText('Data as of end of Aug 2024')).toBeInTheDocument()
    expect(screen.getByText('Demo data')).toBeInTheDocument()
    const total = await card('Employment')
    expect(within(total).getByText('32.953 million')).toBeInTheDocument()
    expect(within(total).getByText('Annual target 30.192 million, 109.1% attained')).toBeInTheDocument()
    expect(within(total).getByText(/^2\.761 million .* above the annual target$/)).toBeInTheDocument()
    expect(within(await card('Growth streak')).getByText('7 consecutive months')).toBeInTheDocument()
    expect(within(await card('Key assistance counties')).getByText(/^YoY \+0\.237 million/)).toBeInTheDocument()
    expect(within(await card('Relocated population')).getByText('4.059 million')).toBeInTheDocument()
  })

  it('writes the trend summary sentence from the data, and gives it to the chart as its description', async () => {
    renderApp()
    const summary =
      '2024年2月至8月，全国脱贫人口务工就业规模连续7个月环比增长，8月底达3295.3万人，完成年度目标的109.1%。'
    expect(await screen.findByText(summary)).toBeInTheDocument()
    // Every chart is a figure named by its title and described by its summary.
    const trend = screen.getByRole('figure', { name: '全国脱贫人口务工就业月度趋势' })
    expect(trend).toHaveAccessibleDescription(summary)
    for (const name of ['全国分类目标完成情况', '全国就业渠道', /^各省份脱贫人口务工就业排名/]) {
      const figure = await screen.findByRole('figure', { name })
      await waitFor(() => expect(figure).toHaveAccessibleDescription(/^2024年8月，/))
    }
  })
})
