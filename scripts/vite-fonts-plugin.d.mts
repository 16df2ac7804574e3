import type { Plugin } from 'vite'

/** Serves (dev) and copies (build) the bundled document fonts and OFL.txt to `fonts/`. */
export declare function documentFontsPlugin(options: { root: string }): Plugin
