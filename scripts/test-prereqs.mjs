// Run before `npm test` (docs/testing.md): the e2e and document tests need Chromium and poppler's
// pdftotext/pdftoppm. On Debian as root they are installed with apt-get (as .ci/run does);
// elsewhere the script says in one line what to install and stops, instead of failing later on a
// missing browser path.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { findChromium } from './chromium-path.cjs'

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0
const missing = []
if (!findChromium()) missing.push('chromium')
if (!has('pdftotext') || !has('pdftoppm')) missing.push('poppler-utils')

if (missing.length === 0) process.exit(0)

const debian = existsSync('/etc/debian_version') && has('apt-get')
const root = typeof process.getuid === 'function' && process.getuid() === 0
if (debian && root) {
  console.log(`== 安装测试所需的软件包：${missing.join(' ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env })
  process.exit(0)
}
const how = debian
  ? `sudo apt-get install -y ${missing.join(' ')}`
  : missing
      .map((m) =>
        m === 'chromium'
          ? 'npx playwright install chromium（或安装 Chrome/Chromium 并设置 CASEDESK_CHROMIUM）'
          : '安装 poppler（macOS：brew install poppler）',
      )
      .join('；')
console.error(`测试还缺少：${missing.join('、')}。请先运行：${how}`)
process.exit(1)
