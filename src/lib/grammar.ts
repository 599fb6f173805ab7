/** The grammar generated sentences share: lists, counts in words, a place in an English sentence. */
import type { Place } from './names'

const EN_NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/** Whole numbers below ten in words, as English prose writes them: 7 → "seven", 14 → "14". */
export function enCount(n: number): string {
  return n >= 0 && n < 10 ? EN_NUMBER_WORDS[n] : String(n)
}

/** A sentence's first letter upper case (English; Chinese is left as it is). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** 「甲、乙和丙」 */
export function zhList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`
}

/** "a, b and c" */
export function enList(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

/** "nationwide" or "in Yunnan": a region in an English sentence, never "in National". */
export function enWhere(place: Place): string {
  return place.national ? 'nationwide' : `in ${place.name}`
}

/** "14 of the 25 provinces", "all three", "both", "neither of the two", "none of the 25". */
export function enOfTotal(count: number, total: number, noun: string, verb: { met: string; notYet: string }): string {
  if (total === 2) {
    if (count === 2) return `both ${noun} ${verb.met}`
    if (count === 0) return `neither of the two ${noun} ${verb.notYet}`
  }
  if (count === total) return `all ${enCount(total)} ${noun} ${verb.met}`
  if (count === 0) return `none of the ${enCount(total)} ${noun} ${verb.notYet}`
  return `${enCount(count)} of the ${enCount(total)} ${noun} ${verb.met}`
}
