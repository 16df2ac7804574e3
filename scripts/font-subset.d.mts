/** Subsets a TrueType font with hb-subset (harfbuzzjs wasm from node_modules). */
export declare function subsetFont(args: {
  root: string
  font: Uint8Array
  codePoints: Iterable<number>
  dropTables: string[]
  keepFeatures?: string[]
  dropHinting?: boolean
}): Promise<Uint8Array>

/** Bytes made once and cached under node_modules/.cache/casedesk-fonts, keyed by `key`. */
export declare function cachedBytes(args: {
  root: string
  name: string
  key: string
  make: () => Promise<Uint8Array>
}): Promise<Uint8Array>

/** The code points of the common subset (GB 2312 + ASCII/Latin-1 + punctuation), sorted. */
export declare function commonCodePoints(): number[]

/** A bundled font file: a full file from node_modules, or a cached common subset of one. */
export declare function bundledFontBytes(args: {
  root: string
  file: string
  sources: Record<string, string>
  subsets: Record<string, string>
}): Promise<Uint8Array>
