/**
 * The office CouchDB of the sync e2e and bench (docs/sync.md "Testing"): express-pouchdb in full
 * mode with the server rules and real users, exactly as the unit tests start it (./server.ts), in
 * a Node process of its own — run with tsx, which reads the `@shared` alias from
 * tsconfig.node.json (Playwright's loader cannot load ./server.ts). Driven by
 * tests/e2e/support/sync-office.ts: one JSON command a line on stdin, one JSON answer a line on
 * stdout.
 */
import { createInterface } from 'node:readline'
import { ADMIN, startOfficeServer } from './server'

type Command =
  | { cmd: 'createUser'; name: string; password: string; roles: string[] }
  | { cmd: 'createOffice'; office: string; members: string[] }
  | { cmd: 'docIds'; office: string }
  | { cmd: 'docCount'; office: string }
  | { cmd: 'pause' }
  | { cmd: 'resume' }
  | { cmd: 'stop' }

const answer = (value: object) => process.stdout.write(`${JSON.stringify(value)}\n`)

async function main(): Promise<void> {
  const server = await startOfficeServer()
  answer({ ok: true, url: server.url })
  for await (const line of createInterface({ input: process.stdin })) {
    const c = JSON.parse(line) as Command
    try {
      if (c.cmd === 'createUser') await server.createUser(c.name, c.password, c.roles)
      else if (c.cmd === 'createOffice') await server.createOffice(c.office, c.members)
      else if (c.cmd === 'pause') await server.pause()
      else if (c.cmd === 'resume') await server.resume()
      else if (c.cmd === 'docIds') {
        const all = await server.remote(c.office, ADMIN).allDocs({})
        answer({ ok: true, ids: all.rows.map((r) => r.id) })
        continue
      } else if (c.cmd === 'docCount') {
        answer({ ok: true, count: (await server.remote(c.office, ADMIN).info()).doc_count })
        continue
      } else if (c.cmd === 'stop') {
        await server.stop()
        answer({ ok: true })
        break
      }
      answer({ ok: true })
    } catch (e) {
      answer({ ok: false, message: (e as Error).message })
    }
  }
  process.exit(0)
}

void main()
