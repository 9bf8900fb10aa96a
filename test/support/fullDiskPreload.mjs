// Loaded with `node --import` into a host under test: while the file named by
// MASSLINE_TEST_FULL_DISK exists, every file opened for writing fails with ENOSPC, as on a
// full disk. (Tests run as root, so a read-only folder would not stop a write.)
import { existsSync } from 'node:fs'
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

const marker = process.env.MASSLINE_TEST_FULL_DISK
const open = fs.promises.open
fs.promises.open = async (path, flags, mode) => {
  if (marker && existsSync(marker) && typeof flags === 'string' && /[wa+]/.test(flags)) {
    throw Object.assign(new Error(`ENOSPC: no space left on device, open '${path}'`), { code: 'ENOSPC', errno: -28, syscall: 'open', path })
  }
  return open(path, flags, mode)
}
syncBuiltinESMExports()
