import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_DIR_NAME = 'Massline'

/**
 * The data directory Electron's `app.getPath('userData')` gives for our product name, so the
 * CLI and the host see the desktop app's notebooks. MASSLINE_HOME overrides it.
 */
export function defaultHome(env = process.env, platform = process.platform): string {
  if (env.MASSLINE_HOME) return env.MASSLINE_HOME
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME)
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME)
}
