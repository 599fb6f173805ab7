/**
 * The mock backend over real HTTP, for a live build tested against a real network server:
 *   npm run mock:api -- --port 8787
 * It answers the same handlers as the service worker, with CORS so a build on another port can call it.
 */
import { createServer } from 'node:http'
import { getResponse } from 'msw'
import { handlers } from './handlers'

const portFlag = process.argv.indexOf('--port')
const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : 8787
const host = '127.0.0.1'

const cors = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, OPTIONS',
  'Access-Control-Allow-Headers': 'Accept, Content-Type',
}

createServer(async (req, res) => {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, cors).end()
    return
  }
  const request = new Request(new URL(req.url ?? '/', `http://${host}:${port}`), { method: req.method })
  const response = (await getResponse(handlers, request)) ?? new Response('Not found', { status: 404 })
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors })
  res.end(Buffer.from(await response.arrayBuffer()))
}).listen(port, host, () => console.log(`mock API on http://${host}:${port}/api/v1`))
