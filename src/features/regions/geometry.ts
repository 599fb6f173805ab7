/**
 * The tile grid's size and scale, apart from its table (grid.ts) so that the panel can size its body without loading
 * the grid views' code.
 */
export const GRID_ROWS = 9
export const GRID_COLS = 7
/** A cell's size in the drawing's units (the map and the small multiples are drawn at this scale, then fitted). */
export const CELL = 80
export const GRID_WIDTH = GRID_COLS * CELL
export const GRID_HEIGHT = GRID_ROWS * CELL
