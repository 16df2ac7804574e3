/** Handler types inferred from the contract. */
import type { ChannelInput, ChannelOutput, RequestChannel } from '@shared/ipc/contract'
import type { z } from 'zod'
import type { contract } from '@shared/ipc/contract'

/** Parsed input of a channel (after zod). */
type ParsedInput<C extends RequestChannel> = z.output<(typeof contract)[C]['input']>

/** What a handler may return: the output schema's input type (main parses it before replying). */
type HandlerOutput<C extends RequestChannel> = z.input<(typeof contract)[C]['output']>

export type Handler<C extends RequestChannel> = (input: ParsedInput<C>) => Promise<HandlerOutput<C>>

/** One handler per channel; registerIpc refuses to start with any missing. */
export type Handlers = { [C in RequestChannel]: Handler<C> }

export type { ChannelInput, ChannelOutput, RequestChannel }
