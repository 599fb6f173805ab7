/**
 * What is drawn after the headline figures: the panels (the charts' code: the trend's line chart, the bar charts, the
 * frames with their data tables and exports) and the masthead's exports of the whole view. A chunk of its own, so the
 * KPI cards and the as-of line do not wait for it (loadPanels.ts).
 */
export { AttentionPanel } from '../features/attention/AttentionPanel'
export { ChannelsPanel } from '../features/channels/ChannelsPanel'
export { RegionsPanel } from '../features/regions/RegionsPanel'
export { TargetsPanel } from '../features/targets/TargetsPanel'
export { TrendPanel } from '../features/trend/TrendPanel'
export { MastheadExports, PhoneFormOffer } from './MastheadExports'
