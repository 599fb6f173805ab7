/**
 * docs/openapi.json, generated from the schemas the dashboard validates every answer with (src/api/, Valibot) by the
 * official converter (@valibot/to-json-schema), with examples answered by the mock backend from the demo data set.
 *   npm run openapi            writes docs/openapi.json
 *   npm run openapi -- --check exits 1 when docs/openapi.json is not what the schemas generate
 * tests/unit/openapi.test.ts fails when the committed document is stale; `npm run lint:openapi` lints it (Redocly).
 *
 * What JSON Schema cannot say is said in words: the echo rule, the data's invariants, and every custom check
 * (`v.check`, `v.checkItems`), which the converter cannot express: such an action is written into the schema's
 * `description` as "also checked: <its message>" instead of failing the conversion or vanishing silently. Any other
 * action the converter does not know fails the generation (errorMode "throw"), so nothing is dropped unseen.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { toJsonSchema, type ConversionConfig } from '@valibot/to-json-schema'
import { getResponse } from 'msw'
import type { GenericSchema } from 'valibot'
import { ENDPOINTS, type Endpoint } from '../src/api/common'
import { dataSet, NATIONAL_ID } from '../mocks/data/dataset'
import { handlers } from '../mocks/handlers'
import {
  CONTRACT,
  PARAMETER_SCHEMAS,
  PROBLEM,
  SHARED_SCHEMAS,
  type ParameterName,
  type ParameterSpec,
} from './contract'

export const OPENAPI_PATH = join(dirname(fileURLToPath(import.meta.url)), '../docs/openapi.json')

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type JsonObject = { [key: string]: Json }

/** Valibot actions that carry a message but no JSON Schema keyword: described instead of dropped. */
const DESCRIBED_ACTIONS = new Set(['check', 'check_items', 'partial_check', 'raw_check'])

const sharedByIdentity = new Map<GenericSchema, string>(
  Object.entries(SHARED_SCHEMAS).map(([name, schema]) => [schema, name]),
)

/** Without `definitions`: each shared piece is converted with the others as its definitions. */
const baseConversion: ConversionConfig = {
  target: 'draft-2020-12',
  errorMode: 'throw',
  overrideRef: ({ referenceId }) => `#/components/schemas/${referenceId}`,
  overrideAction: ({ valibotAction, jsonSchema }) => {
    if (!DESCRIBED_ACTIONS.has(valibotAction.type)) return undefined
    const message = (valibotAction as { message?: unknown }).message
    const said = typeof message === 'string' ? message : `a custom ${valibotAction.type} (see src/api/)`
    const description = [jsonSchema.description, `Also checked by the dashboard: ${said}.`].filter(Boolean).join(' ')
    return { ...jsonSchema, description }
  },
}
const conversion: ConversionConfig = { ...baseConversion, definitions: SHARED_SCHEMAS }

/** A schema as the document holds it: no `$schema` (the document's dialect applies), no empty `required`. */
export function convertSchema(schema: GenericSchema): JsonObject {
  return tidy(toJsonSchema(schema, conversion)) as JsonObject
}

function tidy(node: unknown): Json {
  if (Array.isArray(node)) return node.map(tidy)
  if (node === null || typeof node !== 'object') return node as Json
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '$schema' || key === '$defs') continue
    if (key === 'required' && Array.isArray(value) && value.length === 0) continue
    out[key] = tidy(value)
  }
  return out
}

/** A shared piece converted on its own (its own definition would otherwise convert to a reference to itself). */
function convertShared(name: string, schema: GenericSchema): JsonObject {
  const others = Object.fromEntries(Object.entries(SHARED_SCHEMAS).filter(([other]) => other !== name))
  return tidy(toJsonSchema(schema, { ...baseConversion, definitions: others })) as JsonObject
}

/** What the mock backend answers for a request: status, content type and JSON body. */
async function mockAnswer(path: string, query: Record<string, string> = {}) {
  const url = new URL(`http://mock.invalid/api/v1/${path}`)
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value)
  const response = await getResponse(handlers, new Request(url))
  if (!response) throw new Error(`the mock backend does not answer ${url}`)
  return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Json }
}

const AS_OF = dataSet.asOf
const YEAR_START = `${AS_OF.slice(0, 4)}-01`
const GUIZHOU = '520000'

/** The example requests: the dashboard's first view (national, total, January to the as-of month). */
const EXAMPLE_QUERIES: Record<Endpoint, Partial<Record<ParameterName, string>>> = {
  me: {},
  meta: {},
  series: { region: NATIONAL_ID, category: 'total', from: YEAR_START, to: AS_OF },
  targets: { region: NATIONAL_ID, month: AS_OF },
  regions: { category: 'total', month: AS_OF },
  // two months, so the example stays readable
  'regions/series': { category: 'key_county', from: '2024-07', to: AS_OF },
  channels: { region: GUIZHOU, month: AS_OF },
  annotations: { from: YEAR_START, to: AS_OF },
  // the first month of the data: one month of values per row, so the example stays readable
  monitoring: { month: dataSet.months[0] },
}

const problemResponse = (description: string, example?: Json): JsonObject => ({
  description,
  content: {
    'application/problem+json': {
      schema: { $ref: `#/components/schemas/${PROBLEM.name}` },
      ...(example === undefined ? {} : { example }),
    },
  },
})

const API_DESCRIPTION = [
  'The API behind 就业帮扶监测看板 (Employment Assistance Monitor). Generated from the schemas the dashboard ' +
    'validates every answer with (`src/api/`, Valibot) by `npm run openapi`; do not edit by hand. The examples are ' +
    'the mock backend’s answers for the demo data.',
  '',
  '**Numbers.** Persons are whole numbers (not 万); months are `YYYY-MM`; regions are GB/T 2260 six-digit codes. ' +
    'Attainment, month-on-month and year-on-year changes and growth streaks are not in the API: the dashboard ' +
    'computes them.',
  '',
  '**Echo.** `series`, `targets`, `regions` and `channels` repeat the parameters they were asked for (listed in ' +
    'each answer’s description); an answer about another region, category or month is refused as data in an ' +
    'unexpected format.',
  '',
  '**What the data must keep** (checked by `npm run check:backend`, not expressible in JSON Schema): the ' +
    'provinces of `/regions` add up to the national figure of each category and month, and their targets to the ' +
    'national target; per region and month the three channels add up to the total, every category is at most its ' +
    'parent (`/meta` `categories[].parent`), and `public_posts` + `workshops` is at most `in_county`; `/meta` ' +
    '`months` are in order with no gap and end at `asOf`; a series has every month of its period, in order; the ' +
    'same figure is the same number in every endpoint; `/regions` names each province of `/meta` at most once. ' +
    'What one answer shows alone, the dashboard checks too and refuses, naming the month or figure: a series ' +
    'month missing, repeated or out of order, `/meta` months likewise or `asOf` not the last, channels that do not ' +
    'add up to the total, and a figure a thousand times off the month before, the year before or its target ' +
    '(persons sent in 万).',
  '',
  '**Errors** are `application/problem+json` (RFC 9457). A bad parameter (unknown region or category, a malformed ' +
    'month, a month outside the data, `to` before `from`, a missing or repeated parameter) is a 400 whose `detail` ' +
    'names the parameter. 401 sends the user to sign in again; 403 says they may not see that region.',
  '',
  '**Sign-in** is the deployment’s: the dashboard sends no credential of its own (a sign-in gateway or a ' +
    'session cookie on its origin does), so the document declares no security scheme (`security: []`). Without a ' +
    'session the API answers 401; for a region outside the user’s scope, 403. `/me` says who is signed in and ' +
    'which regions they may see; the answers that list regions list only those.',
  '',
  '**CORS.** A dashboard served from another origin needs `Access-Control-Allow-Origin` on every answer, errors ' +
    'included; one proxied under the same origin (`/api/`) needs none.',
].join('\n')

export async function buildOpenApi(): Promise<JsonObject> {
  const paths: JsonObject = {}
  const parameters: JsonObject = {}

  for (const endpoint of ENDPOINTS) {
    const spec = CONTRACT[endpoint]
    for (const p of spec.parameters) {
      parameters[p.name] ??= {
        name: p.name,
        in: 'query',
        required: true,
        description: p.description,
        schema: { $ref: `#/components/schemas/${sharedByIdentity.get(PARAMETER_SCHEMAS[p.name])}` },
      }
    }
    const query = Object.fromEntries(
      Object.entries(EXAMPLE_QUERIES[endpoint]).filter((entry): entry is [string, string] => entry[1] !== undefined),
    )
    const ok = await mockAnswer(endpoint, query)
    if (ok.status !== 200) throw new Error(`the mock backend answered ${ok.status} to the /${endpoint} example`)
    const echo =
      spec.echo.length > 0
        ? ` The answer repeats ${spec.echo.map((name) => `\`${name}\``).join(' and ')} exactly as asked.`
        : ''

    const responses: JsonObject = {
      '200': {
        description: `${spec.summary}.${echo}`,
        content: {
          'application/json': {
            schema: { $ref: `#/components/schemas/${spec.responseName}` },
            example: ok.body,
          },
        },
      },
    }
    const first = spec.parameters[0] as ParameterSpec | undefined
    if (first) {
      const bad = await mockAnswer(endpoint, { ...query, [first.name]: 'x' })
      if (bad.status !== 400) throw new Error(`the mock backend answered ${bad.status} to a bad /${endpoint} request`)
      responses['400'] = problemResponse('A parameter is missing, repeated, malformed or unknown.', bad.body)
    }
    responses['401'] = { $ref: '#/components/responses/Unauthorized' }
    responses['403'] = { $ref: '#/components/responses/Forbidden' }
    responses['404'] = { $ref: '#/components/responses/NotFound' }
    responses['500'] = { $ref: '#/components/responses/ServerError' }
    responses['503'] = { $ref: '#/components/responses/Unavailable' }

    paths[`/api/v1/${endpoint}`] = {
      get: {
        operationId: endpoint,
        tags: ['data'],
        summary: spec.summary,
        description: spec.description,
        parameters: spec.parameters.map((p) => ({ $ref: `#/components/parameters/${p.name}` })),
        responses,
      },
    }
  }

  const schemas: JsonObject = {}
  for (const [name, schema] of Object.entries(SHARED_SCHEMAS)) schemas[name] = convertShared(name, schema)
  for (const endpoint of ENDPOINTS)
    schemas[CONTRACT[endpoint].responseName] = convertSchema(CONTRACT[endpoint].response)
  schemas[PROBLEM.name] = {
    ...convertSchema(PROBLEM.schema),
    description:
      'An error (RFC 9457). `status` repeats the HTTP status; `detail` says what was wrong, naming the parameter ' +
      'of a 400; `code`, optional, is the backend’s own error code. The dashboard reads the body when it is one, ' +
      'and shows its own message in the user’s language with `detail` and `code` under it (as text, cut short).',
  }

  return {
    openapi: '3.1.0',
    info: {
      title: '就业帮扶监测看板 API (Employment Assistance Monitor)',
      version: '1.0.0',
      description: API_DESCRIPTION,
      license: { name: 'Internal use only', identifier: 'LicenseRef-Internal' },
    },
    servers: [{ url: 'http://127.0.0.1:8787', description: 'The mock backend: `npm run mock:api -- --port 8787`' }],
    tags: [{ name: 'data', description: 'Read-only monitoring data' }],
    security: [],
    paths,
    components: {
      schemas,
      parameters,
      responses: {
        Unauthorized: problemResponse('Not signed in, or the session expired: the dashboard offers to sign in again.', {
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'the session has expired',
        }),
        Forbidden: problemResponse('The signed-in user may not see this region.', {
          type: 'about:blank',
          title: 'Forbidden',
          status: 403,
          detail: 'no permission for region 520000',
        }),
        NotFound: problemResponse(
          'No such resource: a base URL that is not the API, or a version this server does not have.',
          (await mockAnswer('nothing-here')).body,
        ),
        ServerError: problemResponse('The server failed; the dashboard retries twice, then says so.'),
        Unavailable: problemResponse('The server is overloaded or in maintenance; the dashboard retries twice.'),
      },
    },
  }
}

/** The document as written to disk: two-space JSON and a final newline. */
export async function renderOpenApi(): Promise<string> {
  return `${JSON.stringify(await buildOpenApi(), null, 2)}\n`
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (runDirectly) {
  const text = await renderOpenApi()
  if (process.argv.includes('--check')) {
    const current = readFileSync(OPENAPI_PATH, 'utf8')
    if (current !== text) {
      console.error('docs/openapi.json is not what the schemas generate: run `npm run openapi` and commit it.')
      process.exit(1)
    }
    console.log('docs/openapi.json is up to date')
  } else {
    writeFileSync(OPENAPI_PATH, text)
    console.log(`wrote ${OPENAPI_PATH}`)
  }
}
