/** A new record id: a random UUID (Web Crypto exists in Node 20, Chromium and Electron). */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}
