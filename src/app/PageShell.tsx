/**
 * index.html's page shell: the page before its data (PageSkeleton) as static markup, rendered into index.html when the
 * page is built (the page-shell plugin in vite.config.ts), never part of the app's code. In Chinese, the default, with
 * each text's English in data-en, which the entry module puts in for ?lang=en (app/shell.ts: the CSP allows no inline
 * script); and, with JavaScript off, what the page needs in both languages at once, since it cannot read ?lang then.
 */
import { PageSkeleton } from './PageSkeleton'

export function PageShell() {
  return (
    <PageSkeleton
      lang="zh"
      shell={{
        noscript: (
          <noscript>
            <div className="panel-message panel-error shell-noscript">
              <p lang="zh-CN">本看板需要 JavaScript：请在浏览器中启用 JavaScript，然后刷新页面。</p>
              <p lang="en">
                This dashboard needs JavaScript: please enable JavaScript in your browser, then reload the page.
              </p>
            </div>
          </noscript>
        ),
      }}
    />
  )
}
