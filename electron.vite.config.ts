import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

// The renderer loads Automerge's WebAssembly from the base64 build: no bundler WASM plugin,
// and it works the same under file:// in Electron and over the loopback host.
const automergeBase64 = resolve('node_modules/@automerge/automerge/dist/mjs/entrypoints/fullfat_base64.js')

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
    plugins: [react()],
    resolve: { alias: [{ find: /^@automerge\/automerge$/, replacement: automergeBase64 }] },
    build: {
      target: 'chrome130',
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
})
