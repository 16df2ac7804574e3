import { ref, type Ref } from 'vue'
import type { FormInstance, FormItemRule } from 'element-plus'
import type { FieldErrors } from '@shared/domain/settings'

export interface FieldSpec {
  prop: string
  required: boolean
}

/**
 * ElForm rules that run the shared/ validator, so the form shows exactly the messages the
 * domain layer would return. `serverErrors` holds errors the write itself reported (e.g. a
 * duplicate found in the transaction); they show inline until the next edit of the form.
 * `required` only draws the asterisk: with a custom validator, async-validator does not add
 * its own (English) required message.
 */
export function useFormRules(fields: FieldSpec[], errorsFor: () => FieldErrors) {
  const serverErrors: Ref<FieldErrors> = ref({})
  const rules: Record<string, FormItemRule[]> = {}
  for (const { prop, required } of fields) {
    rules[prop] = [
      {
        required,
        trigger: ['blur', 'change'],
        validator: (_rule, _value, callback) => {
          const message = serverErrors.value[prop] ?? errorsFor()[prop]
          if (message) callback(new Error(message))
          else callback()
        },
      },
    ]
  }

  /** Show errors returned by a write; fields without an item go to the returned list. */
  async function showServerErrors(form: FormInstance | undefined, errors: FieldErrors) {
    serverErrors.value = errors
    const known = Object.keys(errors).filter((k) => k in rules)
    if (form && known.length) await form.validateField(known).catch(() => undefined)
    return Object.entries(errors)
      .filter(([k]) => !(k in rules))
      .map(([, message]) => message)
  }

  function clearServerErrors() {
    serverErrors.value = {}
  }

  return { rules, showServerErrors, clearServerErrors }
}

/** Enter submits (dialogs), except in text areas and while an IME is composing Chinese. */
export function isSubmitEnter(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  return !event.isComposing && event.key === 'Enter' && target?.tagName !== 'TEXTAREA'
}
