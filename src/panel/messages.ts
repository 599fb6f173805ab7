/**
 * What every panel's frame says, in Chinese and English: loading, updating, still waiting, empty, stale, retry, the
 * data table and the export buttons; with the shared words (lib/messages.ts) spread in, so that a feature's catalog
 * spreads this one and its panel writes `t.empty` or `t.retry` beside its own messages.
 */
import { defineMessages } from '../lib/defineMessages'
import { messages as shared } from '../lib/messages'

const zh = {
  ...shared.zh,

  loading: '正在加载…',
  updating: '正在更新，完成后才能导出。',
  updatingNote: '正在更新…',
  dataTable: '数据表',
  exportPng: '导出PNG',
  exportCsv: '导出CSV',
  exportXlsx: '导出Excel',
  /** inside WeChat's browser, which drops downloads (lib/wechat.ts): how to get the file instead */
  downloadInWeChat: '微信内置浏览器无法下载文件：请点右上角「…」，选择「在浏览器打开」，再导出。',
  exportUnavailable: '数据加载完成后才能查看数据表或导出。',
  exportFailed: '导出失败，请重试。',
  staleData: (time: string) => `以下为${time}获取的数据，可能已过时。`,
  retry: '重试',
  signIn: '重新登录',
  empty: '所选条件下没有数据。',
  stillWaiting: '仍在等待服务器响应…',
  exportNothing: '此图没有可显示或导出的数据。',
}

export const messages = defineMessages(zh, {
  ...shared.en,

  loading: 'Loading…',
  updating: 'Updating; exports are available once the new data has loaded.',
  updatingNote: 'Updating…',
  dataTable: 'Data table',
  exportPng: 'Export PNG',
  exportCsv: 'Export CSV',
  exportXlsx: 'Export Excel',
  downloadInWeChat:
    'WeChat’s built-in browser cannot download files: tap ··· at the top right, choose “Open in Browser”, then export again.',
  exportUnavailable: 'The data table and exports are available once the data has loaded.',
  exportFailed: 'The export failed. Try again.',
  staleData: (time) => `Showing data fetched at ${time}; it may be out of date.`,
  retry: 'Retry',
  signIn: 'Sign in again',
  empty: 'No data for this selection.',
  stillWaiting: 'Still waiting for the server…',
  exportNothing: 'There are no figures in this chart to show or export.',
})
