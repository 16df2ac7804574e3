// Which URL a proxied sync request may reach (shared/ipc/sync-proxy.ts, docs/sync.md "Connection").
import { describe, expect, it } from 'vitest'
import { syncTargetUrl } from '@shared/ipc/sync-proxy'

describe('syncTargetUrl: the configured database and the server root, nothing else', () => {
  it.each([
    ['https://s:6984', 'GET', '/office-a', '', 'https://s:6984/office-a'],
    [
      'https://s:6984',
      'GET',
      '/office-a/_changes',
      'since=0&limit=50',
      'https://s:6984/office-a/_changes?since=0&limit=50',
    ],
    ['https://s:6984', 'PUT', '/office-a/act%3A1', '', 'https://s:6984/office-a/act%3A1'],
    ['https://s:6984', 'GET', '/', '', 'https://s:6984/'],
    ['https://s/couch/', 'POST', '/office-a/_bulk_docs', '', 'https://s/couch/office-a/_bulk_docs'],
  ])('%s %s %s?%s → %s', (server, method, path, query, url) => {
    expect(syncTargetUrl(server, 'office-a', { method: method as 'GET', path, query })).toEqual({
      ok: true,
      url,
    })
  })

  it.each([
    ['PUT', '/'],
    ['GET', '/_users/org.couchdb.user%3Aroot'],
    ['GET', '/_config'],
    ['GET', '/office-b'],
    ['GET', '/office-ab/_all_docs'],
    ['GET', '/office-a/../_users'],
    ['GET', '/office-a/%2e%2e/_users'],
    ['GET', '/office-a/./x'],
  ])('%s %s is refused in Chinese', (method, path) => {
    const r = syncTargetUrl('https://s:6984', 'office-a', {
      method: method as 'GET',
      path,
      query: '',
    })
    expect(r).toEqual({ ok: false, message: '同步请求超出了本单位数据库的范围，已拒绝。' })
  })
})
