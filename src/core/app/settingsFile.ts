import { join } from 'node:path'
import { z } from 'zod'
import type { AppSettings } from '../../shared/contract'
import { readJson } from '../fs/readJson'
import { writeFileAtomic } from '../fs/writeFileAtomic'

const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
  lastNotebookId: z.string().nullable().catch(null),
  syncEnabled: z.array(z.string()).catch([]),
})

const DEFAULTS: AppSettings = { theme: 'system', lastNotebookId: null, syncEnabled: [] }

/** App settings for this device (never synced), in `<home>/settings.json`. */
export async function readSettings(home: string): Promise<AppSettings> {
  const saved = await readJson(join(home, 'settings.json'), settingsSchema).catch(() => undefined)
  return saved ?? DEFAULTS
}

export async function writeSettings(home: string, settings: AppSettings): Promise<void> {
  await writeFileAtomic(join(home, 'settings.json'), JSON.stringify(settings, null, 2))
}
