/**
 * The page shell (app/PageShell.tsx, app/shell.ts and the page-shell plugin in vite.config.ts): index.html holds a
 * placeholder, and the build renders PageSkeleton's shell into it, so the static page is what the app renders while
 * /meta loads, box for box, and React replaces it in place without moving anything; its English (data-en, put in by
 * the entry module for ?lang=en) is the app's; and with JavaScript off it says, in both languages, that the dashboard
 * needs it, with no inline script or style (CSP).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import type { IndexHtmlTransformHook } from 'vite'
import { beforeAll, describe, expect, it } from 'vitest'
import { PageSkeleton } from '../../src/app/PageSkeleton'
import { messages } from '../../src/app/messages'
import { localizeShell } from '../../src/app/shell'
import { PAGE_SHELL, pageShell } from '../../vite.config'

const source = readFileSync(join(process.cwd(), 'index.html'), 'utf8')
/** index.html as the build writes it: the plugin's own transform, loading PageSkeleton as the build does. */
let html: string

beforeAll(async () => {
  const { transformIndexHtml } = pageShell()
  const transform = (typeof transformIndexHtml === 'object' ? transformIndexHtml.handler : transformIndexHtml) as
    IndexHtmlTransformHook | undefined
  html = (await transform!.call({} as never, source, { path: '/index.html', filename: 'index.html' })) as string
}, 30_000)

function shellRoot(): HTMLElement {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  return doc.getElementById('root')!
}

/** Elements, classes, attributes and text, with white space between tags and the shell-only attributes left out. */
function normalized(root: Element): string {
  const copy = root.cloneNode(true) as Element
  copy.querySelectorAll('noscript').forEach((n) => n.remove())
  copy.querySelectorAll('[data-en]').forEach((n) => n.removeAttribute('data-en'))
  const walker = copy.ownerDocument.createTreeWalker(copy, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT)
  const drop: ChildNode[] = []
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.COMMENT_NODE || !node.textContent!.replace(/[ \n\t\r]/g, ''))
      drop.push(node as ChildNode)
    else node.textContent = node.textContent!.trim()
  }
  drop.forEach((n) => n.remove())
  return copy.innerHTML
}

describe('the page shell', () => {
  it('is not written in index.html: its #root holds only the placeholder the build fills', () => {
    expect(source.split(PAGE_SHELL)).toHaveLength(2)
    expect(source).toMatch(new RegExp(`<div id="root">${PAGE_SHELL}</div>`))
    expect(html).not.toContain(PAGE_SHELL)
  })

  it('is the markup the app renders while /meta loads, in Chinese', () => {
    const rendered = document.createElement('div')
    rendered.innerHTML = renderToStaticMarkup(<PageSkeleton lang="zh" />)
    expect(normalized(shellRoot())).toBe(normalized(rendered))
  })

  it('carries the app’s English, and the entry module puts it in for ?lang=en', () => {
    document.body.innerHTML = shellRoot().outerHTML
    localizeShell('?lang=en')
    expect(document.documentElement.lang).toBe('en')
    const rendered = document.createElement('div')
    rendered.innerHTML = renderToStaticMarkup(<PageSkeleton lang="en" />)
    expect(normalized(document.getElementById('root')!)).toBe(normalized(rendered))
    expect(document.querySelector('h1')).toHaveTextContent(messages.en.appTitle)
    document.documentElement.lang = 'zh-CN'
    document.body.innerHTML = ''
  })

  it('says in both languages that the dashboard needs JavaScript, and runs no inline script (CSP)', () => {
    const noscript = [...html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]).join('\n')
    expect(noscript).toMatch(/本看板需要 JavaScript/)
    expect(noscript).toMatch(/This dashboard needs JavaScript/)
    expect([...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)]).toHaveLength(0)
    expect(html).not.toMatch(/\sstyle=/)
  })
})
