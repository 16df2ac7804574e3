/**
 * 演示数据: fill the database with a realistic demo office (shared/demo generator, written in
 * batches by demoRepo) with progress. Used by 设置 → 演示数据 and, through its `auto=1` URL,
 * by `npm run seed`.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { db } from '@renderer/db/db'
import { demoRepo } from '@renderer/db/repositories/demo'
import { writeContext } from '@renderer/services/write-context'
import { storageFailureMessage } from '@renderer/db/write-guard'

type DemoState = 'idle' | 'running' | 'done' | 'error'

/** Largest number of demo cases one run may create (the performance issue measures 50,000). */
export const maxDemoCases = 50_000

export const useDemoStore = defineStore('demo', () => {
  const state = ref<DemoState>('idle')
  /** 0–100 while running. */
  const progress = ref(0)
  const message = ref('')
  const created = ref(0)
  const seconds = ref(0)

  async function seed(cases: number): Promise<void> {
    if (state.value === 'running') return
    if (!Number.isInteger(cases) || cases < 1 || cases > maxDemoCases) {
      state.value = 'error'
      message.value = `案件数量应为 1 至 ${maxDemoCases} 之间的整数`
      return
    }
    state.value = 'running'
    progress.value = 0
    message.value = ''
    const started = performance.now()
    try {
      const r = await demoRepo(db).seed(writeContext(), {
        cases,
        onProgress: ({ done, total }) => {
          progress.value = total ? Math.min(99, Math.floor((done / total) * 100)) : 0
        },
      })
      if (!r.ok) {
        state.value = 'error'
        message.value = r.message
        return
      }
      created.value = r.cases
      seconds.value = Math.round((performance.now() - started) / 100) / 10
      progress.value = 100
      state.value = 'done'
    } catch (err) {
      state.value = 'error'
      const storage = storageFailureMessage(err)
      if (storage) {
        message.value = `${storage}已写入的批次会保留。`
        return
      }
      message.value = `生成演示数据失败：${err instanceof Error ? err.message : String(err)}。已写入的批次会保留，可再次生成。`
    }
  }

  return { state, progress, message, created, seconds, seed }
})
