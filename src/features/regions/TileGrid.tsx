/**
 * The tile grid drawn as one plain SVG (the map and the small multiples): a square per division at its grid cell,
 * what each tile shows drawn by the caller, and a legend in the empty cells at the top left (west of 黑龙江 and 吉林).
 * Tiles that can be chosen are buttons (Enter or Space, click) with an accessible name, and the grid is one Tab stop:
 * the arrow keys move to the nearest tile in their direction, Home and End to the first and last (a roving tab stop,
 * as the ranking's listbox has). A tooltip follows hover and focus, and Escape hides it. The drawing is sized by its box, so the same chart serves the page and the 960 px
 * export; without a measured box (jsdom) it takes its natural size.
 *
 * Drawn here rather than with Recharts, which draws every other chart: Recharts has no tile-grid layout, and the
 * small multiples would be 25 Recharts charts with 25 stores, which cost far more than these few lines of SVG.
 */
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { ChartTooltip } from '../../charts/ChartTooltip'
import { useReportDrawn } from '../../charts/drawn'
import { useSize } from '../../charts/useSize'
import { colors } from '../../charts/theme'
import { CELL, GRID_HEIGHT, GRID_WIDTH } from './chinaGrid'

/** A tile's size: a cell less the gap between tiles, in the drawing's units. */
export const TILE = CELL - 4
/** Room for the legend: the empty cells of rows 1–3, columns 1–5. */
export const LEGEND_BOX = { x: 0, y: 0, width: 5 * CELL, height: 3 * CELL } as const

export interface GridTile {
  key: string
  row: number
  col: number
  /** the accessible name: what the tile says in words */
  label: string
  /** lines for the tooltip; none for a tile without one */
  tooltip?: string[]
  /** makes the tile a button */
  onSelect?: () => void
  /** the chosen division: marked with a thick outline */
  selected?: boolean
  /** the tile's drawing, in its own coordinates (0 … TILE) */
  children: ReactNode
}

export interface TileGridProps {
  /** the drawing's accessible name */
  label: string
  tiles: GridTile[]
  legend: ReactNode
  /** patterns the tiles fill with (a province not yet reported), inside the drawing so that an export carries them */
  defs?: ReactNode
}

export function TileGrid(props: TileGridProps) {
  const [ref, size] = useSize<HTMLDivElement>()
  const svgRef = useRef<SVGSVGElement>(null)
  // drawn for export once it has its box's size (before that it is drawn at its natural size) and every tile
  useReportDrawn(svgRef, size.width > 0 && size.height > 0 ? [['g.tile', props.tiles.length]] : null)
  const [tip, setTip] = useState<{ key: string; x: number; y: number } | null>(null)
  const width = size.width || GRID_WIDTH
  const height = size.height || GRID_HEIGHT
  const show = (key: string, target: Element) => {
    const box = ref.current?.getBoundingClientRect()
    const tile = target.getBoundingClientRect()
    setTip({ key, x: tile.left - (box?.left ?? 0) + tile.width / 2, y: tile.top - (box?.top ?? 0) + tile.height })
  }
  const hide = (key: string) => setTip((t) => (t?.key === key ? null : t))
  // The one tile in the Tab order: the one last focused while it is still a button, else the chosen one, else the first.
  const [focused, setFocused] = useState<string | null>(null)
  const buttons = props.tiles.filter((t) => t.onSelect)
  const stop = (buttons.find((t) => t.key === focused) ?? buttons.find((t) => t.selected) ?? buttons[0])?.key
  const moveFocus = (from: GridTile, key: string) => {
    const next = nextTile(buttons, from, key)
    if (!next) return false
    svgRef.current?.querySelector<SVGGElement>(`[data-tile="${CSS.escape(next.key)}"]`)?.focus()
    return true
  }
  const tipTile = tip ? props.tiles.find((t) => t.key === tip.key) : undefined

  return (
    <div ref={ref} className="tile-grid">
      <svg
        ref={svgRef}
        data-surface="tiles"
        width={width}
        height={height}
        viewBox={`0 0 ${GRID_WIDTH} ${GRID_HEIGHT}`}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-label={props.label}
      >
        {props.defs ? <defs>{props.defs}</defs> : null}
        <g className="tile-legend">{props.legend}</g>
        {props.tiles.map((tile) => {
          const x = (tile.col - 1) * CELL + (CELL - TILE) / 2
          const y = (tile.row - 1) * CELL + (CELL - TILE) / 2
          const select = tile.onSelect
          const button = select
            ? {
                role: 'button',
                tabIndex: tile.key === stop ? 0 : -1,
                'aria-current': tile.selected ? ('true' as const) : undefined,
                onClick: select,
                onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault()
                    select()
                  } else if (e.key === 'Escape') hide(tile.key)
                  else if (moveFocus(tile, e.key)) e.preventDefault()
                },
              }
            : { role: 'img' }
          return (
            <g
              key={tile.key}
              className={select ? 'tile tile-button' : 'tile'}
              transform={`translate(${x} ${y})`}
              aria-label={tile.label}
              {...button}
              onMouseEnter={tile.tooltip ? (e) => show(tile.key, e.currentTarget) : undefined}
              onMouseLeave={tile.tooltip ? () => hide(tile.key) : undefined}
              data-tile={tile.key}
              onFocus={(e) => {
                if (select) setFocused(tile.key)
                if (tile.tooltip) show(tile.key, e.currentTarget)
              }}
              onBlur={tile.tooltip ? () => hide(tile.key) : undefined}
            >
              {tile.children}
              {tile.selected ? (
                <rect
                  className="tile-selected"
                  x={1.5}
                  y={1.5}
                  width={TILE - 3}
                  height={TILE - 3}
                  rx={4}
                  fill="none"
                  stroke={colors.selected}
                  strokeWidth={3}
                />
              ) : null}
              {select ? (
                <rect className="tile-focus" x={-1} y={-1} width={TILE + 2} height={TILE + 2} rx={5} fill="none" />
              ) : null}
            </g>
          )
        })}
      </svg>
      {tip && tipTile?.tooltip ? (
        // Seen, not read: the tile's accessible name says the same, and the data table has every number.
        <ChartTooltip lines={tipTile.tooltip} className="tile-tooltip" style={{ left: tip.x, top: tip.y }} />
      ) : null}
    </div>
  )
}

/** A tile's name, on one line or, for a long English name of two words, on two (unless `wrap` is off). */
export function TileName({
  name,
  y = 16,
  fill,
  lang,
  wrap = true,
}: {
  name: string
  y?: number
  fill: string
  lang: string
  wrap?: boolean
}) {
  const words = name.split(' ')
  const lines =
    wrap && lang === 'en' && name.length > 10 && words.length > 1 ? [words[0], words.slice(1).join(' ')] : [name]
  const longest = Math.max(...lines.map((l) => l.length))
  const fontSize = lang === 'zh' ? 13 : Math.min(12, (TILE - 8) / (longest * 0.58))
  return (
    <text x={TILE / 2} y={y} textAnchor="middle" fontSize={fontSize} fill={fill} fontWeight={600}>
      {lines.map((line, i) => (
        <tspan key={i} x={TILE / 2} dy={i === 0 ? 0 : fontSize + 1}>
          {line}
        </tspan>
      ))}
    </text>
  )
}

const NOT_COVERED_STROKE = '#7b8494'
const NOT_COVERED_DASH = '4 3'

/**
 * A tile's square: filled when the province reports the category, outlined and dashed (不适用) when it does not, and
 * hatched with `notReported` (the id of a NotReportedPattern) when it reports the category but not the month (未上报).
 */
export function TileRect({
  covered,
  fill,
  stroke,
  notReported,
}: {
  covered: boolean
  fill: string
  stroke: string
  notReported?: string
}) {
  if (covered && notReported) {
    return (
      <rect
        width={TILE}
        height={TILE}
        rx={4}
        fill={`url(#${notReported})`}
        stroke={NOT_REPORTED_STROKE}
        data-not-reported="true"
      />
    )
  }
  return (
    <rect
      width={TILE}
      height={TILE}
      rx={4}
      fill={covered ? fill : '#ffffff'}
      stroke={covered ? stroke : NOT_COVERED_STROKE}
      strokeDasharray={covered ? undefined : NOT_COVERED_DASH}
    />
  )
}

const NOT_REPORTED_STROKE = '#5b6472'

/**
 * The hatching of a province that has not yet reported: an SVG <pattern> drawn by attributes alone (no style
 * attribute, so the production CSP allows it), distinct from the white dashed outline of 不适用. `id` must be unique in
 * the document (the page and an export's off-screen copy each make their own).
 */
export function NotReportedPattern({ id }: { id: string }) {
  return (
    <pattern id={id} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width={6} height={6} fill="#ffffff" />
      <line x1={1} y1={0} x2={1} y2={6} stroke="#aab1bc" strokeWidth={2} />
    </pattern>
  )
}

/** An id for a NotReportedPattern: React's id with only the characters a url(#…) reference takes as they are. */
export function patternId(reactId: string): string {
  return `not-reported-${reactId.replace(/[^A-Za-z0-9_-]/g, '')}`
}

/** The legend's sample of a tile not yet reported, as TileRect draws it. */
export function NotReportedSwatch({ y, pattern }: { y?: number; pattern: string }) {
  return <rect y={y} width={18} height={14} fill={`url(#${pattern})`} stroke={NOT_REPORTED_STROKE} />
}

/** The legend's sample of a tile not covered, as TileRect draws it. */
export function NotCoveredSwatch({ y }: { y?: number }) {
  return (
    <rect y={y} width={18} height={14} fill="#ffffff" stroke={NOT_COVERED_STROKE} strokeDasharray={NOT_COVERED_DASH} />
  )
}

/**
 * The tile an arrow key moves to: the nearest in that direction (the fewest rows or columns across, then the fewest
 * along), so that the keys follow the map; Home and End go to the first and last tile in reading order.
 */
export function nextTile<T extends { key: string; row: number; col: number }>(
  tiles: readonly T[],
  from: T,
  key: string,
): T | undefined {
  const order = [...tiles].sort((a, b) => a.row - b.row || a.col - b.col)
  if (key === 'Home') return order[0]
  if (key === 'End') return order[order.length - 1]
  const step = { ArrowRight: [0, 1], ArrowLeft: [0, -1], ArrowDown: [1, 0], ArrowUp: [-1, 0] }[key]
  if (!step) return undefined
  const [dr, dc] = step
  let best: T | undefined
  let bestCost = Infinity
  for (const t of tiles) {
    const along = (t.row - from.row) * dr + (t.col - from.col) * dc
    if (along <= 0) continue
    const across = Math.abs(dr === 0 ? t.row - from.row : t.col - from.col)
    const cost = across * 100 + along
    if (cost < bestCost) [best, bestCost] = [t, cost]
  }
  return best
}
