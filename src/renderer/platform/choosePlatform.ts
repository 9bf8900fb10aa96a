import type { PreloadApi } from '../../shared/bridge/preloadApi'
import { createElectronPlatform } from './electronPlatform'
import { createHostPlatform } from './hostPlatform'
import type { Platform } from './Platform'

declare global {
  interface Window {
    massline?: PreloadApi
  }
}

/** Electron when the preload is present, the loopback host otherwise (both are small: bundled with the start, not a second round trip). */
export async function choosePlatform(onDisconnect: () => void): Promise<Platform> {
  return window.massline ? createElectronPlatform() : createHostPlatform(onDisconnect)
}
