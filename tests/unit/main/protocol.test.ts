import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createAppProtocolHandler,
  handleAppProtocol,
  registerAppScheme,
  resolveAppRequest,
} from '../../../electron/main/protocol'
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security'

// Never load the real module: it would try to download the Electron binary.
vi.mock('electron', () => ({}))

let base: string
let root: string

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'casedesk-protocol-'))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>CaseDesk</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(base, 'secret.txt'), 'outside the root')
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'))
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

const get = (url: string, method = 'GET') =>
  createAppProtocolHandler(root)(new Request(url, { method }))

describe('resolveAppRequest: path containment (docs/architecture/overview.md §5)', () => {
  it.each([
    ['app://casedesk/', 'index.html'],
    ['app://casedesk/index.html', 'index.html'],
    ['app://casedesk/assets/app.js', join('assets', 'app.js')],
    ['app://casedesk/assets/%E4%B8%AD.js', join('assets', '中.js')],
  ])('%s stays inside the root', (url, rel) => {
    expect(resolveAppRequest(root, url)).toBe(join(root, rel))
  })

  it.each([
    ['unknown host', 'app://evil/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['encoded ..%2f', 'app://casedesk/assets/..%2f..%2fsecret.txt'],
    ['double-dot segment encoded', 'app://casedesk/%2E%2E%2Fsecret.txt'],
    ['NUL byte', 'app://casedesk/index.html%00.js'],
    ['malformed escape', 'app://casedesk/%E0%A4%A'],
    ['not a URL', 'not a url'],
  ])('%s → null', (_what, url) => {
    expect(resolveAppRequest(root, url)).toBeNull()
  })

  it.each(['app://casedesk/../../secret.txt', 'app://casedesk/%2e%2e/%2E%2E/secret.txt'])(
    'dot segments in %s are normalised by URL parsing and stay inside',
    (url) => {
      expect(resolveAppRequest(root, url)).toBe(join(root, 'secret.txt'))
    },
  )
})

describe('app:// handler', () => {
  it('serves index.html with the CSP header and a content type', async () => {
    const response = await get('app://casedesk/index.html')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('CaseDesk')
  })

  it('serves assets with their mime type', async () => {
    const response = await get('app://casedesk/assets/app.js')
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it.each([
    'app://other/index.html',
    'app://casedesk/%2e%2e/secret.txt',
    'app://casedesk/assets/..%2f..%2fsecret.txt',
    'app://casedesk/assets/missing.js',
  ])('404 for %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('outside the root')
  })

  it('404 for a symlink that points outside the root', async () => {
    const response = await get('app://casedesk/assets/link.txt')
    expect(response.status).toBe(404)
  })

  it.each(['app://casedesk/cases/123', 'app://casedesk/assets'])(
    'extension-less %s that is not a file falls back to index.html (history routing)',
    async (url) => {
      const response = await get(url)
      expect(response.status).toBe(200)
      expect(await response.text()).toContain('CaseDesk')
    },
  )

  it('HEAD has no body; POST is refused', async () => {
    const head = await get('app://casedesk/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await get('app://casedesk/index.html', 'POST')).status).toBe(405)
  })
})

describe('scheme registration', () => {
  it('registers app:// as standard, secure, fetch-capable — and nothing that bypasses CSP', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged })
    const [schemes] = registerSchemesAsPrivileged.mock.calls[0] as [
      { scheme: string; privileges: Record<string, boolean> }[],
    ]
    expect(schemes).toHaveLength(1)
    expect(schemes[0]?.scheme).toBe('app')
    expect(schemes[0]?.privileges).toMatchObject({
      standard: true,
      secure: true,
      supportFetchAPI: true,
    })
    expect(schemes[0]?.privileges.bypassCSP).toBeUndefined()
  })

  it('handleAppProtocol serves the given root on app', async () => {
    const handle = vi.fn()
    handleAppProtocol({ handle }, root)
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function))
    const handler = handle.mock.calls[0]?.[1] as (r: Request) => Promise<Response>
    expect((await handler(new Request('app://casedesk/'))).status).toBe(200)
  })
})
