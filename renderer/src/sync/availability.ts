import { host } from '@renderer/bridge/api'

/**
 * Whether the office sync can reach a server in this build (docs/sync.md, "Connection"). The
 * app's Content-Security-Policy (`connect-src 'self'`, renderer/index.html and
 * electron/main/security.ts) refuses every request to another origin, so only the desktop build,
 * whose main process makes the requests and holds the login, can sync. In the browser build the
 * menu entry and the setup page's join link are not shown, and the screen says why.
 */
export const SYNC_REACHABLE: boolean = host.canSync

/** What the 同步 screen says where SYNC_REACHABLE is false. */
export const SYNC_UNAVAILABLE_MESSAGE =
  '浏览器版不能连接单位同步服务器：应用的安全策略只允许访问本机数据，连接服务器须由 Windows 桌面版代为进行。目前请在“设置 → 数据安全”中导出、导入案件包，在电脑之间传递案件。'
