/** A disk that refuses writes at random (ENOSPC, EROFS…), seeded so a failure can be replayed. */
export const faults = { rate: 0, code: 'ENOSPC', seed: 1, refused: 0 }

/** Whether the next write is refused (a small LCG: the same seed refuses the same writes). */
export function refuseNext(): boolean {
  if (faults.rate <= 0) return false
  faults.seed = (faults.seed * 1103515245 + 12345) % 2 ** 31
  const refused = faults.seed / 2 ** 31 < faults.rate
  if (refused) faults.refused++
  return refused
}

export function refusal(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${faults.code}: no space left on device, write '${path}'`), { code: faults.code })
}
