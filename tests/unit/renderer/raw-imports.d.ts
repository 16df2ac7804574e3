// Vite's ?raw imports in renderer tests (tsconfig.web.json has no vite/client types).
declare module '*?raw' {
  const content: string
  export default content
}
