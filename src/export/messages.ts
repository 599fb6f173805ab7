/** The lines that make an exported picture stand alone (exportText.ts, the dashboard PNG), in Chinese and English. */
import { defineMessages } from '../lib/defineMessages'

const zh = {
  asOf: (month: string) => `数据截至${month}底`,
  demoBadge: '演示数据',
  exportUnit: (unit: string) => `单位：${unit}`,
  exportSource: (source: string) => `来源：${source}`,
  exportedAt: (time: string) => `导出时间：${time}`,
}

export const messages = defineMessages(zh, {
  asOf: (month) => `Data as of the end of ${month}`,
  demoBadge: 'Demo data',
  exportUnit: (unit) => `Unit: ${unit}`,
  exportSource: (source) => `Source: ${source}`,
  exportedAt: (time) => `Exported ${time}`,
})
