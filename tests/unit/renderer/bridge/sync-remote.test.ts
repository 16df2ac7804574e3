// The renderer's side of the sync request path (renderer/src/sync/remote.ts, docs/sync.md "Connection").
import { describe, expect, it } from 'vitest'
import { proxyFetch } from '@renderer/sync/remote'

describe('proxyFetch: what PouchDB asks for reaches the host as one complete request', () => {
  it('a live long-poll drops its heartbeat and asks the server to answer within 25 s', async () => {
    const seen: Array<{ path: string; query: string }> = []
    const f = proxyFetch(async (input) => {
      seen.push({ path: input.path, query: input.query })
      return {
        ok: true,
        value: {
          status: 200,
          contentType: 'application/json',
          body: '{"results":[],"last_seq":"0"}',
        },
      }
    }, 'https://s/couch')
    await f(
      'https://s/couch/office-a/_changes?style=all_docs&feed=longpoll&heartbeat=10000&since=0',
      {},
    )
    await f('https://s/couch/office-a/_changes?since=0&limit=50', {})
    await f('https://s/couch/office-a/_changes?feed=longpoll&timeout=5000', {})
    expect(seen).toEqual([
      { path: '/office-a/_changes', query: 'style=all_docs&feed=longpoll&since=0&timeout=25000' },
      { path: '/office-a/_changes', query: 'since=0&limit=50' },
      { path: '/office-a/_changes', query: 'feed=longpoll&timeout=5000' },
    ])
  })

  it('a refused hand-over rejects like a network error, with the host’s Chinese message', async () => {
    const f = proxyFetch(
      async () => ({ ok: false, code: 'io', message: '无法连接同步服务器' }),
      'https://s',
    )
    await expect(f('https://s/office-a', {})).rejects.toThrow('无法连接同步服务器')
  })
})
