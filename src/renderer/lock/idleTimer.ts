/** Calls `onIdle` once no `touch()` came for `ms`; every touch starts the wait again. */
export class IdleTimer {
  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {
    this.touch()
  }

  touch(): void {
    clearTimeout(this.#timer)
    this.#timer = setTimeout(this.onIdle, this.ms)
  }

  stop(): void {
    clearTimeout(this.#timer)
  }
}

/** What counts as use of the window. */
export const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const
