/**
 * Runs deploy/nginx.conf as it is, on localhost: a temporary prefix holds a small main config (foreground, own pid
 * file, logs and temp paths) that includes the deployment file with only its `listen` and `root` lines changed.
 * Installs nothing: without nginx on the PATH it fails, saying how to install it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
export const DEPLOY_CONF = join(REPO, 'deploy/nginx.conf')

export function findNginx(): string {
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout.trim()
  const found = [
    process.env.NGINX_PATH,
    onPath,
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/nginx/sbin/nginx',
  ].find((p): p is string => !!p && existsSync(p))
  if (!found) {
    throw new Error(
      'nginx is not installed, and the deployment test runs the real thing. Install it with:\n' +
        '  apt-get update && apt-get install -y nginx\n' +
        '(CI: .ci/run installs it; NGINX_PATH may point at another binary.)',
    )
  }
  return found
}

function mimeTypes(nginx: string): string {
  const confPath = /--conf-path=(\S+)/.exec(spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr)?.[1]
  const candidates = [
    confPath && join(dirname(confPath), 'mime.types'),
    '/etc/nginx/mime.types',
    '/usr/local/nginx/conf/mime.types',
  ]
  const found = candidates.find((p): p is string => !!p && existsSync(p))
  if (!found) throw new Error(`nginx's mime.types not found (looked in ${candidates.filter(Boolean).join(', ')})`)
  return found
}

/** The commented block of deploy/nginx.conf that serves the backend under the app's origin. */
const API_PROXY_BLOCK = /^(\s*)# location \/api\/ \{\n(?:\1#.*\n)*?\1# \}$/m

/**
 * deploy/nginx.conf with the test's port and build; each line must be there exactly once, or the file changed shape.
 * With `api` (an origin), the file's commented /api/ block is switched on and proxies to it, as a deployment with the
 * backend under the same origin does.
 */
export function deploymentConfig(root: string, port: number, api?: string): string {
  let text = readFileSync(DEPLOY_CONF, 'utf8')
  if (api !== undefined) {
    const block = API_PROXY_BLOCK.exec(text)
    if (!block || !/proxy_pass \S+;/.test(block[0])) {
      throw new Error('deploy/nginx.conf should have one commented "location /api/ { proxy_pass …; }" block')
    }
    const enabled = block[0].replace(/^(\s*)# ?/gm, '$1').replace(/proxy_pass \S+;/, `proxy_pass ${api};`)
    text = text.replace(block[0], enabled)
  }
  for (const [pattern, replacement] of [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`],
    [/^(\s*)root \/srv\/jyfb\/dist;$/m, `$1root ${root};`],
  ] as const) {
    if ((text.match(new RegExp(pattern.source, 'gm')) ?? []).length !== 1) {
      throw new Error(
        `deploy/nginx.conf should have exactly one line matching ${pattern}: the test points it elsewhere`,
      )
    }
    text = text.replace(pattern, replacement)
  }
  return text
}

export interface RunningNginx {
  origin: string
  errorLog(): string
  stop(): Promise<void>
}

export async function startNginx({
  root,
  port,
  api,
}: {
  root: string
  port: number
  /** the backend's origin, proxied under /api/ (see deploymentConfig) */
  api?: string
}): Promise<RunningNginx> {
  const nginx = findNginx()
  const origin = `http://127.0.0.1:${port}`
  if (
    await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) }).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`something already answers on ${origin}: a stale nginx from an interrupted run? Stop it first.`)
  }
  const prefix = mkdtempSync(join(tmpdir(), 'eam-nginx-'))
  for (const dir of ['logs', 'tmp']) mkdirSync(join(prefix, dir))
  writeFileSync(join(prefix, 'jyfb.conf'), deploymentConfig(root, port, api))
  const errorLog = join(prefix, 'logs/error.log')
  const isRoot = process.getuid?.() === 0
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // As root, workers would switch to "nobody", who may not read a checkout under /root; this server is local.
      isRoot ? 'user root;' : '',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${mimeTypes(nginx)};`,
      '  default_type application/octet-stream;',
      `  access_log ${join(prefix, 'logs/access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, 'tmp', t)};`),
      '  sendfile on;',
      `  include ${join(prefix, 'jyfb.conf')};`,
      '}',
      '',
    ].join('\n'),
  )

  const check = spawnSync(nginx, ['-t', '-e', errorLog, '-p', prefix, '-c', join(prefix, 'nginx.conf')], {
    encoding: 'utf8',
  })
  if (check.status !== 0) throw new Error(`nginx -t rejected the configuration:\n${check.stderr}`)

  const child: ChildProcess = spawn(nginx, ['-e', errorLog, '-p', prefix, '-c', join(prefix, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)))
  const readLog = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '')

  const deadline = Date.now() + 10_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${stderr}\n${readLog()}`)
    try {
      await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) })
      break
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGTERM')
        throw new Error(`nginx did not answer on ${origin} within 10 s:\n${stderr}\n${readLog()}`)
      }
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  return {
    origin,
    errorLog: readLog,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT') // graceful: the master lets its worker finish, then both exit
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      rmSync(prefix, { recursive: true, force: true })
    },
  }
}
