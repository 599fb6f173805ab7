/**
 * The static shell in index.html is written in Chinese, the default language, with each text's English in `data-en`
 * (no inline script: the CSP allows none). For `?lang=en` the entry module puts the English in as its first act,
 * before the app's code has arrived; the boxes keep their size, so nothing moves.
 */
import { langFrom } from '../lib/view'

export function localizeShell(search: string) {
  if (langFrom(search) !== 'en') return
  document.documentElement.lang = 'en'
  for (const element of document.querySelectorAll<HTMLElement>('#root [data-en]')) {
    element.textContent = element.dataset.en ?? element.textContent
  }
}
