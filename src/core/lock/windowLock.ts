import type { CoreApi } from '../../shared/contract'

/** What a locked window may still ask: the lock's own settings, and to unlock. */
const OPEN_WHILE_LOCKED: ReadonlySet<string> = new Set<keyof CoreApi>(['lockSettings', 'lockWindows', 'unlock', 'unlockWithOs'])

/**
 * The app lock as the core holds it, for every window at once (a reloaded page, a second tab):
 * while locked the bridge answers nothing but the lock's settings and unlocking, forwards no
 * event, and the windows' document sync links are cut and refused. The CLI, the host's own
 * work and sync with comrades never go through it and go on.
 */
export class WindowLock {
  #locked = false
  readonly #links = new Set<() => void>()
  readonly #onLock = new Set<() => void>()

  get locked(): boolean {
    return this.#locked
  }

  lock(): void {
    this.#locked = true
    for (const cut of [...this.#links, ...this.#onLock]) cut()
    this.#links.clear()
  }

  unlock(): void {
    this.#locked = false
  }

  /** Called when the windows lock (the host drops its sync sockets). */
  onLock(listener: () => void): () => void {
    this.#onLock.add(listener)
    return () => this.#onLock.delete(listener)
  }

  /** Keeps a window's document sync link, to cut when the windows lock; refused while locked. */
  link(disconnect: () => void): () => void {
    if (this.#locked) throw new Error(LOCKED)
    this.#links.add(disconnect)
    return () => {
      this.#links.delete(disconnect)
      disconnect()
    }
  }

  /** The bridge's API as windows reach it: while locked, every method but unlocking is refused. */
  guard(api: CoreApi): CoreApi {
    return new Proxy(api, {
      get: (target, method, receiver) => {
        const value = Reflect.get(target, method, receiver) as unknown
        if (typeof value !== 'function' || OPEN_WHILE_LOCKED.has(String(method))) return value
        return (...args: unknown[]) => (this.#locked ? Promise.reject(new Error(LOCKED)) : (value as (...a: unknown[]) => unknown).apply(target, args))
      },
    })
  }
}

export const LOCKED = 'Massline is locked: unlock it to see the notebook'
