/** The path of a Chromium to drive, or null when none is found. */
export declare function findChromium(env?: NodeJS.ProcessEnv): string | null
/** The path of a Chromium, or throws an Error saying in one line what to install. */
export declare function chromiumOrExplain(env?: NodeJS.ProcessEnv): string
/** The flags of every Chromium the e2e suite and the benchmarks start. */
export declare const CHROMIUM_FLAGS: string[]
