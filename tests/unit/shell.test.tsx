/**
 * The static shell of index.html is what the app renders while /meta loads (app/PageSkeleton.tsx), box for box, so
 * that React replaces it in place without moving anything; its English (data-en, put in by the entry module for
 * ?lang=en) is the app's; and with JavaScript off it says, in both languages, that the dashboard needs it.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PageSkeleton } from '../../src/app/PageSkeleton'
import { localizeShell } from '../../src/app/shell'
import { messages } from '../../src/app/messages'

const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8')

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
