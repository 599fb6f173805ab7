/**
 * The masthead's and the page's own messages, in Chinese and English, with the panels' (panel/messages.ts, which
 * holds the shared words) and the export lines (export/messages.ts) spread in: the masthead says the data's month
 * and the demo badge as the exported dashboard does.
 */
import { defineMessages } from '../lib/defineMessages'
import { messages as exportLines } from '../export/messages'
import { messages as panel } from '../panel/messages'

const zh = {
  ...panel.zh,
  ...exportLines.zh,

  appTitle: '就业帮扶监测看板',
  appSubtitle: '脱贫人口务工就业月度监测',
  demoExplanation: '演示数据：除已公布数字外均为合成数据',
  skipToContent: '跳到主要内容',
  skipLinks: '跳转',
  /** a skip link to a panel, named by what the panel is whatever view it shows */
  skipToPanel: (panel: 'attention' | 'trend' | 'regions' | 'targets' | 'channels') =>
    `跳到${{ attention: '需要关注', trend: '月度趋势', regions: '各省份比较', targets: '年度目标任务完成情况', channels: '务工去向' }[panel]}`,
  signedIn: (name: string, scope: string) => `当前用户：${name}（${scope}）`,
  noScope: '您的账号没有可查看的地区，请联系管理员。',
  exportDashboard: '导出整页PNG',
  /** the dashboard PNG's phone form (one column, a 长图), offered under the page on a wider screen */
  exportDashboardPhone: '导出手机长图',
  /** the masthead's file buttons, 导出 + what: the verb is hidden where the masthead is narrow (styles.css) */
  exportVerb: '导出',
  exportBriefing: '简报',
  exportWorkbook: '整页Excel',
  exportMaking: '正在生成文件…',
  exportUnsettled: '仍有面板在加载，暂不能导出整页，请稍后重试。',
}

export const messages = defineMessages(zh, {
  ...panel.en,
  ...exportLines.en,

  appTitle: 'Employment Assistance Monitor',
  appSubtitle: 'Monthly monitoring of people lifted out of poverty in work',
  demoExplanation: 'Demo data: figures other than the published ones are synthetic',
  skipToContent: 'Skip to main content',
  skipLinks: 'Skip to',
  skipToPanel: (panel) =>
    `Skip to ${{ attention: 'Needs attention', trend: 'the monthly trend', regions: 'the provinces', targets: 'the annual targets', channels: 'where people work' }[panel]}`,
  signedIn: (name, scope) => `Signed in: ${name} (${scope})`,
  noScope: 'Your account has no region you may view. Contact the administrator.',
  exportDashboard: 'Export dashboard PNG',
  exportDashboardPhone: 'Export a phone-sized picture',
  exportVerb: 'Export ',
  exportBriefing: 'briefing',
  exportWorkbook: 'workbook',
  exportMaking: 'Making the file…',
  exportUnsettled: 'Some panels are still loading, so the dashboard was not exported. Try again in a moment.',
})
