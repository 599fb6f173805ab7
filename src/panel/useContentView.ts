import { useState } from 'react'
import { sameViewExcept, type View, type ViewParam } from '../lib/view'

/**
 * The view a panel's content is built from: `view`, or the one it last returned while the two differ only in parts
 * the panel does not show (`ignored`: the Regions tab for the trend, say). Memoizing the content on it keeps the
 * chart as it is when another panel's part of the address changes, instead of drawing it again with the same numbers.
 */
export function useContentView(view: View | undefined, ignored: readonly ViewParam[]): View | undefined {
  const [kept, setKept] = useState(view)
  const next = view && kept && sameViewExcept(view, kept, ignored) ? kept : view
  if (next !== kept) setKept(next)
  return next
}
