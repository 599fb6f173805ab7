/** The filter bar's and the invalid-link notice's messages, in Chinese and English, with the shared words. */
import { defineMessages } from '../../lib/defineMessages'
import { messages as shared } from '../../lib/messages'

const zh = {
  ...shared.zh,

  filters: '筛选条件',
  /** the phone's button that opens the filters' sheet (the view it shows follows, in one line) */
  filtersButton: '筛选',
  filtersDone: '完成',
  invalidLink: (params: string) => `链接中的部分参数无效，已改用默认值：${params}。`,
  /** a link named a region outside the user's scope: it was not asked for, and `home` is shown instead */
  noPermissionRegion: (home: string) => `无权查看该地区，已改为显示${home}。`,
  noPermissionCompare: '无权查看对比中的地区，已取消对比。',
  dismiss: '关闭',
}

export const messages = defineMessages(zh, {
  ...shared.en,

  filters: 'Filters',
  filtersButton: 'Filters',
  filtersDone: 'Done',
  invalidLink: (params) => `Some values in the link were not valid and were replaced by defaults: ${params}.`,
  noPermissionRegion: (home) => `You do not have permission to view that region; showing ${home} instead.`,
  noPermissionCompare: 'You do not have permission to view a region in the comparison; it was removed.',
  dismiss: 'Dismiss',
})
