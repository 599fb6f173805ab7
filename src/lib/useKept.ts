import { useState } from 'react'

/**
 * The latest value, or while the next one is on its way (`value` undefined) the last one there was: a panel keeps
 * what it showed, marked as updating, instead of dropping its chart for a skeleton on every filter change. With
 * `forget` (an error is shown instead) the last value is dropped, so that it never comes back after a retry.
 * `value` must keep its identity between renders while it is unchanged (memoize it).
 */
export function useKept<T>(value: T | undefined, forget = false): { value: T | undefined; updating: boolean } {
  const [kept, setKept] = useState(value)
  const next = value ?? (forget ? undefined : kept)
  if (next !== kept) setKept(next)
  return { value: next, updating: value === undefined && next !== undefined }
}
