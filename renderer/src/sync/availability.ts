import { host } from '@renderer/bridge/api'
import { isBrowserHost } from '@renderer/bridge/browser-host'

/**
 * Whether the office sync can reach a server in this build (docs/sync.md, "Connection"). The
 * app's Content-Security-Policy (`connect-src 'self'`, renderer/index.html and
 * electron/main/security.ts) refuses every request to another origin, so the requests are made by
 * someone else who holds the login: Electron main in the desktop build, the web server's
 * same-origin proxy in the browser build (`npm run web`, scripts/web-sync-proxy.ts). Whether that
 * web server offers the proxy is asked once here, at start-up, before any screen reads this value
 * (a same-origin GET to the PC's own server). Where it is false the menu entry and the setup
 * page's join link are not shown, and the screen says why.
 */
export const SYNC_REACHABLE: boolean = isBrowserHost(host) ? await host.detectSync() : host.canSync

/** What the 同步 screen says where SYNC_REACHABLE is false. */
export const SYNC_UNAVAILABLE_MESSAGE =
  '这个浏览器版服务不能连接单位同步服务器：应用的安全策略只允许访问本机，连接服务器须由本机的浏览器版服务（npm run web 启动）或 Windows 桌面版代为进行。请用 npm run web 启动浏览器版，或使用桌面版；在电脑之间传递案件也可用“设置 → 数据安全”中的案件包。'
