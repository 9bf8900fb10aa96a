// Bundles the Node entry points (CLI, loopback host, benchmarks) so they start fast: the
// cold-open target counts from process start. Dependencies stay external (Automerge loads
// its WebAssembly from its own package folder).
import { build } from 'esbuild'

const entries = {
  massline: 'src/core/cli/main.ts',
  host: 'src/core/host/main.ts',
  bench: 'bench/index.ts',
}

await build({
  entryPoints: entries,
  outdir: 'out/node',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
})
