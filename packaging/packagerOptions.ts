import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses'
import type { Options } from '@electron/packager'
import { join } from 'node:path'

/**
 * Electron's fuses, flipped in the packaged binary (they cannot be changed at run time):
 * - no `ELECTRON_RUN_AS_NODE`, `NODE_OPTIONS` or `--inspect`: the app's binary cannot be
 *   turned into a plain Node.js or a debuggable process that reads the notebooks' keys;
 * - cookies encrypted with the OS keychain;
 * - the app only from its asar archive, and that archive checked against the hash embedded in
 *   the binary (enforced on macOS and Windows; Electron has no integrity check on Linux yet).
 */
export const FUSES: FuseV1Config = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // file:// gets no more than other schemes: the app is served from app:// (src/main/appProtocol.ts).
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
}

export const APP_NAME = 'Massline'

/** The Electron binary (or macOS bundle) inside one packaged build folder. */
export function electronBinary(buildPath: string, platform: string): string {
  if (platform === 'darwin' || platform === 'mas') return join(buildPath, `${APP_NAME}.app`)
  return join(buildPath, platform === 'win32' ? `${APP_NAME}.exe` : APP_NAME.toLowerCase())
}

// Only the built app, its fonts and package.json go into the archive (node_modules is pruned to production).
const KEEP = /^\/(out(\/(main|preload|renderer)(\/|$)|$)|resources(\/|$)|node_modules(\/|$)|package\.json$)/

/** @electron/packager's options for `npm run package` (after `npm run build`). */
export function packagerOptions(repository: string): Options {
  return {
    dir: repository,
    out: join(repository, 'dist'),
    name: APP_NAME,
    executableName: APP_NAME.toLowerCase(),
    overwrite: true,
    prune: true,
    asar: true,
    ignore: (path: string) => path !== '' && !KEEP.test(path),
    afterComplete: [
      (buildPath, _electronVersion, platform, _arch, done) => {
        flipFuses(electronBinary(buildPath, platform), { ...FUSES, resetAdHocDarwinSignature: platform === 'darwin' && process.arch === 'arm64' }).then(
          () => done(),
          (error: Error) => done(error),
        )
      },
    ],
  }
}
