// Build-time font subsetting with HarfBuzz's hb-subset (harfbuzzjs's harfbuzz-subset.wasm, run
// from node_modules, no network). Used by scripts/vite-fonts-plugin.mjs and by the Node document
// tests, so the browser and the tests embed the same bytes. Plain ESM with a .d.mts beside it.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

/** @type {Promise<WebAssembly.Exports> | null} */
let wasm = null

/** @param {string} root */
function loadHarfbuzz(root) {
  if (!wasm) {
    const require = createRequire(resolve(root, 'package.json'))
    const path = require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')
    wasm = WebAssembly.instantiate(readFileSync(path)).then((r) => r.instance.exports)
  }
  return wasm
}

/** @param {string} t four-character OpenType tag */
const tagOf = (t) =>
  ((t.charCodeAt(0) << 24) | (t.charCodeAt(1) << 16) | (t.charCodeAt(2) << 8) | t.charCodeAt(3)) >>>
  0

// hb_subset_sets_t and hb_subset_flags_t (hb-subset.h)
const SETS_DROP_TABLE_TAG = 3
const SETS_LAYOUT_FEATURE_TAG = 6
const FLAGS_NO_HINTING = 0x1

/**
 * Subsets a TrueType font to the glyphs of `codePoints` (plus .notdef and whatever the kept
 * layout features reach), dropping the tables in `dropTables`.
 * @param {{ root: string, font: Uint8Array, codePoints: Iterable<number>, dropTables: string[], keepFeatures?: string[], dropHinting?: boolean }} args
 * @returns {Promise<Uint8Array>}
 */
export async function subsetFont(args) {
  const hb = /** @type {any} */ (await loadHarfbuzz(args.root))
  const at = hb.malloc(args.font.byteLength)
  new Uint8Array(hb.memory.buffer).set(args.font, at)
  const blob = hb.hb_blob_create(at, args.font.byteLength, 2, 0, 0)
  const face = hb.hb_face_create(blob, 0)
  hb.hb_blob_destroy(blob)
  const input = hb.hb_subset_input_create_or_fail()
  if (!input) throw new Error('hb-subset：无法创建子集输入')
  const unicodes = hb.hb_subset_input_unicode_set(input)
  for (const cp of args.codePoints) hb.hb_set_add(unicodes, cp)
  const drop = hb.hb_subset_input_set(input, SETS_DROP_TABLE_TAG)
  for (const t of args.dropTables) hb.hb_set_add(drop, tagOf(t))
  if (args.keepFeatures) {
    const features = hb.hb_subset_input_set(input, SETS_LAYOUT_FEATURE_TAG)
    hb.hb_set_clear(features)
    for (const t of args.keepFeatures) hb.hb_set_add(features, tagOf(t))
  }
  if (args.dropHinting)
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | FLAGS_NO_HINTING)
  const subset = hb.hb_subset_or_fail(face, input)
  hb.hb_subset_input_destroy(input)
  hb.hb_face_destroy(face)
  hb.free(at)
  if (!subset) throw new Error('hb-subset：字体子集生成失败')
  const result = hb.hb_face_reference_blob(subset)
  const length = hb.hb_blob_get_length(result)
  const data = hb.hb_blob_get_data(result, 0)
  const out = new Uint8Array(hb.memory.buffer, data, length).slice()
  hb.hb_blob_destroy(result)
  hb.hb_face_destroy(subset)
  if (length === 0) throw new Error('hb-subset：字体子集为空')
  return out
}

/**
 * The bytes of `name`, produced by `make` once and cached under node_modules/.cache/casedesk-fonts
 * keyed by `key` (the inputs' hash), so builds and test runs after the first are fast.
 * @param {{ root: string, name: string, key: string, make: () => Promise<Uint8Array> }} args
 * @returns {Promise<Uint8Array>}
 */
export async function cachedBytes(args) {
  const dir = join(args.root, 'node_modules', '.cache', 'casedesk-fonts')
  const hash = createHash('sha256').update(args.key).digest('hex').slice(0, 16)
  const path = join(dir, `${hash}-${args.name}`)
  if (existsSync(path)) return new Uint8Array(readFileSync(path))
  const bytes = await args.make()
  mkdirSync(dir, { recursive: true })
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, bytes)
  renameSync(tmp, path)
  return bytes
}

/**
 * The code points of the common subset: GB 2312 (decoded from its byte table, private-use and
 * vertical-form mappings left out so every ICU version gives the same set), printable ASCII and
 * Latin-1, General Punctuation, Letterlike Symbols, Number Forms, Enclosed Alphanumerics, CJK
 * Symbols and Punctuation, and the Halfwidth/Fullwidth Forms. Sorted.
 * @returns {number[]}
 */
export function commonCodePoints() {
  const set = new Set()
  const add = (/** @type {number} */ from, /** @type {number} */ to) => {
    for (let cp = from; cp <= to; cp += 1) set.add(cp)
  }
  add(0x20, 0x7e)
  add(0xa0, 0xff)
  add(0x2000, 0x206f)
  add(0x2100, 0x218f)
  add(0x2460, 0x24ff)
  add(0x3000, 0x303f)
  add(0xff00, 0xffef)
  const gb2312 = new TextDecoder('gb2312', { fatal: false })
  for (let lead = 0xa1; lead <= 0xf7; lead += 1) {
    for (let trail = 0xa1; trail <= 0xfe; trail += 1) {
      const text = gb2312.decode(new Uint8Array([lead, trail]))
      const cp = text.codePointAt(0) ?? 0xfffd
      if ([...text].length !== 1 || cp === 0xfffd) continue
      if (cp >= 0xe000 && cp <= 0xf8ff) continue
      if (cp >= 0xfe10 && cp <= 0xfe1f) continue
      set.add(cp)
    }
  }
  return [...set].sort((a, b) => a - b)
}

/** Tables the renderer never reads (vertical metrics, baselines, style attributes, signature). */
const DROPPED_TABLES = ['vhea', 'vmtx', 'BASE', 'STAT', 'DSIG']

/**
 * Bytes of a bundled document font file: a full file straight from node_modules, or a common
 * subset (`*.common.ttf`, see BUNDLED_FONT_SET.commonSubset) made from it and cached.
 * @param {{ root: string, file: string, sources: Record<string, string>, subsets: Record<string, string> }} args
 *   `sources` is BUNDLED_FONT_SOURCES, `subsets` the set's commonSubset.files (full → subset).
 * @returns {Promise<Uint8Array>}
 */
export async function bundledFontBytes(args) {
  const require = createRequire(resolve(args.root, 'package.json'))
  const pathOf = (/** @type {string} */ file) => {
    const source = args.sources[file]
    if (!source) throw new Error(`未知的内置字体文件：${file}`)
    return require.resolve(source)
  }
  const full = Object.entries(args.subsets).find(([, subset]) => subset === args.file)?.[0]
  if (!full) return new Uint8Array(readFileSync(pathOf(args.file)))
  const source = pathOf(full)
  const wasmPath = require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')
  const hbVersion = JSON.parse(readFileSync(join(dirname(wasmPath), '..', 'package.json'), 'utf8'))
  const codePoints = commonCodePoints()
  const key = JSON.stringify({
    v: 1,
    source: args.sources[full],
    size: statSync(source).size,
    hb: hbVersion.version,
    dropped: DROPPED_TABLES,
    codePoints: createHash('sha256').update(codePoints.join(',')).digest('hex'),
  })
  return cachedBytes({
    root: args.root,
    name: args.file,
    key,
    make: () =>
      subsetFont({
        root: args.root,
        font: new Uint8Array(readFileSync(source)),
        codePoints,
        dropTables: DROPPED_TABLES,
      }),
  })
}
