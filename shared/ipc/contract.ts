/**
 * The typed IPC contract between the renderer (through the preload) and main (docs/architecture/overview.md §5,
 * docs/conventions.md). One entry per request channel: an input schema that main parses before the
 * handler runs, and an output schema main parses before replying. Types are inferred from the
 * schemas, so this file is the single source of truth.
 *
 * Results follow `HostResult` (renderer/src/bridge/host-api.ts): expected failures come back as
 * `{ ok: false, code, message }` with a Chinese message the UI can show as-is; a schema failure
 * or an untrusted sender is a bug or an attack and makes the call reject instead.
 *
 * Bytes cross as `Uint8Array`. The renderer never sends a path: save/open dialogs in main
 * choose every path, and temporary files live under `userData/tmp`.
 */
import { z } from 'zod'
import {
  type ApiMethod,
  type EventChannel,
  type EventMethod,
  type RequestChannel,
  eventChannels,
  requestChannels,
} from './channels'
import { MAX_SYSTEM_FONT_BYTES, isSystemFontFileName } from './system-fonts'
import {
  syncConfigureInputSchema,
  syncConfiguredSchema,
  syncRequestInputSchema,
  syncResponseSchema,
} from './sync-proxy'

/** Largest file the host reads or writes in one call: 200 MB. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024

/**
 * The Chinese message for a file larger than {@link MAX_FILE_BYTES}.
 * @param byteLength - the size of the offending file in bytes
 * @returns a message saying the size, the limit and what to do
 */
export function fileTooLargeMessage(byteLength: number): string {
  const mb = (byteLength / 1024 / 1024).toFixed(1)
  return `文件过大（${mb} MB），单个文件不能超过 200 MB。请压缩或拆分后再试。`
}

export const hostFailureCodeSchema = z.enum(['canceled', 'io', 'invalid', 'unsupported'])

/** `{ ok: false, code, message }`: an expected failure with a Chinese message. */
export const hostFailureSchema = z.object({
  ok: z.literal(false),
  code: hostFailureCodeSchema,
  message: z.string().min(1),
})

const okVoidSchema = z.object({ ok: z.literal(true) })

function resultOf<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), hostFailureSchema])
}

const voidResultSchema = z.discriminatedUnion('ok', [okVoidSchema, hostFailureSchema])

/** Any Uint8Array (typed as `Uint8Array`, matching HostApi, not `Uint8Array<ArrayBuffer>`). */
export const uint8ArraySchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  message: 'expected a Uint8Array',
})

/**
 * Largest chunk of a backup written or read in one call of the backup:* streaming channels
 * (a backup itself has no size limit: it crosses as many chunks).
 */
export const MAX_BACKUP_CHUNK_BYTES = 16 * 1024 * 1024

const backupChunkSchema = uint8ArraySchema.refine(
  (bytes) => bytes.byteLength <= MAX_BACKUP_CHUNK_BYTES,
  { message: 'bytes exceed MAX_BACKUP_CHUNK_BYTES' },
)

/** An id main handed out for a backup being written or read (never a path). */
const streamIdSchema = z.string().min(1).max(100)

const backupStampSchema = z.string().regex(/^\d{8}-\d{6}$/)

/** A backup opened for reading: its token, file name and size. */
export const backupReadTokenSchema = z.object({
  token: z.string().min(1),
  name: z.string().min(1),
  bytes: z.number().int().nonnegative(),
})

export const bytesSchema = uint8ArraySchema.refine((bytes) => bytes.byteLength <= MAX_FILE_BYTES, {
  message: 'bytes exceed MAX_FILE_BYTES',
})

/** A suggested file name (main sanitises it further before use). */
export const suggestedNameSchema = z.string().trim().min(1).max(200)

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/))
    .min(1)
    .max(20),
})

export const fileFiltersSchema = z.array(fileFilterSchema).max(10)

export const appInfoSchema = z.object({
  name: z.string().min(1),
  version: z.string().min(1),
  host: z.enum(['electron', 'browser']),
  platform: z.string().min(1),
})

const savedPathSchema = z.object({ path: z.string().nullable() })

const writtenBackupSchema = z.object({
  name: z.string(),
  path: z.string(),
  officePath: z.string().nullable(),
  officeError: z.string().nullable(),
  removed: z.number().int().nonnegative(),
})

export const pickedFileSchema = z.object({ name: z.string().min(1), bytes: uint8ArraySchema })

/** One file in a backup folder. */
export const backupFileSchema = z.object({
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  /** ISO timestamp of the file's last modification. */
  modifiedAt: z.string(),
  location: z.enum(['local', 'office']),
})

export const backupListSchema = z.object({
  folder: z.string(),
  officeFolder: z.string().nullable(),
  officeError: z.string().nullable(),
  files: z.array(backupFileSchema),
})

/** An allowlisted system font file name (exact, case-insensitive; never a path). */
export const systemFontNameSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isSystemFontFileName, { message: 'not an allowlisted system font file name' })

/** A system font file: its bytes, or null when it is not installed on this PC. */
export const systemFontFileSchema = z.object({
  fileName: z.string().min(1),
  bytes: uint8ArraySchema
    .refine((bytes) => bytes.byteLength <= MAX_SYSTEM_FONT_BYTES, {
      message: 'bytes exceed MAX_SYSTEM_FONT_BYTES',
    })
    .nullable(),
})

/** Channel → { input, output } schemas. */
export const contract = {
  /**
   * Product name, version and platform for the title bar and the About dialog.
   * Caller: the bridge's `getAppInfo()` (electron-host.ts). Input: none. Never fails.
   */
  'app:getInfo': { input: z.undefined(), output: appInfoSchema },

  /**
   * Save PDF bytes: main shows the native save dialog (default name = sanitised
   * `suggestedName`, in the user's Documents folder) and writes the file atomically.
   * Caller: document services via `host.savePdf`. Failures: `canceled` (dialog closed),
   * `io` (no permission, disk full, file open in another program).
   */
  'documents:savePdf': {
    input: z.strictObject({ bytes: bytesSchema, suggestedName: suggestedNameSchema }),
    output: resultOf(savedPathSchema),
  },

  /**
   * Print PDF bytes: main writes them to `userData/tmp/<id>/` and opens a sandboxed print
   * window with Chromium's PDF viewer, where the user prints (Ctrl+P or the viewer's print
   * button); the temporary file is removed when the window closes.
   * Caller: document services via `host.printPdf`. Failures: `io` (temp file not writable),
   * `unsupported` (the PDF viewer could not load the file).
   */
  'documents:printPdf': {
    input: z.strictObject({ bytes: bytesSchema, title: z.string().trim().min(1).max(200) }),
    output: voidResultSchema,
  },

  /**
   * Open PDF bytes in the operating system's PDF viewer: main writes them to
   * `userData/tmp/<id>/<name>.pdf` and calls `shell.openPath`. Temporary files older than a
   * day are removed at the next start. Caller: `host.openPdf`. Failures: `io` (write failed),
   * `unsupported` (no PDF viewer installed / the OS refused to open it).
   */
  'documents:openPdf': {
    input: z.strictObject({ bytes: bytesSchema, suggestedName: suggestedNameSchema }),
    output: voidResultSchema,
  },

  /**
   * Let the user pick one file (native open dialog with `filters`) and return its name and
   * bytes. Caller: import features via `host.pickFile`. Failures: `canceled`, `invalid`
   * (larger than 200 MB, or an extension outside `filters`), `io` (unreadable).
   */
  'files:pickAndRead': {
    input: z.strictObject({ title: z.string().trim().min(1).max(200), filters: fileFiltersSchema }),
    output: resultOf(pickedFileSchema),
  },

  /**
   * Write bytes to a file the user chooses in the native save dialog (backups, exports).
   * Caller: `host.saveFile`. Failures: `canceled`, `io`.
   */
  'files:saveAs': {
    input: z.strictObject({
      bytes: bytesSchema,
      suggestedName: suggestedNameSchema,
      filters: fileFiltersSchema,
    }),
    output: resultOf(savedPathSchema),
  },

  /**
   * Start writing a backup of any size in chunks (docs/data-safety.md, "Backups"): main creates
   * `<name>.<id>.part` in `userData/backups` (name from `stamp` and `kind`: increments end in
   * `-incr`) and removes partial files an interrupted backup left there. Then `backup:append`
   * per chunk, and `backup:finish` or `backup:abort`. Failures: `io` (folder not writable, too
   * many backups in progress).
   */
  'backup:open': {
    input: z.strictObject({
      kind: z.enum(['full', 'increment']),
      stamp: backupStampSchema,
      reason: z.enum(['manual', 'scheduled', 'exit', 'pre-restore']),
    }),
    output: resultOf(z.object({ id: streamIdSchema })),
  },

  /**
   * Append the next chunk (at most 16 MiB) to the backup `id`. Failures: `invalid` (unknown
   * id, e.g. after a reload), `io` (disk full: the partial file is removed).
   */
  'backup:append': {
    input: z.strictObject({ id: streamIdSchema, bytes: backupChunkSchema }),
    output: voidResultSchema,
  },

  /**
   * Finish the backup `id`: fsync, close, atomic rename to its final name, copy to the office
   * folder, rotate both folders (7 daily + 4 weekly, shared/backup/rotation.ts). Failures: `invalid` (unknown id), `io`.
   */
  'backup:finish': {
    input: z.strictObject({ id: streamIdSchema }),
    output: resultOf(writtenBackupSchema),
  },

  /** Give up the backup `id`: its partial file is removed. Never fails. */
  'backup:abort': { input: z.strictObject({ id: streamIdSchema }), output: voidResultSchema },

  /**
   * Let the user pick one or more backup files (a full backup and its increments) in the native
   * open dialog; each gets a read token for `backup:readChunk`. Failures: `canceled`, `invalid`
   * (not a .casedesk file), `io`.
   */
  'backup:pickRead': {
    input: z.strictObject({ title: z.string().trim().min(1).max(200) }),
    output: resultOf(z.object({ files: z.array(backupReadTokenSchema).min(1).max(100) })),
  },

  /**
   * A read token for a listed backup (`name` must be a CaseDesk backup name; main resolves it in
   * the chosen folder only). Failures: `invalid` (not a backup name, no office folder), `io`.
   */
  'backup:openListed': {
    input: z.strictObject({
      location: z.enum(['local', 'office']),
      name: z.string().min(1).max(200),
    }),
    output: resultOf(backupReadTokenSchema),
  },

  /**
   * Read up to `length` bytes (at most 16 MiB) at `offset` of an opened backup (fewer at its
   * end). Failures: `invalid` (unknown token), `io`.
   */
  'backup:readChunk': {
    input: z.strictObject({
      token: streamIdSchema,
      offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      length: z.number().int().min(1).max(MAX_BACKUP_CHUNK_BYTES),
    }),
    output: resultOf(z.object({ bytes: backupChunkSchema })),
  },

  /** Forget a read token. Never fails. */
  'backup:closeRead': {
    input: z.strictObject({ token: streamIdSchema }),
    output: voidResultSchema,
  },

  /**
   * The backups in `userData/backups` and the office folder, newest first, plus both folder
   * paths. Caller: the data-safety page. Failures: `io` (local folder unreadable); an
   * unreachable office folder is reported in `officeError`.
   */
  'backup:list': { input: z.undefined(), output: resultOf(backupListSchema) },

  /**
   * Let the office choose a backup folder (e.g. a network drive) in the native folder dialog;
   * main checks it is writable and remembers it in `userData/backup-settings.json`.
   * Failures: `canceled`, `io` (not writable).
   */
  'backup:chooseFolder': {
    input: z.undefined(),
    output: resultOf(z.object({ officeFolder: z.string() })),
  },

  /** Stop copying backups to the office folder (files already there stay). Never fails. */
  'backup:clearFolder': { input: z.undefined(), output: voidResultSchema },

  /**
   * The renderer finished (or gave up) the on-exit backup main asked for with
   * `backup:requested`; main then closes the window. Never fails.
   */
  'backup:finishExit': { input: z.strictObject({ ok: z.boolean() }), output: voidResultSchema },

  /**
   * Read one of the office PC's font files for document rendering (prefer the installed
   * 仿宋/黑体). `fileName` must be an allowlisted name (shared/ipc/system-fonts.ts); main looks
   * for it only in `%WINDIR%\Fonts` (or the test-only `CASEDESK_FONTS_DIR`). `bytes: null` when
   * the font is not installed. Caller: renderer/src/documents/font-choice.ts via
   * `host.readSystemFont`. Failures: `unsupported` (not Windows), `invalid` (not allowlisted),
   * `io` (unreadable, not a regular file, larger than 64 MB).
   */
  'fonts:readSystem': {
    input: z.strictObject({ fileName: systemFontNameSchema }),
    output: resultOf(systemFontFileSchema),
  },

  /**
   * Give main the office server and the officer's CouchDB login for the sync requests
   * (shared/ipc/sync-proxy.ts, docs/sync.md "Connection"). `password: null` keeps the one main
   * holds for this user. With `remember`, the password is kept encrypted with Electron's
   * `safeStorage` in userData (never in plain text; not at all when the OS offers no encryption);
   * otherwise only in memory until the app quits. Caller: renderer/src/sync/store.ts via
   * `host.configureSync`. Failures: `invalid` (no password held for this user), `io` (the
   * encrypted file could not be written; the login is still kept in memory).
   */
  'sync:configure': {
    input: syncConfigureInputSchema,
    output: resultOf(syncConfiguredSchema),
  },

  /** Forget the server login main holds (memory and the encrypted file). Never fails. */
  'sync:forget': { input: z.strictObject({}), output: voidResultSchema },

  /**
   * One HTTP request of PouchDB to the configured office database, made by main (the renderer's
   * Content-Security-Policy allows no other origin). The path must stay inside the configured
   * database (or be the server root); main adds the Authorization header. Caller:
   * renderer/src/sync/pouch.ts (`proxyFetch`) via `host.syncRequest`. Failures: `unsupported`
   * (no server configured), `io` (the server could not be reached or timed out, in Chinese),
   * `invalid` (a path outside the database, a response larger than the limit).
   */
  'sync:request': {
    input: syncRequestInputSchema,
    output: resultOf(syncResponseSchema),
  },
} as const satisfies Record<RequestChannel, { input: z.ZodType; output: z.ZodType }>

/** Push event channel → payload schema (main → renderer). */
export const events = {
  /**
   * Main asks the renderer for a backup: sent when the main window is about to close and the
   * last backup is older than the policy allows. The renderer writes it in chunks (`backup:open` with
   * reason 'exit', `backup:append`, `backup:finish`) and then calls `backup:finishExit`; main closes after that or after 60 s.
   */
  'backup:requested': z.object({ reason: z.literal('exit') }),
} as const satisfies Record<EventChannel, z.ZodType>

/** Payload of a push event. */
export type EventPayload<E extends EventChannel> = z.output<(typeof events)[E]>

export type Contract = typeof contract

/** What the renderer passes for `channel` (before parsing). */
export type ChannelInput<C extends RequestChannel> = z.input<Contract[C]['input']>

/** What main returns for `channel` (after parsing). */
export type ChannelOutput<C extends RequestChannel> = z.output<Contract[C]['output']>

/** The channel behind a `window.api` method. */
export type ChannelOf<M extends ApiMethod> = (typeof requestChannels)[M]

/**
 * The shape of `window.api`: one named method per request channel and one `on<Event>` per push
 * event (the callback gets the payload only; the call returns an unsubscribe function).
 */
export type Api = {
  readonly [M in ApiMethod]: ChannelInput<ChannelOf<M>> extends undefined
    ? () => Promise<ChannelOutput<ChannelOf<M>>>
    : (input: ChannelInput<ChannelOf<M>>) => Promise<ChannelOutput<ChannelOf<M>>>
} & {
  readonly [E in EventMethod]: (
    callback: (payload: EventPayload<(typeof eventChannels)[E]>) => void,
  ) => () => void
}

export { eventChannels, requestChannels }
export type { ApiMethod, EventChannel, EventMethod, RequestChannel }
