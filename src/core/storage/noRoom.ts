/** Error codes that mean "this disk or folder takes no more writes right now", not "the data is bad". */
const NO_ROOM_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'])

export function isNoRoom(error: unknown): boolean {
  return NO_ROOM_CODES.has((error as NodeJS.ErrnoException | undefined)?.code ?? '')
}

/** What a person reads when a write could not happen: one line, no stack. */
export function noRoomMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'No space left on the disk'
  return 'The notebook folder cannot be written to (read-only)'
}

/**
 * Thrown by a flush whose changes are still only in memory because the disk took no writes.
 * They are kept, in order, and written once there is room (`StorageGuard.retry`).
 */
export class NoRoomError extends Error {
  readonly code = 'ENOROOM'
  constructor(reason: string) {
    super(`${reason}: your changes are kept in memory and will be saved once there is room. Free some space and try again.`)
  }
}
