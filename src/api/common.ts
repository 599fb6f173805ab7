/** Schema pieces shared by the resources. */
import * as v from 'valibot'

/** A month as YYYY-MM: the one pattern for the API, the URL and the mock backend. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/
export const monthSchema = v.pipe(v.string(), v.regex(MONTH_PATTERN, 'a month as YYYY-MM'))
export type Month = v.InferOutput<typeof monthSchema>

/** A count of persons: a whole, non-negative, finite number (strings, NaN and negatives are rejected). */
export const personsSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_000_000_000))

/**
 * How many provinces have not yet reported a national figure (an aggregate of the reports received, so incomplete;
 * facts.md invariant 8). Absent on a complete figure and on a province's own figures.
 */
export const missingReportsSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000))

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

/** The three channels of /channels, which add up to the region's total… */
export const CHANNEL_IDS = ['out_of_province', 'in_province', 'in_county'] as const
/** …and the two parts of in_county it also answers. */
export const IN_COUNTY_PART_IDS = ['public_posts', 'workshops'] as const

/** The endpoints of the API contract (README, "API contract"), under /api/v1. */
export const ENDPOINTS = [
  'me',
  'meta',
  'series',
  'targets',
  'regions',
  'regions/series',
  'channels',
  'annotations',
  'monitoring',
] as const
export type Endpoint = (typeof ENDPOINTS)[number]
export type CategoryId = v.InferOutput<typeof categoryIdSchema>

const text = v.pipe(v.string(), v.maxLength(500))
export const localizedSchema = v.object({ zh: text, en: text })
export type Localized = v.InferOutput<typeof localizedSchema>

/** An array with an upper bound, so a runaway answer is refused rather than drawn. */
export const list = <T extends v.GenericSchema>(item: T, max: number) => v.pipe(v.array(item), v.maxLength(max))
