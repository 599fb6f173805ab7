/**
 * useContentView (src/panel/useContentView.ts): a panel keeps its chart while only parts of the view it ignores change;
 * and sameViewExcept (src/lib/view.ts), the comparison it is built on.
 */
import { renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { sameViewExcept } from '../../src/lib/view'
import { useContentView } from '../../src/panel/useContentView'
import type { View } from '../../src/lib/view'

const VIEW: View = {
  lang: 'zh',
  region: '000000',
  category: 'total',
  from: '2024-01',
  to: '2024-08',
  compare: 'mom',
  provinces: 'ranking',
  with: [],
  axis: 'attainment',
}

describe('sameViewExcept', () => {
  it('ignores only the parts named', () => {
    expect(sameViewExcept(VIEW, { ...VIEW, provinces: 'map' }, ['provinces'])).toBe(true)
    expect(sameViewExcept(VIEW, { ...VIEW, provinces: 'map' }, [])).toBe(false)
    for (const patch of [
      { region: '530000' },
      { to: '2024-07' },
      { lang: 'en' as const },
      { compare: 'yoy' as const },
    ]) {
      expect(sameViewExcept(VIEW, { ...VIEW, ...patch }, ['provinces', 'with', 'axis'])).toBe(false)
    }
  })

  it('compares the regions compared by value, in order', () => {
    expect(sameViewExcept({ ...VIEW, with: ['530000'] }, { ...VIEW, with: ['530000'] }, [])).toBe(true)
    expect(sameViewExcept({ ...VIEW, with: ['530000'] }, { ...VIEW, with: ['530000', '110000'] }, [])).toBe(false)
    expect(sameViewExcept({ ...VIEW, with: ['110000', '530000'] }, { ...VIEW, with: ['530000', '110000'] }, [])).toBe(
      false,
    )
  })
})

describe('useContentView', () => {
  it('keeps the view it returned while only ignored parts change, and follows every other change', () => {
    const { result, rerender } = renderHook(
      ({ view }: { view: View | undefined }) => useContentView(view, ['provinces']),
      {
        initialProps: { view: undefined as View | undefined },
      },
    )
    expect(result.current).toBeUndefined()
    rerender({ view: VIEW })
    expect(result.current).toBe(VIEW)
    rerender({ view: { ...VIEW, provinces: 'map' } })
    expect(result.current).toBe(VIEW)
    const moved = { ...VIEW, provinces: 'map' as const, region: '530000' }
    rerender({ view: moved })
    expect(result.current).toBe(moved)
    rerender({ view: undefined })
    expect(result.current).toBeUndefined()
  })
})
