// `npm run test:package`: prove the packaging config produces an app.asar holding main, preload
// and renderer. Real installers need Electron's zip and NSIS from GitHub, so this builds a Linux
// --dir package against a stub Electron (README, "Building installers") and lists the asar.
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { listPackage } from '@electron/asar'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) =>
  join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name)
const required = [
  '/out/main/index.js',
  '/out/preload/index.js',
  '/out/renderer/index.html',
  '/package.json',
]

function run(command, args) {
  console.log(`$ ${[command, ...args].join(' ')}`)
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  if (result.status !== 0) {
    console.error(
      `package-smoke: failed (${command} exited with ${result.status ?? result.signal})`,
    )
    process.exit(1)
  }
}

// 1. Build main, preload and renderer.
run(bin('electron-vite'), ['build'])

// 2. A stub Electron distribution: an executable `electron`, `version`, `LICENSE`.
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version
const work = mkdtempSync(join(tmpdir(), 'casedesk-package-'))
const stub = join(work, 'electron-dist')
mkdirSync(stub)
writeFileSync(
  join(stub, 'electron'),
  '#!/bin/sh\necho "electron stub for the package smoke test"\n',
)
chmodSync(join(stub, 'electron'), 0o755)
writeFileSync(join(stub, 'version'), electronVersion)
copyFileSync(join(root, 'node_modules/electron/LICENSE'), join(stub, 'LICENSE'))

// 3. Package. Fuses are flipped inside the real binary, which a stub does not have: a small
//    config extends ours and turns only them off (real builds keep them).
const output = join(work, 'release')
const smokeConfig = join(work, 'electron-builder.smoke.json')
writeFileSync(
  smokeConfig,
  JSON.stringify({ extends: join(root, 'build/electron-builder.yml'), electronFuses: null }),
)
try {
  run(bin('electron-builder'), [
    '--linux',
    '--dir',
    '-c',
    smokeConfig,
    `-c.electronDist=${stub}`,
    `-c.directories.output=${output}`,
    '--publish',
    'never',
  ])

  // 4. The asar must hold the entry points, the font licences must sit beside it, and every
  //    package main require()s at runtime must be inside (build/electron-builder.yml filters
  //    node_modules down to those).
  const resources = join(output, 'linux-unpacked', 'resources')
  const asar = join(resources, 'app.asar')
  if (!existsSync(asar)) throw new Error(`no app.asar at ${asar}`)
  const files = new Set(listPackage(asar, { isPack: false }).map((f) => f.replaceAll('\\', '/')))
  const mainRequires = [
    ...readFileSync(join(root, 'out/main/index.js'), 'utf8').matchAll(/require\("([^"]+)"\)/g),
  ]
    .map((m) => m[1])
    .filter((name) => !name.startsWith('node:') && name !== 'electron')
    .map(
      (name) =>
        `/node_modules/${name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]}/package.json`,
    )
  const missing = [...required, ...mainRequires].filter((f) => !files.has(f))
  for (const licence of ['NotoSerifSC-OFL.txt', 'NotoSansSC-OFL.txt']) {
    if (!existsSync(join(resources, 'licenses', licence)))
      missing.push(`resources/licenses/${licence}`)
  }
  const packages = [...files].filter((f) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(f))
  console.log(
    `app.asar: ${files.size} entries, ${(statSync(asar).size / 1024 / 1024).toFixed(1)} MB; ` +
      `node_modules: ${packages.join(', ') || 'none'}`,
  )
  if (missing.length > 0) throw new Error(`missing from the package: ${missing.join(', ')}`)
  console.log(
    'package-smoke: ok — app.asar holds out/main/index.js, out/preload/index.js, out/renderer/index.html',
  )
} catch (error) {
  console.error(`package-smoke: FAILED — ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
