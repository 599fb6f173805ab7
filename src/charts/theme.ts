/**
 * Chart colours and type: a restrained palette that stays apart for colour-blind readers and in greyscale print
 * (blue vs orange, with dash patterns and marker shapes carrying the difference too).
 */
export const colors = {
  current: '#1f5fa8',
  streak: '#0b3a75',
  previousYear: '#7b8494',
  target: '#c25e00',
  band: '#f1ede2',
  bandText: '#6b5a2e',
  grid: '#e3e6eb',
  axis: '#5b6472',
  selected: '#c25e00',
  bar: '#1f5fa8',
  barMuted: '#9db7d8',
  text: '#1d2330',
} as const

export const chartFont = {
  fontSize: 12,
  fill: colors.axis,
} as const
