/**
 * Try the deployment locally: deploy/nginx.conf serving a build, on 127.0.0.1, until Ctrl-C.
 *   npm run build:demo && npx tsx scripts/serve-nginx.ts            dist/ on http://127.0.0.1:8088/
 *   npx tsx scripts/serve-nginx.ts dist-live 8090                   another build, another port
 * Needs nginx (`apt-get install -y nginx`); runs it with a temporary prefix, as tests/e2e/nginx.spec.ts does.
 */
import { resolve } from 'node:path'
import { startNginx } from '../tests/e2e/live/nginx'

const root = resolve(process.argv[2] ?? 'dist')
const port = Number(process.argv[3] ?? 8088)
const nginx = await startNginx({ root, port })
console.log(`nginx serving ${root} on ${nginx.origin}/ (Ctrl-C stops it)`)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void nginx.stop().then(() => process.exit(0))
  })
}
