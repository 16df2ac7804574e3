// `npm start`: launch the Electron app; where the Electron binary cannot be fetched (no access to
// its download host), say so in one line and serve the same app in browser mode instead.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const electronDir = join(root, 'node_modules', 'electron')

function electronBinaryPresent() {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return false
  return existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
}

function tryFetchElectron() {
  // Electron ≥ 43 has no install script: the binary is fetched on first use. Do it explicitly so a
  // failure is a clear message here rather than a stack trace from electron-vite.
  const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 300_000,
  })
  return result.status === 0 && electronBinaryPresent()
}

function run(command, args) {
  const child = spawn(command, args, {
    stdio: 'inherit',
    cwd: root,
    shell: process.platform === 'win32',
  })
  child.on('exit', (code) => process.exit(code ?? 0))
}

if (electronBinaryPresent() || tryFetchElectron()) {
  run(join(root, 'node_modules', '.bin', 'electron-vite'), ['preview'])
} else {
  console.log(
    '无法获取 Electron 程序（需要访问其下载地址），改为浏览器模式启动 / Electron binary unavailable: serving the same app in browser mode instead.',
  )
  run(process.execPath, [join(root, 'scripts', 'web.mjs')])
}
