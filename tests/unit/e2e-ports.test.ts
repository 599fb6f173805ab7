/**
 * The end-to-end run's port check (tests/e2e/live/port-check.ts, called by playwright.config.ts as it loads): a port
 * something else holds stops the run before any server starts, with a message naming the port, what holds it and
 * how to move; a server already there is reused only when asked.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'

const servers: Server[] = []
const children: ChildProcess[] = []
afterEach(async () => {
  vi.unstubAllEnvs()
  vi.resetModules()
  for (const child of children.splice(0)) child.kill()
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))))
})

/** Holds a free port on 127.0.0.1 in this process. */
async function holdPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  servers.push(server)
  return (server.address() as AddressInfo).port
}

/** Holds a free port on 127.0.0.1 in a child process, as another program would. */
async function holdPortElsewhere(): Promise<{ port: number; pid: number }> {
  const child = spawn(
    process.execPath,
    ['-e', "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => console.log(s.address().port))"],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  children.push(child)
  const port = await new Promise<number>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(Number(d))))
  return { port, pid: child.pid! }
}

/** The module with E2E_PORT_OFFSET set so that the live build's mock backend (8787 + offset) falls on `port`. */
async function withApiPortAt(port: number) {
  vi.stubEnv('E2E_PORT_OFFSET', String(port - 8787))
  vi.resetModules()
  return import('../e2e/live/port-check')
}

describe('the end-to-end port check', { timeout: 30_000 }, () => {
  it('finds a port held by anyone, and says which process holds it', async () => {
    const { takenPorts, portHolder } = await import('../e2e/live/port-check')
    const mine = await holdPort()
    const other = await holdPortElsewhere()
    const free = await holdPort()
    await new Promise((resolve) => servers.pop()!.close(resolve))
    expect(takenPorts([mine, free, other.port])).toEqual([mine, other.port])
    expect(portHolder(mine)).toMatch(new RegExp(`^held by pid ${process.pid}: `))
    expect(portHolder(other.port)).toMatch(new RegExp(`held by pid ${other.pid}: \\S*node -e const s = require`))
  })

  it('refuses with the port, what it is for, what holds it, and a free E2E_PORT_OFFSET', async () => {
    const other = await holdPortElsewhere()
    const { takenPortsMessage, takenPorts, E2E_SERVERS } = await withApiPortAt(other.port)
    const message = takenPortsMessage({ reuse: false })!
    expect(message).toContain(
      `127.0.0.1:${other.port}, for the mock backend the live build calls: held by pid ${other.pid}: `,
    )
    expect(message).toContain('Nothing was started.')
    expect(message).toContain('E2E_REUSE_SERVERS=1')
    const offset = Number(/E2E_PORT_OFFSET=(\d+) npm test/.exec(message)?.[1])
    expect(offset).toBeGreaterThan(other.port - 8787)
    // …and at that offset every port the run needs is free
    const base = E2E_SERVERS.map((s) => s.port - (other.port - 8787))
    expect(takenPorts(base.map((p) => p + offset))).toEqual([])
  })

  it('reuses a webServer’s port only when asked; a spec’s own server (nginx) is never reused', async () => {
    const held = await holdPort()
    const api = await withApiPortAt(held)
    expect(api.takenPortsMessage({ reuse: true })).toBeUndefined()
    expect(api.takenPortsMessage({ reuse: false })).toContain(`127.0.0.1:${held}`)

    const nginx = await holdPort()
    vi.stubEnv('E2E_PORT_OFFSET', String(nginx - 8088))
    vi.resetModules()
    const check = await import('../e2e/live/port-check')
    expect(check.takenPortsMessage({ reuse: true })).toMatch(new RegExp(`127\\.0\\.0\\.1:${nginx}, for nginx`))
    expect(check.takenPortsMessage({ reuse: true })).not.toContain('E2E_REUSE_SERVERS')
    // a run of other projects does not need nginx's ports
    expect(check.takenPortsMessage({ reuse: true, projects: ['live'] })).toBeUndefined()
    expect(check.projectsFromArgv(['test', '--project', 'live', '--project=demo'])).toEqual(['live', 'demo'])
  })

  it('playwright.config.ts refuses as it loads, before any server starts, and exits 1', async () => {
    const held = await holdPort()
    const env: NodeJS.ProcessEnv = { ...process.env, E2E_PORT_OFFSET: String(held - 8787), E2E_REUSE_SERVERS: '' }
    delete env.E2E_PORTS_CHECKED_BY // as from a shell, not from inside a run
    const run = spawn('npx', ['playwright', 'test', '--list', '--project=live'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    children.push(run)
    let output = ''
    run.stdout!.on('data', (d: Buffer) => (output += d.toString()))
    run.stderr!.on('data', (d: Buffer) => (output += d.toString()))
    const code = await new Promise<number | null>((resolve) => run.on('exit', resolve))
    expect(output).toContain(`127.0.0.1:${held}, for the mock backend the live build calls: held by pid ${process.pid}`)
    expect(output).not.toMatch(/EADDRINUSE|\bat .*\.ts:\d+/) // a message, not a stack trace
    expect(code).toBe(1)
  })
})
