/**
 * The export stage (export/useExportStage.tsx) and the word a chart gives when it has drawn (charts/drawn.ts):
 * an export takes a chart's <svg> only once the chart has said it drew what it was given, never because an <svg> is
 * there, and fails, naming the chart, when it never says so.
 */
import { act, render } from '@testing-library/react'
import { useEffect, useRef, useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useReportDrawn } from '../../src/charts/drawn'
import { DRAW_TIMEOUT_MS, drawnCollector, useExportStage, type StageItem } from '../../src/export/useExportStage'

afterEach(() => {
  vi.useRealTimers()
})

const svg = () => document.createElementNS('http://www.w3.org/2000/svg', 'svg')

describe('drawnCollector', () => {
  it('answers once every chart has reported, with the first surface each reported', async () => {
    const c = drawnCollector(['a', 'b'])
    const [a, b, later] = [svg(), svg(), svg()]
    c.reporter('a')!(a)
    c.reporter('a')!(later)
    let answered = false
    void c.done.then(() => (answered = true))
    await Promise.resolve()
    expect(answered).toBe(false)
    c.reporter('b')!(b)
    const drawn = await c.done
    expect(drawn.get('a')).toBe(a)
    expect(drawn.get('b')).toBe(b)
  })

  it('fails after the timeout, naming the charts that never drew', async () => {
    vi.useFakeTimers()
    const c = drawnCollector(['trend', 'regions'], 1_000)
    c.reporter('trend')!(svg())
    const failed = expect(c.done).rejects.toThrow(/regions/)
    vi.advanceTimersByTime(1_000)
    await failed
  })

  it('has no reporter for a chart it was not asked to draw', () => {
    expect(drawnCollector(['a']).reporter('b')).toBeNull()
  })
})

/** A chart that, like Recharts, has its <svg> at once but draws its content a few renders later. */
function SlowChart({ after, onRender }: { after: number | null; onRender?: (drawn: boolean) => void }) {
  const [renders, setRenders] = useState(0)
  const drawn = after !== null && renders >= after
  const ref = useRef<SVGSVGElement>(null)
  useReportDrawn(ref, drawn ? [['[data-drawn]', 1]] : null)
  useEffect(() => {
    if (after !== null && renders < after) setTimeout(() => setRenders((r) => r + 1), 5)
  }, [renders, after])
  onRender?.(drawn)
  return (
    <svg ref={ref} width={100} height={50}>
      {drawn ? <path data-drawn="yes" d="M0,0L10,10" /> : null}
    </svg>
  )
}

function stageHarness() {
  const api: { draw?: ReturnType<typeof useExportStage>['draw'] } = {}
  function Harness() {
    const { stage, draw } = useExportStage()
    useEffect(() => {
      api.draw = draw
    }, [draw])
    return <>{stage}</>
  }
  render(<Harness />)
  return (items: StageItem[]) => {
    let pending!: Promise<Map<string, SVGSVGElement>>
    act(() => {
      pending = api.draw!(items)
    })
    return pending
  }
}

describe('the export stage', () => {
  it('hands back a chart only once it has drawn, not when its <svg> first appears', async () => {
    const draw = stageHarness()
    const drawn = await draw([{ key: 'c', node: <SlowChart after={3} />, width: 100, height: 50 }])
    const surface = drawn.get('c')!
    expect(surface.tagName.toLowerCase()).toBe('svg')
    expect(surface.querySelector('[data-drawn="yes"]')).not.toBeNull()
  })

  it('waits for marks that another component draws later, in a commit of its own (as Recharts draws its layers)', async () => {
    function Layered() {
      const ref = useRef<SVGGElement>(null)
      const [late, setLate] = useState(false)
      useReportDrawn(ref, [['[data-band]', 2]])
      return (
        <svg>
          <g ref={ref} />
          <rect data-band="a" />
          <Later onReady={() => setLate(true)} />
          {late ? <rect data-band="b" /> : null}
        </svg>
      )
    }
    function Later({ onReady }: { onReady: () => void }) {
      useEffect(() => void setTimeout(onReady, 20), [onReady])
      return null
    }
    const draw = stageHarness()
    const drawn = await draw([{ key: 'layered', node: <Layered />, width: 100, height: 50 }])
    expect(drawn.get('layered')!.querySelectorAll('[data-band]')).toHaveLength(2)
  })

  it('waits for every chart on the stage', async () => {
    const draw = stageHarness()
    const drawn = await draw([
      { key: 'quick', node: <SlowChart after={0} />, width: 100, height: 50 },
      { key: 'slow', node: <SlowChart after={4} />, width: 100, height: 50 },
    ])
    expect([...drawn.keys()].sort()).toEqual(['quick', 'slow'])
    expect(drawn.get('slow')!.querySelector('[data-drawn="yes"]')).not.toBeNull()
  })

  it('fails when a chart never says it has drawn', async () => {
    vi.useFakeTimers()
    const draw = stageHarness()
    const pending = draw([{ key: 'never', node: <SlowChart after={null} />, width: 100, height: 50 }])
    const failed = expect(pending).rejects.toThrow(/never/)
    await act(async () => {
      vi.advanceTimersByTime(DRAW_TIMEOUT_MS)
    })
    await failed
  })
})
