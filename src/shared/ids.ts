import { sha256 } from '@noble/hashes/sha2'

/** A new record id: a random UUID (Web Crypto exists in Node 20, Chromium and Electron). */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}

/**
 * A record id that every device derives alike from what names the record (a building's address,
 * a campaign's name), shaped like the random ones: two devices that add the same thing while
 * apart write the same key instead of two records.
 */
export function idFromKey(namespace: string, key: string): string {
  const hex = Array.from(sha256(new TextEncoder().encode(`massline-${namespace}:${key}`)).subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Whether a value has the shape of a record id (random or derived), rather than something typed. */
export const isRecordId = (value: string): boolean => ID_SHAPE.test(value)
