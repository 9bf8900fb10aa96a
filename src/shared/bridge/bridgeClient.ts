import { CORE_METHODS, type CoreApi, type CoreEventName, type CoreEvents, type CoreMethod } from '../contract'

/** What the renderer holds: every core method plus a way to hear core events. */
export interface Bridge extends CoreApi {
  on<E extends CoreEventName>(event: E, listener: (payload: CoreEvents[E]) => void): () => void
}

export type Invoke = (method: CoreMethod, args: unknown) => Promise<unknown>
export type Subscribe = (event: CoreEventName, listener: (payload: unknown) => void) => () => void

/** Builds a typed Bridge from a transport's invoke and subscribe. */
export function bridgeClient(invoke: Invoke, subscribe: Subscribe): Bridge {
  const api = Object.fromEntries(
    CORE_METHODS.map((method) => [method, (args: unknown) => invoke(method, args ?? {})]),
  ) as unknown as CoreApi
  return { ...api, on: (event, listener) => subscribe(event, listener as (payload: unknown) => void) }
}
