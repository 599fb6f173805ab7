import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../utils'

const card = async (name: RegExp | string) => screen.findByRole('article', { name })

describe('the first screen, national view', () => {
  it('shows the published August 2024 figures in Chinese by default', async () => {
    renderApp()
    expect(await screen.findByText('数据截至2024年8月底')).toBeInTheDocument()
    expect(screen.getByText('演示数据')).toBeInTheDocument()

    const total = await card('脱贫人口务工就业规模')
    expect(within(total).getByText('3295.3万')).toBeInTheDocument()
    expect(within(total).getByText('年度目标任务3019.2万，完成109.1%')).toBeInTheDocument()
    expect(within(total).getByText('超过年度目标任务276.1万（9.1个百分点）')).toBeInTheDocument()

    const streak = await card('连续增长')
    expect(within(streak).getByText('连续7个月')).toBeInTheDocument()
    expect(within(streak).getByText('脱贫人口务工就业规模：2024年2月至8月逐月环比增长')).toBeInTheDocument()

    const keyCounties = await card('重点帮扶县脱贫人口务工就业规模')
    expect(within(keyCounties).getByText('669.6万')).toBeInTheDocument()
    expect(within(keyCounties).getByText('同比+23.7万（+3.7%）')).toBeInTheDocument()

    const relocated = await card('易地扶贫搬迁脱贫人口务工就业规模')
    expect(within(relocated).getByText('405.9万')).toBeInTheDocument()
    expect(within(relocated).getByText('年度目标任务377.8万，完成107.5%')).toBeInTheDocument()
  })

  it('shows the same figures in English with ?lang=en', async () => {
    renderApp('?lang=en')
    expect(await screen.findByText('Data as of the end of August 2024')).toBeInTheDocument()
    expect(screen.getByText('Demo data')).toBeInTheDocument()
    const total = await card('People in work')
    expect(within(total).getByText('32.953 million')).toBeInTheDocument()
    expect(within(total).getByText('Annual target 30.192 million, 109.1% attained')).toBeInTheDocument()
    expect(within(total).getByText('2.761 million above the annual target (9.1 pp)')).toBeInTheDocument()
    expect(within(await card('Growth streak')).getByText('7 consecutive months')).toBeInTheDocument()
    expect(within(await card('In work: key assistance counties')).getByText('YoY +237,000 (+3.7%)')).toBeInTheDocument()
    expect(within(await card('In work: relocated people')).getByText('4.059 million')).toBeInTheDocument()
  })

  it('writes the trend summary sentence from the data, and gives it to the chart as its description', async () => {
    renderApp()
    const summary =
      '截至2024年8月底，全国脱贫人口务工就业规模已连续7个月环比增长，达3295.3万人，完成年度目标任务的109.1%。'
    expect(await screen.findByText(summary)).toBeInTheDocument()
    // Every chart is a figure named by its title and described by its summary.
    const trend = screen.getByRole('figure', { name: '全国脱贫人口务工就业月度趋势' })
    expect(trend).toHaveAccessibleDescription(summary)
    for (const name of ['全国年度目标任务完成情况', '全国脱贫人口务工去向', /^各省份脱贫人口务工就业排名/]) {
      const figure = await screen.findByRole('figure', { name })
      await waitFor(() => expect(figure).toHaveAccessibleDescription(/^截至2024年8月底，/))
    }
  })
})
