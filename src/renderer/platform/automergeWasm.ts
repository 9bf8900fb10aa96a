import { initializeWasm } from '@automerge/automerge/slim'

let ready: Promise<void> | undefined

/**
 * Loads Automerge's WebAssembly once for this window. The renderer build maps
 * `@automerge/automerge` to the slim entry, so nothing compiles it at import time: boot
 * starts this early and asks the core for the first screen while it compiles.
 */
export function automergeReady(): Promise<void> {
  ready ??= import('@automerge/automerge/automerge.wasm.base64').then(({ automergeWasmBase64 }) => initializeWasm(decodeBase64(automergeWasmBase64)))
  return ready
}

/** Chromium's native decoder is far faster than Automerge's fallback (a JS callback per byte). */
function decodeBase64(text: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64
  return native ? native(text) : Uint8Array.from(atob(text), (c) => c.charCodeAt(0))
}
