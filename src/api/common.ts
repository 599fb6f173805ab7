/** Schema pieces shared by the resources. */
import * as v from 'valibot'

export const monthSchema = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'))
export type Month = v.InferOutput<typeof monthSchema>

/** A count of persons: a whole, non-negative, finite number (strings, NaN and negatives are rejected). */
export const personsSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_000_000_000))

export const regionIdSchema = v.pipe(v.string(), v.regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'))

export const CATEGORY_IDS = [
  'total',
  'key_county',
  'relocated',
  'out_of_province',
  'in_province',
  'in_county',
  'public_posts',
  'workshops',
] as const
export const categoryIdSchema = v.picklist(CATEGORY_IDS)
export type CategoryId = v.InferOutput<typeof categoryIdSchema>

const text = v.pipe(v.string(), v.maxLength(500))
export const localizedSchema = v.object({ zh: text, en: text })
export type Localized = v.InferOutput<typeof localizedSchema>

/** An array with an upper bound, so a runaway answer is refused rather than drawn. */
export const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max))
