import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { newStorageKey } from './seal'
import { SealedFiles } from './SealedFiles'

it('writes files sealed, reads them back, and refuses one copied over another', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'massline-sealed-'))
  const files = new SealedFiles(newStorageKey(), dir)
  await files.write(join(dir, 'index', 'contacts.json'), '{"name":"Rosa"}')
  await files.write(join(dir, 'index', 'notes.json'), '{"name":"Lucy"}')
  expect(await readFile(join(dir, 'index', 'contacts.json'), 'utf8')).not.toContain('Rosa')
  expect(await files.readText(join(dir, 'index', 'contacts.json'))).toBe('{"name":"Rosa"}')
  expect(await files.read(join(dir, 'missing.json'))).toBeUndefined()
  await copyFile(join(dir, 'index', 'notes.json'), join(dir, 'index', 'contacts.json'))
  await expect(files.read(join(dir, 'index', 'contacts.json'))).rejects.toThrow(/contacts\.json is damaged or was altered/)
  await writeFile(join(dir, 'clear.json'), '{}')
  await expect(files.read(join(dir, 'clear.json'))).rejects.toThrow(/clear\.json is not sealed/)
})
