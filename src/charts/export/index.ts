/** The export code, loaded only when someone exports. */
export { tableToCsv } from './csv'
export { download, exportFileName } from './fileName'
export { renderChartPng } from './png'
export { renderDashboardPng } from './dashboard'
