/** The grid's lines, placed from the values we hold and the axis's scale, never from measured tick text. */
import { describe, expect, it } from 'vitest'
import { horizontalLinesAt, noLines, verticalLinesAt } from '../../src/charts/grid'

const offset = { top: 0, right: 0, bottom: 0, left: 0, width: 0, height: 0, brushBottom: 0 }
/** a linear scale as Recharts hands it over: 0 → 100 px, 1000 → 600 px; undefined outside its domain */
const scale = { map: (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 1000 ? 100 + v / 2 : undefined) }
const axis = { scale } as never

describe('grid lines', () => {
  it('are at the scale’s positions of the values, in both directions', () => {
    expect(horizontalLinesAt([0, 500, 1000])({ yAxis: axis, width: 800, height: 400, offset }, true)).toEqual([
      100, 350, 600,
    ])
    expect(verticalLinesAt([250])({ xAxis: axis, width: 800, height: 400, offset }, true)).toEqual([225])
  })

  it('leave out a value the scale cannot place', () => {
    expect(verticalLinesAt([500, 2000])({ xAxis: axis, width: 800, height: 400, offset }, true)).toEqual([350])
  })

  it('are none until the axis is laid out, and none in a direction not drawn', () => {
    expect(horizontalLinesAt([0, 500])({ yAxis: undefined, width: 800, height: 400, offset }, true)).toEqual([])
    expect(noLines()).toEqual([])
  })
})
