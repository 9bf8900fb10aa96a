import { packager } from '@electron/packager'
import { resolve } from 'node:path'
import { packagerOptions } from './packagerOptions'

// `npm run package`: the built app (run `npm run build` first) as a folder per platform in dist/,
// with its fuses flipped. Needs Node 22.12+ and downloads the Electron binary once.
const paths = await packager(packagerOptions(resolve(import.meta.dirname, '..')))
process.stdout.write(`${paths.join('\n')}\n`)
