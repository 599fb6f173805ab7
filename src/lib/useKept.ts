import { useState } from 'react'

/**
 * The latest value, or while the next one is on its way (`value` undefined) the last one there was: a panel keeps
 * what it showed, marked as updating, instead of dropping its chart for a skeleton on every filter change.
 * `value` must keep its identity between renders while it is unchanged (memoize it).
 */
export function useKept<T>(value: T | undefined): { value: T | undefined; updating: boolean } {
  const [kept, setKept] = useState(value)
  if (value !== undefined && value !== kept) setKept(value)
  return value !== undefined ? { value, updating: false } : { value: kept, updating: kept !== undefined }
}
