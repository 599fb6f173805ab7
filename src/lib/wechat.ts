/**
 * WeChat's built-in browser (its user agent says `MicroMessenger`, on Android a Chromium, on iOS a WebKit) drops file
 * downloads without a word: a link to a blob does nothing. Controls that download a file ask this first and, inside
 * WeChat, say how to open the page in the system browser instead of making a file no one receives.
 */
export function isWeChat(userAgent: string = typeof navigator === 'undefined' ? '' : navigator.userAgent): boolean {
  return /MicroMessenger/i.test(userAgent)
}
