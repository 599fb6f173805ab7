/** The line chart's geometry (charts/lineLayout.ts): month cells, the value axis and paths that break at gaps. */
import { describe, expect, it } from 'vitest'
import { linePath, monthCells, valueScale } from '../../src/charts/lineLayout'

describe('monthCells', () => {
  it('gives each month an equal cell, its point in the middle, bands from edge to edge', () => {
    const cells = monthCells(4, 100, 500) // cells of 100 px
    expect(cells.step).toBe(100)
    expect([0, 1, 2, 3].map(cells.x)).toEqual([150, 250, 350, 450])
    expect(cells.edge(1)).toBe(200)
    expect(cells.edge(4)).toBe(500) // a band to the last month ends at the plot's right edge
  })

  it('finds the month under a pointer, the first or the last outside the plot', () => {
    const cells = monthCells(4, 100, 500)
    expect(cells.at(100)).toBe(0)
    expect(cells.at(299.9)).toBe(1)
    expect(cells.at(300)).toBe(2)
    expect(cells.at(20)).toBe(0)
    expect(cells.at(900)).toBe(3)
  })

  it('draws a single month in the middle of the plot', () => {
    const cells = monthCells(1, 0, 200)
    expect(cells.x(0)).toBe(100)
    expect(cells.at(150)).toBe(0)
  })
})

describe('valueScale', () => {
  it('puts the low end of the domain at the bottom and the high end at the top', () => {
    const y = valueScale([2800, 3600], 10, 410)
    expect(y(2800)).toBe(410)
    expect(y(3600)).toBe(10)
    expect(y(3200)).toBe(210)
  })

  it('does not divide by zero on an empty domain', () => {
    expect(valueScale([5, 5], 0, 100)(5)).toBe(100)
  })
})

describe('linePath', () => {
  const p = (x: number, y: number) => ({ x, y })

  it('joins the points with straight segments', () => {
    expect(linePath([p(0, 10), p(10, 20), p(20, 5)])).toBe('M0,10L10,20L20,5')
  })

  it('breaks at a month without a value instead of bridging it', () => {
    expect(linePath([p(0, 10), p(10, 20), null, p(30, 5), p(40, 6)])).toBe('M0,10L10,20M30,5L40,6')
    expect(linePath([null, p(10, 20), null])).toBe('M10,20')
    expect(linePath([])).toBe('')
  })

  it('holds each value until the next point when stepped (an annual target)', () => {
    expect(linePath([p(0, 10), p(10, 10), p(20, 30)], true)).toBe('M0,10H10V10H20V30')
  })

  it('rounds coordinates to hundredths', () => {
    expect(linePath([p(1 / 3, 2 / 3), p(1.006, 10)])).toBe('M0.33,0.67L1.01,10')
  })
})
