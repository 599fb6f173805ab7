/**
 * The API contract as data, for the two tools that work from it: the OpenAPI generator (scripts/openapi.ts) and the
 * backend conformance checker (scripts/check-backend.ts). The schemas are the app's own (src/api/); what the app
 * keeps outside its schemas — which query parameters each endpoint takes, and which of them an answer must echo — is
 * written down here once. `satisfies Record<Endpoint, …>` makes a new endpoint in ENDPOINTS a type error until it is
 * described, and tests/unit/openapi.test.ts proves the echo lists are the fetchers' own.
 */
import type { GenericSchema } from 'valibot'
import { annotationsSchema } from '../src/api/annotations'
import { channelsSchema } from '../src/api/channels'
import { problemSchema } from '../src/api/client'
import {
  categoryIdSchema,
  localizedSchema,
  monthSchema,
  personsSchema,
  regionIdSchema,
  type Endpoint,
} from '../src/api/common'
import { meSchema } from '../src/api/me'
import { metaSchema } from '../src/api/meta'
import { monitoringSchema } from '../src/api/monitoring'
import { regionsSchema } from '../src/api/regions'
import { regionsSeriesSchema } from '../src/api/regionsSeries'
import { seriesSchema } from '../src/api/series'
import { targetsSchema } from '../src/api/targets'

export type ParameterName = 'region' | 'category' | 'month' | 'from' | 'to'

export interface ParameterSpec {
  name: ParameterName
  description: string
}

export interface EndpointSpec {
  summary: string
  description: string
  parameters: readonly ParameterSpec[]
  /** the schema the dashboard validates a 200 answer against */
  response: GenericSchema
  /** its name under components.schemas */
  responseName: string
  /** parameters the answer must repeat exactly as they were asked (src/api/client.ts, apiGet's `echo`) */
  echo: readonly ParameterName[]
}

/** One schema per parameter name: the same pieces the answers are validated with. */
export const PARAMETER_SCHEMAS: Record<ParameterName, GenericSchema> = {
  region: regionIdSchema,
  category: categoryIdSchema,
  month: monthSchema,
  from: monthSchema,
  to: monthSchema,
}

const region: ParameterSpec = {
  name: 'region',
  description: 'A region id from `/meta` `regions[].id`: the national id (`nationalId`) or a province (GB/T 2260).',
}
const category: ParameterSpec = { name: 'category', description: 'A category id (`/meta` `categories[].id`).' }
const month: ParameterSpec = { name: 'month', description: 'A month of the data (`/meta` `months`), as YYYY-MM.' }
const from: ParameterSpec = { name: 'from', description: 'First month of the period (a month of `/meta` `months`).' }
const to: ParameterSpec = {
  name: 'to',
  description: 'Last month of the period (a month of `/meta` `months`, not before `from`).',
}

export const CONTRACT = {
  me: {
    summary: 'Who is signed in, and the regions they may see',
    description:
      'The signed-in user (from the session; no parameters): an id, a display name, the role, and the regions in ' +
      'scope, listed in full (a national user lists the national id and every province; a provincial office its ' +
      'province). The dashboard offers only these regions and opens on the national id when it is in scope, else ' +
      'on the first region. Every data endpoint answers 403 problem+json for a region outside the scope, and the ' +
      'answers that list regions (`/regions`, `/regions/series`, `/monitoring`) list only those in scope. 401 when ' +
      'there is no valid session.',
    parameters: [],
    response: meSchema,
    responseName: 'Me',
    echo: [],
  },
  meta: {
    summary: 'What the data holds',
    description:
      'Regions (the national one, `nationalId`, and the provinces), categories with their parent, whether they ' +
      'have an annual target and which regions report them, the months of the data in order with no gap, the ' +
      'as-of month, the source line, and whether the data is synthetic demo data.',
    parameters: [],
    response: metaSchema,
    responseName: 'Meta',
    echo: [],
  },
  series: {
    summary: 'A region’s monthly values of one category over a period',
    description:
      'One point per month from `from` to `to`, in order, with the same month a year earlier and the annual ' +
      'target of the month’s year. A region that does not report the category (not in its `coverage`) answers ' +
      'an empty `points` list.',
    parameters: [region, category, from, to],
    response: seriesSchema,
    responseName: 'Series',
    echo: ['region', 'category'],
  },
  targets: {
    summary: 'A region’s categories with an annual target, for one month',
    description:
      'One item per category that has an annual target (`hasTarget`) and that the region reports: the month’s ' +
      'value, the target, the previous month and the same month a year earlier.',
    parameters: [region, month],
    response: targetsSchema,
    responseName: 'Targets',
    echo: ['region', 'month'],
  },
  regions: {
    summary: 'Every province’s value of one category, for one month',
    description:
      'The provinces that report the category (never the national figure), each once; they add up to the ' +
      'national figure of that category and month.',
    parameters: [category, month],
    response: regionsSchema,
    responseName: 'Regions',
    echo: ['category', 'month'],
  },
  'regions/series': {
    summary: 'Every province’s monthly values of one category over a period, in one answer',
    description:
      'One item per province that reports the category (never the national figure), each once, with one point ' +
      'per month from `from` to `to` in order and the annual target of the month’s year; a month the province has ' +
      'not yet reported is left out of its points and named in its `notReported`. For the small multiples.',
    parameters: [category, from, to],
    response: regionsSeriesSchema,
    responseName: 'RegionsSeries',
    echo: ['category', 'from', 'to'],
  },
  channels: {
    summary: 'Where a region’s workers work, for one month',
    description:
      '`out_of_province`, `in_province` and `in_county` (which add up to `total`), and `public_posts` and ' +
      '`workshops` (parts of `in_county`), each for the categories the region reports.',
    parameters: [region, month],
    response: channelsSchema,
    responseName: 'Channels',
    echo: ['region', 'month'],
  },
  annotations: {
    summary: 'Programme periods to mark on the trend',
    description: 'The programme periods (春风行动, 百日千万招聘) that overlap the period from `from` to `to`.',
    parameters: [from, to],
    response: annotationsSchema,
    responseName: 'Annotations',
    echo: [],
  },
  monitoring: {
    summary: 'Every category’s figures for every region, over a month and the twelve before it',
    description:
      'What the attention rules (需要关注) look at, in one answer: for each category and each region that reports ' +
      'it (the national figure included), one value per month of `months` (the month and the twelve before it, ' +
      'fewer at the start of the data), null where the report has not been received, and the annual target.',
    parameters: [month],
    response: monitoringSchema,
    responseName: 'Monitoring',
    echo: ['month'],
  },
} as const satisfies Record<Endpoint, EndpointSpec>

/** The error body of every answer that is not 2xx: application/problem+json (RFC 9457). */
export const PROBLEM = { schema: problemSchema, name: 'Problem' }

/** Shared pieces named in the document, so a generated client gets one type for each. */
export const SHARED_SCHEMAS: Record<string, GenericSchema> = {
  Month: monthSchema,
  RegionId: regionIdSchema,
  CategoryId: categoryIdSchema,
  Persons: personsSchema,
  Localized: localizedSchema,
}
