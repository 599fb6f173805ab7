/**
 * The lines that make an exported picture stand alone (exportText.ts, the dashboard PNG), and the dialog a PNG opens
 * in inside WeChat (ShareImage.tsx), in Chinese and English.
 */
import { defineMessages } from '../lib/defineMessages'

const zh = {
  asOf: (month: string) => `数据截至${month}底`,
  demoBadge: '演示数据',
  exportUnit: (unit: string) => `单位：${unit}`,
  exportSource: (source: string) => `来源：${source}`,
  exportedAt: (time: string) => `导出时间：${time}`,
  /** inside WeChat's browser an exported PNG opens as an image (ShareImage.tsx) */
  pressAndHold: '长按图片保存或发送给朋友',
  closeImage: '关闭',
}

export const messages = defineMessages(zh, {
  asOf: (month) => `Data as of the end of ${month}`,
  demoBadge: 'Demo data',
  exportUnit: (unit) => `Unit: ${unit}`,
  exportSource: (source) => `Source: ${source}`,
  exportedAt: (time) => `Exported ${time}`,
  pressAndHold: 'Press and hold the image to save or send it',
  closeImage: 'Close',
})
