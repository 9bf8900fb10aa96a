import type { CoreEventName, CoreEvents, CoreMethod } from '../contract'

/** Frames of the bridge when it runs over a message stream (the host's WebSocket). */
export type BridgeCall = { kind: 'call'; id: number; method: CoreMethod; args: unknown }
export type BridgeResult =
  | { kind: 'result'; id: number; ok: true; value: unknown }
  | { kind: 'result'; id: number; ok: false; error: string }
export type BridgeEvent<E extends CoreEventName = CoreEventName> = { kind: 'event'; name: E; payload: CoreEvents[E] }
export type BridgeFrame = BridgeCall | BridgeResult | BridgeEvent
