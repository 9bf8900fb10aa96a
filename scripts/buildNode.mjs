// Bundles the Node entry points (CLI, loopback host, benchmarks) with their pure-JS
// dependencies: loading one file starts about a third faster than resolving hundreds of
// ESM modules, and the cold-open target counts from process start. Kept external: Automerge
// (it loads its WebAssembly from its own folder), native addons and what depends on them,
// Playwright and Electron.
import { build } from 'esbuild'

const external = [
  '@automerge/automerge',
  '@automerge/automerge/*',
  'sodium-native',
  'sodium-universal',
  'udx-native',
  'hyperswarm',
  'hyperdht',
  'hyperdht/*',
  '@hyperswarm/*',
  'multicast-dns',
  'b4a',
  'qrcode',
  'bufferutil',
  'utf-8-validate',
  'playwright-core',
  'electron',
]

await build({
  entryPoints: { massline: 'src/core/cli/main.ts', host: 'src/core/host/main.ts', bench: 'bench/index.ts' },
  outdir: 'out/node',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external,
  // Bundled CommonJS dependencies still call require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  sourcemap: 'linked',
  logLevel: 'warning',
})
