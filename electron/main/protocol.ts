/**
 * The app:// scheme that serves the built renderer (docs/architecture/overview.md §5). ─── SECURITY-CRITICAL ───
 * Every request is resolved inside the renderer root with a containment check (also after
 * resolving symlinks); unknown hosts, traversal and missing files get 404, never a file outside.
 */
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path'
import type { Protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './origin'
import { CONTENT_SECURITY_POLICY } from './security'

/** Register app:// as a privileged scheme. Must run before `app` is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: real origin + IndexedDB; secure: secure context; supportFetchAPI: fetch()
      // of our own assets (fonts). No bypassCSP, no corsEnabled needed (same origin).
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
}

/** Whether `candidate` is `root` itself or inside it (both absolute, normalised). */
export function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
}

/**
 * Map an app:// URL to a file under `root`, or null when the URL is not ours or would escape.
 * Percent-encoded traversal (`%2e%2e%2f`, `%5c`) is decoded first, then checked.
 */
export function resolveAppRequest(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname
  const file = normalize(join(root, relativePath))
  return isInside(root, file) ? file : null
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
}

/**
 * Build the request handler for app://. `root` is the built renderer folder (out/renderer).
 * Paths without an extension that do not exist fall back to index.html (history routing).
 */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const rootPath = normalize(root)
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405 })
    }
    const file = resolveAppRequest(rootPath, request.url)
    if (file === null) return notFound()
    const served = await existingFileInside(rootPath, file)
    const target =
      served ??
      (extname(file) === ''
        ? await existingFileInside(rootPath, join(rootPath, 'index.html'))
        : null)
    if (target === null) return notFound()
    const body = request.method === 'HEAD' ? null : await readFile(target)
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mimeTypes[extname(target).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    })
  }
}

async function existingFileInside(root: string, file: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)])
    if (!isInside(realRoot, realFile)) return null
    return (await stat(realFile)).isFile() ? realFile : null
  } catch {
    return null
  }
}

/** Serve `root` on app:// (after ready). */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  const handler = createAppProtocolHandler(root)
  protocol.handle(APP_SCHEME, (request) => handler(request))
}
