import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import { renderCspMeta } from './src/shared/csp'

// The renderer uses Automerge's slim entry and loads the WebAssembly itself, from the base64
// chunk, asynchronously (src/renderer/platform/automergeWasm.ts): no bundler WASM plugin, no
// fetch of a .wasm file (which file:// pages in Electron cannot do), and no main-thread
// compile blocking the first screen.
const automergeSlim = resolve('node_modules/@automerge/automerge/dist/mjs/entrypoints/slim.js')

/** Writes the one shared Content-Security-Policy into index.html (the dev variant under `npm run dev`). */
function cspMeta(): Plugin {
  return {
    name: 'massline-csp-meta',
    transformIndexHtml: (html, context) => renderCspMeta(html, { devServerUrl: context.server?.resolvedUrls?.local[0] }),
  }
}

export default defineConfig({
  main: {
    build: { rollupOptions: { input: { index: resolve('src/main/index.ts') } } },
  },
  preload: {
    // A sandboxed preload must be one CommonJS file that requires nothing but electron.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    plugins: [react(), cspMeta()],
    resolve: { alias: [{ find: /^@automerge\/automerge$/, replacement: automergeSlim }] },
    build: {
      target: 'chrome130',
      // electron-vite leaves the renderer unminified; the start bundle is parsed on every launch.
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
})
