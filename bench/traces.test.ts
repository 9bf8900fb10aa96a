import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { loadTrace, TRACES_DIR, traceFile, traceName } from './traces'

describe('editing traces for the rich-text bench', () => {
  it('are found beside the repository, not at a fixed absolute path', () => {
    expect(TRACES_DIR).toBe(resolve('..', 'shared', 'traces'))
    expect(traceFile('seph-blog1')).toBe(join(TRACES_DIR, 'seph-blog1.json.gz'))
  })

  it('may be any file given with --trace, gzipped or not, relative to the current folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'massline-trace-'))
    const trace = { endContent: 'ab', txns: [{ patches: [[0, 0, 'ab']] }] }
    await writeFile(join(dir, 'mine.json'), JSON.stringify(trace))
    await writeFile(join(dir, 'mine.json.gz'), gzipSync(JSON.stringify(trace)))
    expect(loadTrace(join(dir, 'mine.json'))).toEqual(trace)
    expect(loadTrace(join(dir, 'mine.json.gz'))).toEqual(trace)
    expect(traceName(join(dir, 'mine.json.gz'))).toBe('mine')
  })

  it('say where they were looked for when missing', () => {
    expect(() => traceFile('nope', '/nowhere')).toThrow('Editing trace not found: /nowhere/nope.json.gz. Put the traces in /nowhere or pass --trace FILE.')
    expect(() => traceFile('./missing.json')).toThrow(/Editing trace not found: .*missing\.json/)
  })
})
