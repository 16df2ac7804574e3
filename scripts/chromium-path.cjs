// Where the tests find Chromium (docs/testing.md): CASEDESK_CHROMIUM when set, then the system
// browsers Debian and other Linux distributions install, then the Chromium Playwright downloaded
// (when a developer ran `npx playwright install chromium` on a machine that can reach its CDN).
// CommonJS, so that Playwright's test loader, vitest, tsx and plain Node scripts can all load it.
'use strict'
const { existsSync } = require('node:fs')

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
]

/** The path of a Chromium to drive, or null when none is found. */
function findChromium(env = process.env) {
  const own = env.CASEDESK_CHROMIUM
  if (own) return existsSync(own) ? own : null
  for (const path of SYSTEM_BROWSERS) if (existsSync(path)) return path
  try {
    const { chromium } = require('playwright-core')
    const path = chromium.executablePath()
    if (path && existsSync(path)) return path
  } catch {
    // playwright-core missing or no downloaded browser: nothing found
  }
  return null
}

/** The path of a Chromium, or an Error saying in one line what to install. */
function chromiumOrExplain(env = process.env) {
  const path = findChromium(env)
  if (path) return path
  throw new Error(
    env.CASEDESK_CHROMIUM
      ? `CASEDESK_CHROMIUM 指向的文件不存在：${env.CASEDESK_CHROMIUM}`
      : '找不到 Chromium：Debian/Ubuntu 请运行 `sudo apt-get install -y chromium`，其他系统请运行 `npx playwright install chromium`，或用 CASEDESK_CHROMIUM 指定浏览器路径。',
  )
}

/** The flags of every Chromium the e2e suite and the benchmarks start (docs/testing.md, "Browser flags"). */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
  '--disable-features=Translate',
]

module.exports = { findChromium, chromiumOrExplain, CHROMIUM_FLAGS }
