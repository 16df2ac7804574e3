// pdfmake 0.3.11 ships no type declarations; this is the part of its Node API the tests use.
declare module 'pdfmake' {
  interface PdfmakeOutputDocument {
    getBuffer(): Promise<Buffer>
  }
  interface PdfmakeNode {
    virtualfs: {
      writeFileSync(name: string, content: Buffer | Uint8Array): void
      existsSync(name: string): boolean
    }
    addFonts(fonts: Record<string, unknown>): void
    setFonts(fonts: Record<string, unknown>): void
    setUrlAccessPolicy(policy: (url: string) => boolean): void
    setLocalAccessPolicy(policy: (path: string) => boolean): void
    createPdf(definition: object, options?: object): PdfmakeOutputDocument
  }
  const pdfmake: PdfmakeNode
  export default pdfmake
}
