import 'fake-indexeddb/auto'
import { AppDB } from '@renderer/db/app-db'
import type { WriteContext } from '@renderer/db/records'

let counter = 0
let idCounter = 0

/** A fresh, uniquely named database per test (fake-indexeddb is process-global). */
export function freshDb(): AppDB {
  counter += 1
  return new AppDB(`test-${counter}-${Math.random().toString(36).slice(2)}`)
}

/** Deterministic ids and a fixed clock that advances one second per write. */
export function testContext(start = '2026-03-01T08:00:00.000Z'): WriteContext & { tick(): void } {
  let t = Date.parse(start)
  const ctx = {
    actor: 'test-user',
    now: new Date(t).toISOString(),
    newId: () => `00000000-0000-4000-8000-${String(++idCounter).padStart(12, '0')}`,
    tick() {
      t += 1000
      ctx.now = new Date(t).toISOString()
    },
  }
  return ctx
}

export const profileInput = {
  fullName: '武汉市汉阳区市场监督管理局',
  docCode: '鄂汉阳市监',
  reviewAuthority: '武汉市汉阳区人民政府',
  court: '武汉市汉阳区人民法院',
  payment: {
    bank: '',
    accountName: '',
    accountNumber: '',
    epayNote: '通过非税收入电子缴款平台缴纳',
  },
}

export const contactInput = {
  contactPerson: '王芳',
  contactPhone: '027-84851234',
  address: '武汉市汉阳区鹦鹉大道 1 号',
  postalCode: '430050',
  complaintHotline: '12315',
  effectiveFrom: '2026-01-01',
}

export const officerInput = (n: number, over: Record<string, unknown> = {}) => ({
  name: `执法人员${n}`,
  certificateNo: `HB-${String(n).padStart(4, '0')}`,
  unit: '汉阳市场监管所',
  mobile: `1381234${String(n).padStart(4, '0')}`,
  roles: ['handler'],
  active: true,
  ...over,
})
