/**
 * The backend conformance checker: `npm run check:backend -- --base-url https://their-server [--json]`.
 * `--help` lists the options; the README's section for the backend team says how to read the report.
 *
 * The checker runs the dashboard's own fetchers (src/api/) on every answer, so it refuses exactly what the dashboard
 * refuses. They read `import.meta.env`, which Vite provides and plain Node does not: this hook gives each module
 * under src/ an empty one (the checker hands the fetchers their answers itself, so the base URL and timeout they
 * would read are never used). Registered before the checker is imported, so it applies to everything it loads.
 */
import { register } from 'node:module'

const VITE_ENV_HOOK = `
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context)
  if (!url.startsWith('file:') || !url.includes('/src/') || url.includes('/node_modules/') || result.source == null) return result
  const source = typeof result.source === 'string' ? result.source : new TextDecoder().decode(result.source)
  if (!source.includes('import.meta.env')) return result
  return { ...result, source: 'import.meta.env ??= {};' + source }
}
`
register(`data:text/javascript,${encodeURIComponent(VITE_ENV_HOOK)}`)

const { main } = await import('./check-backend/cli')
process.exitCode = await main(process.argv.slice(2))
