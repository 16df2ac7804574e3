/**
 * The runtime boundaries of docs/architecture/overview.md §1 are enforced by lint ("a deliberate
 * violation fails lint"). Each case lints a small piece of code as if it lived at `filePath`
 * with the project's real eslint.config.mjs, and expects the named rule to fire — or not.
 */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Type-aware rules need files on disk; the boundary rules do not, so switch type info off here.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-misused-promises': 'off',
      '@typescript-eslint/await-thenable': 'off',
    },
  },
})

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`)
}

const cases: { name: string; file: string; code: string; rule: string | null }[] = [
  {
    name: 'shared/ may not import electron',
    file: 'shared/x.ts',
    code: "import { app } from 'electron'\nexport const a = app\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'shared/ may not import vue',
    file: 'shared/x.ts',
    code: "import { ref } from 'vue'\nexport const a = ref(1)\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'shared/ may not import dexie',
    file: 'shared/x.ts',
    code: "import Dexie from 'dexie'\nexport const a = Dexie\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'shared/ may not import node built-ins',
    file: 'shared/x.ts',
    code: "import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'shared/ may not import the renderer',
    file: 'shared/x.ts',
    code: "import { a } from '../renderer/src/x'\nexport const b = a\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'shared/ may not read the clock',
    file: 'shared/x.ts',
    code: 'export const now = Date.now()\n',
    rule: 'no-restricted-syntax',
  },
  {
    name: 'shared/ may not construct "now"',
    file: 'shared/x.ts',
    code: 'export const now = new Date()\n',
    rule: 'no-restricted-syntax',
  },
  {
    name: 'shared/ may not use window',
    file: 'shared/x.ts',
    code: 'export const w = window.location\n',
    rule: 'no-restricted-globals',
  },
  {
    name: 'shared/ may not import the bare crypto module',
    file: 'shared/x.ts',
    code: "import { createHash } from 'crypto'\nexport const h = createHash\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'shared/ may import shared/crypto (not the Node module)',
    file: 'shared/backup/x.ts',
    code: "import { sha256Hex } from '../crypto/sha256'\nexport const h = sha256Hex\n",
    rule: null,
  },
  {
    name: 'shared/ may import pdfmake types only',
    file: 'shared/x.ts',
    code: "import type { TDocumentDefinitions } from 'pdfmake/interfaces'\nexport type D = TDocumentDefinitions\n",
    rule: null,
  },
  {
    name: 'shared/ may import zod',
    file: 'shared/x.ts',
    code: "import { z } from 'zod'\nexport const s = z.string()\n",
    rule: null,
  },
  {
    name: 'renderer/ may not import electron/',
    file: 'renderer/src/x.ts',
    code: "import { a } from '../../electron/main/window'\nexport const b = a\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'renderer/ may not import the electron module',
    file: 'renderer/src/x.ts',
    code: "import { ipcRenderer } from 'electron'\nexport const b = ipcRenderer\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'components may not touch window.api',
    file: 'renderer/src/features/x.ts',
    code: 'export const a = window.api\n',
    rule: 'no-restricted-syntax',
  },
  {
    name: 'the electron host may touch window.api',
    file: 'renderer/src/bridge/electron-host.ts',
    code: 'export const a = window.api\n',
    rule: null,
  },
  {
    name: 'a component may not import the database (component → store → repository)',
    file: 'renderer/src/features/cases/x.ts',
    code: "import { db } from '@renderer/db/db'\nexport const a = db\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'a component may not import a repository',
    file: 'renderer/src/features/cases/x.ts',
    code: "import { casesRepo } from '@renderer/db/repositories/cases'\nexport const a = casesRepo\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'a component may import record types',
    file: 'renderer/src/features/cases/x.ts',
    code: "import type { CaseRecord } from '@renderer/db/cases-records'\nexport type A = CaseRecord\n",
    rule: null,
  },
  {
    name: 'a .vue component may not import a repository',
    file: 'renderer/src/features/cases/X.vue',
    code: '<script setup lang="ts">\nimport { casesRepo } from \'@renderer/db/repositories/cases\'\nconst a = casesRepo\n</script>\n<template><div>{{ a }}</div></template>\n',
    rule: 'no-restricted-imports',
  },
  {
    name: 'no component is exempt from the fence (the former exemptions included)',
    file: 'renderer/src/features/setup/SetupView.vue',
    code: '<script setup lang="ts">\nimport { db } from \'@renderer/db/db\'\nconst a = db\n</script>\n<template><div>{{ a }}</div></template>\n',
    rule: 'no-restricted-imports',
  },
  {
    name: 'a store may not import from features/',
    file: 'renderer/src/stores/x.ts',
    code: "import { caseErrors } from '@renderer/features/cases/new-case-model'\nexport const a = caseErrors\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'a store may not import from features/ by a relative path',
    file: 'renderer/src/stores/x.ts',
    code: "import { caseErrors } from '../features/cases/new-case-model'\nexport const a = caseErrors\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'a store may import what it shares with components from services/',
    file: 'renderer/src/stores/x.ts',
    code: "import { caseExportRow } from '@renderer/services/case-export'\nexport const a = caseExportRow\n",
    rule: null,
  },
  {
    name: 'the store rule keeps the renderer rules: a store may not import electron',
    file: 'renderer/src/stores/x.ts',
    code: "import { ipcRenderer } from 'electron'\nexport const b = ipcRenderer\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'a store may import a repository',
    file: 'renderer/src/stores/x.ts',
    code: "import { casesRepo } from '@renderer/db/repositories/cases'\nexport const a = casesRepo\n",
    rule: null,
  },
  {
    name: 'the fence keeps the renderer rules: a component may not import electron',
    file: 'renderer/src/features/cases/x.ts',
    code: "import { ipcRenderer } from 'electron'\nexport const b = ipcRenderer\n",
    rule: 'no-restricted-imports',
  },
  {
    name: 'electron/ may not import the renderer',
    file: 'electron/main/x.ts',
    code: "import { a } from '../../renderer/src/x'\nexport const b = a\n",
    rule: 'no-restricted-imports',
  },
]

describe('lint enforces the runtime boundaries (docs/architecture/overview.md §1)', () => {
  it.each(cases)('$name', async ({ file, code, rule }) => {
    const ids = await ruleIds(code, file)
    if (rule) expect(ids).toContain(rule)
    else expect(ids.filter((id) => id.startsWith('no-restricted'))).toEqual([])
  })
})

describe('the type-aware promise rules cover components (.vue) too', () => {
  // With type information: the text is linted as an existing component of the web project.
  const typed = new ESLint({ cwd: process.cwd() })
  const file = 'renderer/src/features/settings/components/ContactVersionsCard.vue'
  const component = (script: string) =>
    `<script setup lang="ts">\n${script}</script>\n<template><button @click="save">保存</button></template>\n`

  it('a floating promise in a component fails lint', async () => {
    const [r] = await typed.lintText(
      component('async function save(): Promise<void> {}\nsave()\n'),
      { filePath: file },
    )
    expect(r?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-floating-promises')
  })

  it('a promise passed where a void callback is expected fails lint', async () => {
    const [r] = await typed.lintText(
      component(
        'async function save(): Promise<void> {}\nconst later = (f: () => void) => f()\nlater(save)\n',
      ),
      { filePath: file },
    )
    expect(r?.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-misused-promises')
  })

  it('an awaited or voided promise passes', async () => {
    const [r] = await typed.lintText(
      component('async function save(): Promise<void> {}\nvoid save()\n'),
      { filePath: file },
    )
    expect(r?.messages.filter((m) => m.ruleId?.includes('promises'))).toEqual([])
  })
})
