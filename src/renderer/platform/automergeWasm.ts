import { initializeBase64Wasm } from '@automerge/automerge/slim'

let ready: Promise<void> | undefined

/**
 * Loads Automerge's WebAssembly once for this window. The renderer build maps
 * `@automerge/automerge` to the slim entry, so nothing compiles it at import time: boot
 * starts this early and asks the core for the first screen while it compiles.
 */
export function automergeReady(): Promise<void> {
  ready ??= import('@automerge/automerge/automerge.wasm.base64').then(({ automergeWasmBase64 }) => initializeBase64Wasm(automergeWasmBase64))
  return ready
}
