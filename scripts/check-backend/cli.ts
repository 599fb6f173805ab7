/** The checker's command line: options, a progress line on a terminal, the report, the exit status. */
import { checkBackend, DEFAULT_ORIGIN, DEFAULTS, type CheckOptions } from './checker'
import { closeConnections } from './http'
import { renderText, type Report } from './report'

export const USAGE = `Usage: npm run check:backend -- --base-url URL [options]

Checks a backend against the dashboard's API contract (docs/openapi.json) and reports what the dashboard would
refuse or show wrongly. Exit status: 0 all passed, 1 a violation (or the check could not finish), 2 a usage error.

  --base-url URL        the backend, without /api/v1 (e.g. https://jyfb-api.example.gov.cn)
  --json                print the report as JSON instead of text
  --max-requests N      request budget (default ${DEFAULTS.maxRequests})
  --time-limit S        stop after S seconds (default ${DEFAULTS.timeLimitS})
  --timeout-ms N        one answer may take this long, as in the dashboard's VITE_API_TIMEOUT_MS (default ${DEFAULTS.requestTimeoutMs})
  --slow-ms N           answers slower than this are a warning (default ${DEFAULTS.slowMs})
  --max-body-bytes N    a larger body is a violation (default ${DEFAULTS.maxBodyBytes})
  --origin URL          the dashboard's origin: CORS for it is then required (default: reported for ${DEFAULT_ORIGIN})
  --concurrency N       requests at a time (default ${DEFAULTS.concurrency})
  --months N            how many months /targets, /regions and /channels are asked about (default ${DEFAULTS.months})
`

class UsageError extends Error {}

export function parseArgs(argv: string[]): (CheckOptions & { json: boolean }) | 'help' {
  const options: CheckOptions & { json: boolean } = { baseUrl: '', json: false, ...DEFAULTS }
  const numbers: Record<string, keyof typeof DEFAULTS> = {
    '--max-requests': 'maxRequests',
    '--time-limit': 'timeLimitS',
    '--timeout-ms': 'requestTimeoutMs',
    '--slow-ms': 'slowMs',
    '--max-body-bytes': 'maxBodyBytes',
    '--concurrency': 'concurrency',
    '--months': 'months',
  }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2)
    const value = () => {
      const v = inline ?? argv[++i]
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`)
      return v
    }
    if (flag === '--help' || flag === '-h') return 'help'
    else if (flag === '--json') options.json = true
    else if (flag === '--base-url') options.baseUrl = value()
    else if (flag === '--origin') options.origin = value()
    else if (flag in numbers) {
      const n = Number(value())
      if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number`)
      options[numbers[flag]] = n
    } else throw new UsageError(`unknown option ${argv[i]}`)
  }
  if (!options.baseUrl) throw new UsageError('--base-url is required')
  for (const [name, url] of [
    ['--base-url', options.baseUrl],
    ['--origin', options.origin],
  ] as const) {
    if (url === undefined) continue
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      throw new UsageError(`${name} must be an absolute http(s) URL, got ${url}`)
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new UsageError(`${name} must be an http(s) URL, got ${url}`)
    }
  }
  if (/\/api\/v1\/?$/.test(options.baseUrl)) {
    throw new UsageError('--base-url is the backend without /api/v1 (the checker adds it)')
  }
  if (options.origin) options.origin = new URL(options.origin).origin
  return options
}

/** A one-line progress display on a terminal, redrawn at most ten times a second. */
function progressLine(stream: NodeJS.WriteStream) {
  let last = 0
  const started = performance.now()
  return {
    update({ done, planned, current }: { done: number; planned: number; current: string }) {
      const now = performance.now()
      if (now - last < 100) return
      last = now
      const width = Math.max(20, (stream.columns || 100) - 1)
      const line = `[${done}/${planned}] ${((now - started) / 1000).toFixed(1)} s  ${current}`
      stream.write(`\r\x1b[K${line.slice(0, width)}`)
    },
    clear() {
      stream.write('\r\x1b[K')
    },
  }
}

export async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseArgs>
  try {
    options = parseArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    process.stderr.write(`check:backend: ${error.message}\n\n${USAGE}`)
    return 2
  }
  if (options === 'help') {
    process.stdout.write(USAGE)
    return 0
  }
  const progress = process.stderr.isTTY ? progressLine(process.stderr) : undefined
  let report: Report
  try {
    report = await checkBackend({ ...options, onProgress: progress?.update })
  } catch (error) {
    progress?.clear()
    process.stderr.write(
      `check:backend: the checker itself failed (a bug; please report it): ${(error as Error).stack}\n`,
    )
    return 2
  } finally {
    closeConnections()
  }
  progress?.clear()
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderText(report))
  return report.ok ? 0 : 1
}
