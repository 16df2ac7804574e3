// pdfmake 0.3.11 ships no type declarations; this is the part of its browser build we use.
declare module 'pdfmake/build/pdfmake' {
  interface PdfmakeBrowserDocument {
    getBuffer(): Promise<Uint8Array>
  }
  interface PdfmakeBrowser {
    virtualfs: {
      writeFileSync(name: string, content: Uint8Array): void
      existsSync(name: string): boolean
    }
    setFonts(fonts: Record<string, unknown>): void
    setUrlAccessPolicy(policy: (url: string) => boolean): void
    createPdf(definition: object, options?: object): PdfmakeBrowserDocument
  }
  const pdfMake: PdfmakeBrowser
  export default pdfMake
}
