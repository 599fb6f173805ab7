/**
 * The layers are enforced by ESLint (eslint.config.js): an import that runs upward or across features fails lint,
 * which `npm test` runs over every file; here, that the rules catch what they should and nothing else.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: process.cwd() })

async function layerErrors(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}'\nexport const y = x\n`, { filePath })
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('import layers', () => {
  it.each([
    ['src/lib/probe.ts', '../features/trend/trend'],
    ['src/lib/probe.ts', '../charts/scale'],
    ['src/lib/probe.ts', '../app/Dashboard'],
    ['src/api/probe.ts', '../lib/format'],
    ['src/api/probe.ts', '../lib/table'],
    ['src/charts/probe.ts', '../features/kpis/kpis'],
    ['src/export/probe.ts', '../app/queryClient'],
    ['src/export/probe.ts', '../panel/panelRegistry'],
    ['src/charts/probe.ts', '../export/png'],
    ['src/charts/probe.ts', '../panel/ChartFrame'],
    ['src/lib/probe.ts', '../panel/usePanelState'],
    ['src/panel/probe.ts', '../features/trend/trend'],
    ['src/charts/probe.ts', '../app/Dashboard'],
    ['src/features/trend/probe.ts', '../../app/Dashboard'],
    ['src/features/trend/probe.ts', '../regions/regions'],
  ])('%s may not import %s', async (file, specifier) => {
    expect(await layerErrors(file, specifier)).toHaveLength(1)
  })

  it.each([
    ['src/app/probe.ts', '../features/trend/TrendPanel'],
    ['src/features/trend/probe.ts', '../../panel/ChartFrame'],
    ['src/features/trend/probe.ts', '../../charts/LineChart'],
    ['src/panel/probe.ts', '../export/useChartExport'],
    ['src/panel/probe.ts', '../charts/ChartLegend'],
    ['src/features/trend/probe.ts', '../../lib/format'],
    ['src/features/trend/probe.ts', './trend'],
    ['src/charts/probe.ts', '../lib/format'],
    ['src/export/probe.ts', '../charts/chartContent'],
    ['src/lib/probe.ts', '../api/client'],
  ])('%s may import %s', async (file, specifier) => {
    expect(await layerErrors(file, specifier)).toEqual([])
  })
})
