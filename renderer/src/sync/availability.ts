/**
 * Whether the office sync can reach a server in this build (docs/sync.md, "Not done yet"). The
 * engine, the server rules and the 设置 → 同步 screen work against a test server, but the app's
 * Content-Security-Policy (`connect-src 'self'`, renderer/index.html and electron/main/security.ts)
 * refuses every request to another origin, and credentials are not yet kept by Electron main. Until
 * a request path through main exists, the menu entry and the setup page's join link are not shown,
 * and the screen says why instead of failing with "Failed to fetch".
 */
export const SYNC_REACHABLE = false

/** What the 同步 screen says while SYNC_REACHABLE is false. */
export const SYNC_UNAVAILABLE_MESSAGE =
  '本版本尚不能连接单位服务器：应用的安全策略只允许访问本机数据，连接服务器的通道（由桌面程序代为连接并保管密码）尚在开发中。目前请在“设置 → 数据安全”中导出、导入案件包，在电脑之间传递案件。'
