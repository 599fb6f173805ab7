/** The grid views' pure code: the grid joined to /meta once, the off-grid check, the models of both views. */
import type { Meta } from '../../api/meta'
import { placeTiles, type PlacedGrid } from './grid'

export { buildMap } from './map'
export { buildMultiples, multiplesSummary, multiplesTable } from './multiples'

const grids = new WeakMap<Meta, PlacedGrid>()
/** The grid joined to /meta's provinces, once per /meta. */
export function gridOf(meta: Meta): PlacedGrid {
  let grid = grids.get(meta)
  if (!grid) grids.set(meta, (grid = placeTiles(meta)))
  return grid
}

/**
 * Whether an answer names a region that has no cell: a province /meta lists but the grid lacks would be drawn
 * nowhere (or, joined wrongly, in the wrong place), so such an answer is refused as an unexpected format.
 */
export function offGrid(grid: PlacedGrid, regions: readonly string[]): boolean {
  const placed = new Set(grid.placed)
  return regions.some((id) => !placed.has(id))
}
