import { existsSync, readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gunzipSync } from 'node:zlib'

type Patch = [number, number, string]
export interface Trace {
  endContent: string
  txns: { patches: Patch[]; agent?: number; parents?: number[] }[]
}

/** The repository holding `from` (this file in bench/, or the bundle in out/node/): the nearest folder with package.json. */
export function repositoryOf(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`)
  }
}

/** The editing traces sit beside the repository, in ../shared/traces (see its README). */
export const TRACES_DIR = resolve(repositoryOf(fileURLToPath(import.meta.url)), '../shared/traces')

/** A trace given by name (a file of TRACES_DIR) or by path (`--trace FILE`, relative to the current folder). */
export function traceFile(nameOrPath: string, tracesDir = TRACES_DIR): string {
  const file = /[/\\]|\.gz$|\.json$/.test(nameOrPath) ? resolve(nameOrPath) : resolve(tracesDir, `${nameOrPath}.json.gz`)
  if (!existsSync(file)) throw new Error(`Editing trace not found: ${file}. Put the traces in ${tracesDir} or pass --trace FILE.`)
  return file
}

export const traceName = (file: string): string => basename(file).replace(/\.json(\.gz)?$/, '')

export function loadTrace(nameOrPath: string, tracesDir = TRACES_DIR): Trace {
  const file = traceFile(nameOrPath, tracesDir)
  const bytes = readFileSync(file)
  // gzip starts with 1f 8b; a plain .json trace is read as is.
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8')
  return JSON.parse(text) as Trace
}
