/**
 * The words of the office files (the briefing, ./briefing.ts; the workbooks, ./workbook.ts) that the panels do not
 * say themselves, in Chinese and English, with the export lines (as-of month, source, export time) spread in.
 * Everything else in those files is what the panels publish: their titles, sentences, tables and notes.
 */
import { defineMessages } from '../../lib/defineMessages'
import { enList } from '../../lib/grammar'
import { messages as exportLines } from '../messages'

/** 一 … 十: section numbers of a Chinese official document (一、二、; level two （一）（二）). */
const ZH_NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** The briefing's sections, in order (briefing.ts lays them out). */
export type SectionKey = 'overall' | 'groups' | 'provinces' | 'attention' | 'notes'

const zh = {
  ...exportLines.zh,

  listSeparator: '、',

  // the masthead (报头)
  briefingName: '就业帮扶监测简报',
  /** the issue, numbered by the as-of month: 2024年第8期 */
  briefingIssue: (year: number, month: number) => `${year}年第${month}期`,
  internal: '内部资料',
  /** the issuing unit when the build names none (VITE_ISSUING_UNIT): the tool, never a ministry */
  issuerDefault: '就业帮扶监测看板',

  /** 截至2024年8月底 / 全国脱贫人口务工就业情况: the title in its lines (GB/T 9704 sets a long title in two) */
  briefingTitle: (end: string, place: { national: boolean; name: string }): string[] => [
    `截至${end}底`,
    `${place.name}脱贫人口务工就业情况`,
  ],
  section: (n: number, key: SectionKey) =>
    `${ZH_NUMERALS[n]}、${{ overall: '总体情况', groups: '重点帮扶县和易地扶贫搬迁脱贫人口', provinces: '各省份情况', attention: '需要关注', notes: '数据说明' }[key]}`,
  subsection: (n: number, name: string) => `（${ZH_NUMERALS[n]}）${name}`,
  figure: (n: number, caption: string) => `图${n}\u3000${caption}`,
  table: (n: number, caption: string) => `表${n}\u3000${caption}`,
  note: (text: string) => `注：${text}`,
  notLoaded: (title: string, message: string) => `「${title}」未能加载：${message}`,

  // notes on the data (数据说明)
  noteView: (filters: string) => `本简报所示范围：${filters}。`,
  noteScope: (scope: string) => `本简报只含${scope}的数据（当前账号的查看范围）。`,
  noteDemo: '本简报使用演示数据：除已公布的数字外，均为合成数据，不得作为工作依据。',
  noteNotLoaded: (titles: string[]) =>
    `以下内容导出时未能加载，未列入本简报：${titles.map((t) => `「${t}」`).join('、')}。`,
  noteMethod: (title: string) => `${title}：`,

  // workbooks
  sheetNotLoaded: (message: string) => `未能加载：${message}`,
  sheetDemo: '演示数据：除已公布的数字外均为合成数据',
  /** a header of a column of persons: the cells show 万 or 人 themselves */
  personsHeader: (label: string) => label,
  /** the part of a briefing whose panel never published anything (its code failed to load, say) */
  partMissing: '此部分有内容未能加载。',
}

export const messages = defineMessages(zh, {
  ...exportLines.en,

  listSeparator: ', ',

  briefingName: 'Employment Assistance Briefing',
  briefingIssue: (year, month) => `No. ${month}, ${year}`,
  internal: 'Internal',
  issuerDefault: 'Employment Assistance Monitor',

  briefingTitle: (end, place) => [
    `People Lifted out of Poverty in Work ${place.national ? 'Nationwide' : `in ${place.name}`} at the End of ${end}`,
  ],
  section: (n, key) =>
    `${n}. ${{ overall: 'Overall picture', groups: 'Key assistance counties and relocated people', provinces: 'The provinces', attention: 'Needs attention', notes: 'Notes on the data' }[key]}`,
  subsection: (n, name) => `(${n}) ${name}`,
  figure: (n, caption) => `Figure ${n}. ${caption}`,
  table: (n, caption) => `Table ${n}. ${caption}`,
  note: (text) => `Note: ${text}`,
  notLoaded: (title, message) => `“${title}” was not loaded: ${message}`,

  noteView: (filters) => `What this briefing covers: ${filters}.`,
  noteScope: (scope) => `This briefing holds the figures of ${scope} only (what this account may see).`,
  noteDemo:
    'This briefing uses demo data: figures other than the published ones are synthetic and must not be relied on.',
  noteNotLoaded: (titles) =>
    `Not loaded when the briefing was made, so not in it: ${enList(titles.map((t) => `“${t}”`))}.`,
  noteMethod: (title) => `${title}:`,

  sheetNotLoaded: (message) => `Not loaded: ${message}`,
  sheetDemo: 'Demo data: figures other than the published ones are synthetic',
  personsHeader: (label) => `${label} (persons)`,
  partMissing: 'Part of this section could not be loaded.',
})
