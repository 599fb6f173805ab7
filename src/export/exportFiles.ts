/** The export code (PNG, CSV, file names, the download), a chunk of its own loaded only when someone exports. */
export { tableToCsv } from './csv'
export { download } from './download'
export { exportFileName } from './fileName'
export { renderChartPng } from './png'
export { renderDashboardPng } from './dashboard'
