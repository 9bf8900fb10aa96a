import type { PreloadApi } from '../../shared/bridge/preloadApi'
import type { Platform } from './Platform'

declare global {
  interface Window {
    massline?: PreloadApi
  }
}

/** Electron when the preload is present, the loopback host otherwise. */
export async function choosePlatform(onDisconnect: () => void): Promise<Platform> {
  if (window.massline) {
    const { createElectronPlatform } = await import('./electronPlatform')
    return createElectronPlatform()
  }
  const { createHostPlatform } = await import('./hostPlatform')
  return createHostPlatform(onDisconnect)
}
