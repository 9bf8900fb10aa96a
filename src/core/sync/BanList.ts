/**
 * Device keys and network addresses refused for a while. Device keys are free to make, so a
 * ban by key alone costs an attacker nothing: failures are also counted per address, and an
 * address failing too often is refused for a time whatever key it brings. Both sets are
 * bounded (oldest out first) and entries expire, so a flood of fresh keys cannot grow them.
 */
export interface BanOptions {
  maxEntries?: number
  banMs?: number
  /** Failed authentications one address may cause per window before it is refused. */
  failuresPerWindow?: number
  windowMs?: number
}

export class BanList extends Set<string> {
  readonly #until = new Map<string, number>()
  readonly #addresses = new Map<string, { failures: number; since: number; until: number }>()
  readonly #options: Required<BanOptions>

  constructor(options: BanOptions = {}) {
    super()
    this.#options = { maxEntries: 1024, banMs: 3_600_000, failuresPerWindow: 8, windowMs: 60_000, ...options }
  }

  override add(key: string): this {
    if (!this.#options) return super.add(key) // Set's constructor calls add before fields exist
    super.delete(key)
    super.add(key)
    this.#until.set(key, Date.now() + this.#options.banMs)
    for (const oldest of this) {
      if (this.size <= this.#options.maxEntries) break
      this.delete(oldest)
    }
    return this
  }

  override has(key: string): boolean {
    if (!super.has(key)) return false
    if ((this.#until.get(key) ?? 0) > Date.now()) return true
    this.delete(key)
    return false
  }

  override delete(key: string): boolean {
    this.#until.delete(key)
    return super.delete(key)
  }

  /** Counts a failed authentication from an address; true once it is refused. */
  failure(address: string | undefined, now = Date.now()): boolean {
    if (!address) return false
    const { windowMs, failuresPerWindow, banMs, maxEntries } = this.#options
    let entry = this.#addresses.get(address)
    if (!entry || now - entry.since > windowMs) entry = { failures: 0, since: now, until: entry?.until ?? 0 }
    entry.failures++
    if (entry.failures > failuresPerWindow) entry.until = now + banMs
    this.#addresses.delete(address)
    this.#addresses.set(address, entry)
    for (const oldest of this.#addresses.keys()) {
      if (this.#addresses.size <= maxEntries) break
      this.#addresses.delete(oldest)
    }
    return entry.until > now
  }

  addressRefused(address: string | undefined, now = Date.now()): boolean {
    return !!address && (this.#addresses.get(address)?.until ?? 0) > now
  }
}
