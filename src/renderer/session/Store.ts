/** A tiny external store for useSyncExternalStore: a value and its listeners. */
export class Store<T> {
  #listeners = new Set<() => void>()

  constructor(private value: T) {}

  get = (): T => this.value

  set(value: T): void {
    this.value = value
    this.#listeners.forEach((listener) => listener())
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
