/**
 * The office server for the sync e2e and bench, started by the test (tests/unit/sync/office-process.ts in a tsx
 * process, express-pouchdb in full mode on 127.0.0.1, data in memory) and stopped afterwards.
 * `pause` stops it listening and cuts every open connection; `resume` listens again on the same
 * port with the same data (a server restart, as far as the PCs can tell).
 */
import { spawn } from 'node:child_process'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'

const root = resolve(__dirname, '../../..')

export interface SyncOffice {
  url: string
  createUser(name: string, password: string, roles: string[]): Promise<void>
  createOffice(office: string, members: string[]): Promise<void>
  /** The ids of every document in the office database (read as the server administrator). */
  docIds(office: string): Promise<string[]>
  /** How many documents the office database holds. */
  docCount(office: string): Promise<number>
  pause(): Promise<void>
  resume(): Promise<void>
  stop(): Promise<void>
}

export async function startSyncOffice(): Promise<SyncOffice> {
  const child = spawn(
    join(root, 'node_modules', '.bin', 'tsx'),
    ['--tsconfig', 'tsconfig.node.json', 'tests/unit/sync/office-process.ts'],
    { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  const next = async (): Promise<Record<string, unknown>> => {
    const r = await lines.next()
    if (r.done) throw new Error('同步测试服务器已退出')
    const value = JSON.parse(r.value) as Record<string, unknown>
    if (value.ok !== true) throw new Error(String(value.message))
    return value
  }
  let queue: Promise<unknown> = Promise.resolve()
  const send = (command: object): Promise<Record<string, unknown>> => {
    const done = queue.then(() => {
      child.stdin.write(`${JSON.stringify(command)}\n`)
      return next()
    })
    queue = done.catch(() => undefined)
    return done
  }
  const url = String((await next()).url)
  return {
    url,
    createUser: async (name, password, roles) => {
      await send({ cmd: 'createUser', name, password, roles })
    },
    createOffice: async (office, members) => {
      await send({ cmd: 'createOffice', office, members })
    },
    docIds: async (office) => (await send({ cmd: 'docIds', office })).ids as string[],
    docCount: async (office) => Number((await send({ cmd: 'docCount', office })).count),
    pause: async () => {
      await send({ cmd: 'pause' })
    },
    resume: async () => {
      await send({ cmd: 'resume' })
    },
    stop: async () => {
      if (child.exitCode !== null) return
      await send({ cmd: 'stop' }).catch(() => undefined)
      if (child.exitCode === null) child.kill()
    },
  }
}
