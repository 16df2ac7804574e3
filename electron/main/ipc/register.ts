/**
 * registerIpc: the only place ipcMain.handle is called (VS Code's validated IPC). ─── SECURITY-CRITICAL ───
 * Every call is checked in this order: the sender is the main frame of one of our windows at our
 * origin → the input parses with the channel's schema → the handler runs → the output parses.
 * A failed check rejects the invoke (a bug or an attack); expected failures are results.
 */
import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { contract, type RequestChannel } from '@shared/ipc/contract'
import { isAppUrl } from '../origin'
import type { Handler, Handlers } from './types'

type FrameLike = Pick<WebFrameMain, 'url' | 'parent'>

/** Whether an invoke comes from the top frame of our renderer (app://casedesk or the dev server). */
export function isTrustedSender(
  event: { senderFrame: FrameLike | null },
  devOrigin: string | null,
): boolean {
  const frame = event.senderFrame
  if (!frame) return false // navigated away or destroyed while the call was in flight
  if (frame.parent !== null) return false // iframes never get the API's powers
  return isAppUrl(frame.url, devOrigin)
}

/** Wrap one handler with the sender check and both schema parses. */
export function wrapHandler<C extends RequestChannel>(
  channel: C,
  handler: Handler<C>,
  devOrigin: string | null,
): (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown> {
  const schemas = contract[channel]
  return async (event, input) => {
    if (!isTrustedSender(event, devOrigin)) {
      throw new Error(`IPC ${channel}: refused, sender is not the app's main frame`)
    }
    const parsedInput = schemas.input.safeParse(input)
    if (!parsedInput.success) {
      throw new Error(`IPC ${channel}: invalid input: ${parsedInput.error.message}`)
    }
    const output = await (handler as (value: unknown) => Promise<unknown>)(parsedInput.data)
    const parsedOutput = schemas.output.safeParse(output)
    if (!parsedOutput.success) {
      throw new Error(
        `IPC ${channel}: handler returned invalid output: ${parsedOutput.error.message}`,
      )
    }
    return parsedOutput.data
  }
}

/** Register every contract channel. Throws if a handler is missing or one is not in the contract. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers,
  devOrigin: string | null,
): void {
  const channels = Object.keys(contract) as RequestChannel[]
  const extra = Object.keys(handlers).filter((name) => !(name in contract))
  if (extra.length > 0) throw new Error(`handlers without a contract entry: ${extra.join(', ')}`)
  for (const channel of channels) {
    const handler = handlers[channel] as Handler<typeof channel> | undefined
    if (typeof handler !== 'function') throw new Error(`no handler for IPC channel ${channel}`)
    ipcMain.handle(channel, wrapHandler(channel, handler, devOrigin))
  }
}
