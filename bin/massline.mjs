#!/usr/bin/env node
// The CLI is bundled by `npm run build` (run by `npm install`) into out/node.
import { existsSync } from 'node:fs'

const entry = new URL('../out/node/massline.mjs', import.meta.url)
if (!existsSync(entry)) {
  process.stderr.write('massline: not built yet; run `npm install` or `npm run build` in the repository first\n')
  process.exit(1)
}
await import(entry.href)
