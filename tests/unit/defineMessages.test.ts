/**
 * defineMessages (src/lib/defineMessages.ts) and the catalogs built with it. The Chinese sets a catalog's type and the
 * English must match it exactly: a message missing or extra in either language, or taking other arguments, is a
 * compile error. The `@ts-expect-error` lines below prove it: were the typing loosened, they would be unused and
 * `npm run typecheck` (which covers tests/) would fail. At run time: every catalog has the same messages in both
 * languages, each message is defined in one catalog only (the others spread it in), and no catalog loads React.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { defineMessages } from '../../src/lib/defineMessages'
import { catalogs } from '../fixtures/messages'

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

type AnyCatalog = { zh: Record<string, unknown>; en: Record<string, unknown> }
const named = Object.entries(catalogs as Record<string, AnyCatalog>)

describe('the catalogs', () => {
  it.each(named)('%s has the same messages in both languages', (_, catalog) => {
    expect(Object.keys(catalog.en).sort()).toEqual(Object.keys(catalog.zh).sort())
    for (const key of Object.keys(catalog.zh)) expect(typeof catalog.en[key], key).toBe(typeof catalog.zh[key])
  })

  it('define each message once: a catalog that has another’s message spread it in, unchanged', () => {
    for (const lang of ['zh', 'en'] as const) {
      const first = new Map<string, unknown>()
      for (const [, catalog] of named)
        for (const [key, message] of Object.entries(catalog[lang])) {
          if (first.has(key)) expect(message, key).toBe(first.get(key))
          else first.set(key, message)
        }
    }
  })

  it('load no React, so that any module may import its messages', () => {
    const src = join(process.cwd(), 'src')
    const catalogFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? catalogFiles(join(dir, entry.name))
          : // a folder's catalog, or one loaded apart from it (kpis/documentMessages.ts)
            entry.name === 'messages.ts' || (entry.name.endsWith('Messages.ts') && entry.name !== 'defineMessages.ts')
            ? [join(dir, entry.name)]
            : [],
      )
    const files = catalogFiles(src)
    expect(files.length).toBeGreaterThanOrEqual(Object.keys(catalogs).length)
    // every module a catalog loads at run time (type-only imports are erased)
    const loaded = new Set<string>()
    const visit = (file: string) => {
      if (loaded.has(file)) return
      loaded.add(file)
      if (!file.startsWith(src)) return
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022)
      for (const statement of source.statements) {
        if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue
        if (!statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue
        const clause = ts.isImportDeclaration(statement) ? statement.importClause : undefined
        const typeOnly = ts.isImportDeclaration(statement)
          ? clause?.isTypeOnly ||
            (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
              ? clause.namedBindings.elements.every((e) => e.isTypeOnly)
              : false)
          : statement.isTypeOnly
        if (typeOnly) continue
        const specifier = statement.moduleSpecifier.text
        if (!specifier.startsWith('.')) {
          loaded.add(specifier)
          continue
        }
        const base = resolve(dirname(file), specifier)
        const found = ['.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => ts.sys.fileExists(f))
        visit(found ?? base)
      }
    }
    files.forEach(visit)
    const modules = [...loaded].map((f) => (f.startsWith('/') ? relative(process.cwd(), f) : f))
    expect(modules).toContain('src/lib/defineMessages.ts')
    expect(modules.filter((m) => !m.startsWith('src/'))).toEqual([])
    expect(modules.filter((m) => /LangContext|\.tsx$/.test(m))).toEqual([])
  })
})
