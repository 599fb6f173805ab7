/**
 * A catalog of messages in both languages. The Chinese sets the type and the English must match it exactly, so a
 * message missing or extra in either language, or taking different arguments, fails the type check
 * (tests/unit/defineMessages.test.ts proves it). Plain objects, no React: any module may import its messages.
 */
import type { Lang } from './format'

export type Catalog<T> = Readonly<Record<Lang, T>>

export function defineMessages<T extends object>(zh: T, en: NoInfer<T>): Catalog<T> {
  return { zh, en }
}
