/**
 * defineMessages (src/lib/defineMessages.ts) and the catalogs built with it. The Chinese sets a catalog's type and the
 * English must match it exactly: a message missing or extra in either language, or taking other arguments, is a
 * compile error. The `@ts-expect-error` lines below prove it: were the typing loosened, they would be unused and
 * `npm run typecheck` (which covers tests/) would fail.
 */
import { describe, expect, expectTypeOf, it } from 'vitest'
import { defineMessages } from '../../src/lib/defineMessages'

describe('defineMessages', () => {
  it('takes the same messages, with the same arguments, in both languages', () => {
    const catalog = defineMessages(
      { title: '标题', count: (n: number) => `${n}项` },
      { title: 'Title', count: (n) => `${n} items` },
    )
    expectTypeOf(catalog.en).toEqualTypeOf(catalog.zh)
    expectTypeOf(catalog.en.count).parameters.toEqualTypeOf<[number]>()
    expect(catalog.en.count(3)).toBe('3 items')
  })

  it('refuses a message missing, extra or taking other arguments in either language (type errors)', () => {
    const zh = { title: '标题', count: (n: number) => `${n}项` }
    // @ts-expect-error `count` missing in English
    defineMessages(zh, { title: 'Title' })
    defineMessages(zh, {
      title: 'Title',
      count: (n) => `${n} items`,
      // @ts-expect-error `subtitle` only in English (missing in Chinese)
      subtitle: 'Subtitle',
    })
    defineMessages(zh, {
      title: 'Title',
      // @ts-expect-error takes a string where the Chinese takes a number
      count: (n: string) => n,
    })
    defineMessages(zh, {
      title: 'Title',
      // @ts-expect-error takes an argument the Chinese does not give
      count: (n: number, unit: string) => `${n} ${unit}`,
    })
    defineMessages(zh, {
      // @ts-expect-error a function where the Chinese has a string
      title: () => 'Title',
      count: (n) => `${n} items`,
    })
  })
})
