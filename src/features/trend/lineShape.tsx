import { Curve, type LineDrawShapeProps } from 'recharts'

/**
 * The trend's lines, drawn without Recharts' entrance animation: its default shape keeps a ref to the path and reads
 * `getTotalLength()` on every render (for the animation, which is off), a forced layout of the whole page in the
 * middle of each filter change's render. This shape draws the same curve and gives Recharts no path to measure.
 */
export function StaticLineShape(props: LineDrawShapeProps) {
  // what the default shape takes for the animation, and the ref it measures: none of it reaches the path
  const curve: Partial<LineDrawShapeProps> = { ...props }
  delete curve.animationElapsedTime
  delete curve.isAnimating
  delete curve.isEntrance
  delete curve.visibleLength
  delete curve.pathRef
  return <Curve {...curve} connectNulls={props.connectNulls ?? false} />
}
