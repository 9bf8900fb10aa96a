import { join } from 'node:path'
import { readJson } from '../core/fs/readJson'
import { writeFileAtomic } from '../core/fs/writeFileAtomic'
import { windowStateSchema, type WindowState } from './windowState'

const fileIn = (userData: string) => join(userData, 'window-state.json')

/** The remembered window state; a missing or damaged file just means "use the defaults". */
export async function readWindowState(userData: string): Promise<WindowState | undefined> {
  return readJson(fileIn(userData), windowStateSchema).catch(() => undefined)
}

export async function writeWindowState(userData: string, state: WindowState): Promise<void> {
  await writeFileAtomic(fileIn(userData), JSON.stringify(state))
}
