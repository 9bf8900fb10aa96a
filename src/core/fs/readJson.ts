import { readFile } from 'node:fs/promises'
import type { z } from 'zod'

/** Reads and validates a JSON file; `undefined` when it does not exist. */
export async function readJson<T>(path: string, schema: z.ZodType<T>): Promise<T | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new Error(`${path} is not valid JSON; the file is damaged`)
  }
  const result = schema.safeParse(parsed)
  if (!result.success) throw new Error(`${path} has an unexpected shape: ${result.error.issues[0]?.message}`)
  return result.data
}
