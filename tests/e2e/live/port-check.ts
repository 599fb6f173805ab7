/**
 * Before any end-to-end server starts: are the ports the run needs free? playwright.config.ts calls
 * `refuseTakenPorts` as it loads, so a port something else holds (the README's own `npm run mock:api -- --port 8787`,
 * a preview left running, another checkout's run) stops the run at once with a message naming the port, what holds
 * it when this machine says (/proc, else lsof), and how to move (E2E_PORT_OFFSET), instead of a stack trace from
 * inside a server's start-up, or, worse, a run against a server that is not the one the tests meant to start.
 *
 * Synchronous (the ports are tried in a short child process), so it needs no top-level await in the config and
 * finishes before Playwright goes on to start anything.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs'
import {
  API_PORT,
  CONTRACT_BACKEND_PORT,
  CONTROL_PORT,
  DEMO_PORT,
  LIVE_PORT,
  NGINX_API_PORT,
  NGINX_PORT,
  PORT_OFFSET,
  PRISM_PORT,
} from './ports'

/** Every server the end-to-end run starts (all on 127.0.0.1): by playwright.config.ts, or by a spec itself. */
export interface E2eServer {
  port: number
  what: string
  /** `webServer`: playwright.config.ts starts it before any test (and E2E_REUSE_SERVERS may reuse it); `spec`: a test */
  startedBy: 'webServer' | 'spec'
  /** the Playwright project whose tests need it (webServers are started whatever the projects) */
  project?: string
}

export const E2E_SERVERS: readonly E2eServer[] = [
  { port: DEMO_PORT, what: 'the demo build (vite preview)', startedBy: 'webServer' },
  { port: LIVE_PORT, what: 'the live build (vite preview)', startedBy: 'webServer' },
  { port: API_PORT, what: 'the mock backend the live build calls', startedBy: 'webServer' },
  { port: CONTROL_PORT, what: 'the mock backend’s fault switch', startedBy: 'webServer' },
  { port: PRISM_PORT, what: 'the prism contract proxy', startedBy: 'webServer' },
  { port: CONTRACT_BACKEND_PORT, what: 'the fault-free mock backend behind prism', startedBy: 'webServer' },
  { port: NGINX_PORT, what: 'nginx (deploy/nginx.conf)', startedBy: 'spec', project: 'nginx' },
  { port: NGINX_API_PORT, what: 'nginx with its /api/ proxy', startedBy: 'spec', project: 'nginx' },
]

const HOST = '127.0.0.1'

/**
 * The ports of `ports` that cannot be listened on at 127.0.0.1 now (held by anyone, on 127.0.0.1 or every address).
 * Each is tried by binding it, in a child process so that this stays synchronous; a port that is free is released at
 * once.
 */
export function takenPorts(ports: readonly number[], host = HOST): number[] {
  if (ports.length === 0) return []
  const script = `
    const net = require('node:net')
    const ports = JSON.parse(process.argv[1])
    const taken = []
    let left = ports.length
    for (const port of ports) {
      const server = net.createServer()
      server.once('error', (error) => {
        taken.push({ port, code: error.code })
        if (--left === 0) done()
      })
      server.listen({ port, host: ${JSON.stringify(host)}, exclusive: true }, () => {
        server.close(() => { if (--left === 0) done() })
      })
    }
    function done() { process.stdout.write(JSON.stringify(taken)) }
  `
  const result = spawnSync(process.execPath, ['-e', script, JSON.stringify(ports)], {
    encoding: 'utf8',
    timeout: 10_000,
  })
  if (result.status !== 0 || !result.stdout) {
    throw new Error(`could not try the end-to-end ports (${result.error?.message ?? result.stderr.trim()})`)
  }
  const taken = JSON.parse(result.stdout) as { port: number; code: string }[]
  return taken.map((t) => t.port).sort((a, b) => ports.indexOf(a) - ports.indexOf(b))
}

/** Socket inodes listening on `port`, from /proc/net/tcp and tcp6 (Linux); undefined where there is no /proc. */
function listeningInodes(port: number): string[] | undefined {
  const tables = ['/proc/net/tcp', '/proc/net/tcp6'].filter((path) => existsSync(path))
  if (tables.length === 0) return undefined
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  const inodes: string[] = []
  for (const table of tables) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; the inode is the tenth field
      if (fields.length > 9 && fields[1].endsWith(`:${hexPort}`) && fields[3] === '0A') inodes.push(fields[9])
    }
  }
  return inodes
}

function commandLine(pid: string): string {
  try {
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
    const line = args.join(' ')
    // the end says most (a script and its arguments, after the runtime's own options)
    return line.length > 200 ? `${line.slice(0, 60)} … ${line.slice(-120)}` : line
  } catch {
    return '(command unknown)'
  }
}

/** Processes (pid and command line) holding a listening socket on `port`, read from /proc. */
function holdersFromProc(port: number): string[] | undefined {
  const inodes = listeningInodes(port)
  if (inodes === undefined) return undefined
  if (inodes.length === 0) return []
  const wanted = new Set(inodes.map((inode) => `socket:[${inode}]`))
  const holders: string[] = []
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let fds: string[]
    try {
      fds = readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue // another user's process, or gone
    }
    const holds = fds.some((fd) => {
      try {
        return wanted.has(readlinkSync(`/proc/${pid}/fd/${fd}`))
      } catch {
        return false
      }
    })
    if (holds) holders.push(`pid ${pid}: ${commandLine(pid)}`)
  }
  return holders
}

/** The same from lsof, where there is no /proc (macOS). */
function holdersFromLsof(port: number): string[] | undefined {
  const result = spawnSync('lsof', ['-nP', `-iTCP:${port}`, '-sTCP:LISTEN', '-Fpc'], {
    encoding: 'utf8',
    timeout: 5000,
  })
  if (result.error) return undefined
  const holders: string[] = []
  let pid: string | undefined
  for (const line of result.stdout.split('\n')) {
    if (line.startsWith('p')) pid = line.slice(1)
    else if (line.startsWith('c') && pid) holders.push(`pid ${pid}: ${line.slice(1)}`)
  }
  return holders
}

/** What holds `port`, in words, as far as this machine says. */
export function portHolder(port: number): string {
  const holders = holdersFromProc(port) ?? holdersFromLsof(port)
  if (holders === undefined) return 'held by a process this machine does not name (no /proc, no lsof)'
  if (holders.length === 0) return 'held by a process of another user, or of another network namespace'
  return `held by ${holders.join('; ')}`
}

/**
 * The ports the run needs free: every webServer's (unless reusing running ones was asked for) and those the chosen
 * projects' specs start (`projects` undefined: every project).
 */
export function portsNeeded(options: { reuse: boolean; projects?: readonly string[] }): E2eServer[] {
  return E2E_SERVERS.filter((server) =>
    server.startedBy === 'webServer'
      ? !options.reuse
      : options.projects === undefined || options.projects.includes(server.project!),
  )
}

/** The next E2E_PORT_OFFSET (in hundreds, up to 20 past the current one) at which every needed port is free. */
function freeOffset(needed: readonly E2eServer[]): number | undefined {
  const base = needed.map((s) => s.port - PORT_OFFSET)
  for (let step = 1; step <= 20; step++) {
    const offset = Math.floor(PORT_OFFSET / 100) * 100 + 100 * step
    const ports = base.map((p) => p + offset)
    if (ports.every((p) => p < 65536) && takenPorts(ports).length === 0) return offset
  }
  return undefined
}

/** Why the run cannot start, or undefined when every port it needs is free. */
export function takenPortsMessage(options: { reuse: boolean; projects?: readonly string[] }): string | undefined {
  const needed = portsNeeded(options)
  const taken = new Set(takenPorts(needed.map((s) => s.port)))
  if (taken.size === 0) return undefined
  const offset = freeOffset(needed)
  const lines = [
    `The end-to-end tests start their own servers, and ${taken.size === 1 ? 'a port they need is' : 'ports they need are'} taken:`,
    ...needed.filter((s) => taken.has(s.port)).map((s) => `  ${HOST}:${s.port}, for ${s.what}: ${portHolder(s.port)}`),
    'Nothing was started. Stop what holds it (the README’s “npm run mock:api -- --port 8787”, a preview left',
    'running, another checkout’s test run?), or move every port the tests use with E2E_PORT_OFFSET:',
    offset === undefined
      ? `  E2E_PORT_OFFSET=${PORT_OFFSET + 100} npm test   (though none of the next 20 offsets had them all free just now)`
      : `  E2E_PORT_OFFSET=${offset} npm test   (every port they need is free at that offset just now)`,
  ]
  if (needed.some((s) => s.startedBy === 'webServer' && taken.has(s.port))) {
    lines.push(
      'A server you started yourself with the very command playwright.config.ts runs can be reused instead:',
      '  E2E_REUSE_SERVERS=1 npm test',
    )
  }
  return lines.join('\n')
}

/** Projects chosen on the command line (`--project x`, `--project=x`), or undefined: all of them. */
export function projectsFromArgv(argv: readonly string[]): string[] | undefined {
  const chosen: string[] = []
  argv.forEach((arg, i) => {
    if (arg === '--project' && argv[i + 1] !== undefined) chosen.push(argv[i + 1])
    else if (arg.startsWith('--project=')) chosen.push(arg.slice('--project='.length))
  })
  return chosen.length > 0 ? chosen : undefined
}

/**
 * For playwright.config.ts, as it loads: refuses the run (message on stderr, exit status 1) when a port it needs is
 * taken. Once, in the process that starts the servers, before it starts them: Playwright loads the config again in
 * each worker (and loader) process it forks, and again in the same process when UI or watch mode runs anew, while the
 * servers it started hold those ports; those inherit the mark set here (the process's own environment, or the one
 * its children are given) and skip.
 */
export function refuseTakenPorts(options: { reuse: boolean }) {
  if (process.env.E2E_PORTS_CHECKED_BY !== undefined) return
  process.env.E2E_PORTS_CHECKED_BY = String(process.pid)
  const message = takenPortsMessage({ reuse: options.reuse, projects: projectsFromArgv(process.argv) })
  if (message === undefined) return
  process.stderr.write(`\n${message}\n\n`)
  process.exit(1)
}
