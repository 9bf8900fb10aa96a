import { isCoreMethod, type CoreApi } from '../contract'
import { CORE_ARGS } from './coreArgs'

/** Runs one bridge call on the core's side: checks the method and its arguments first. */
export async function dispatch(api: CoreApi, method: unknown, args: unknown): Promise<unknown> {
  if (!isCoreMethod(method)) throw new Error(`Unknown bridge method ${typeof method === 'string' ? JSON.stringify(method).slice(0, 80) : `(a ${typeof method})`}`)
  const parsed = CORE_ARGS[method].safeParse(args)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`Bad arguments to ${method}: ${issue?.path.join('.') || 'args'} ${issue?.message ?? ''}`.trim())
  }
  return (api[method] as (a: unknown) => Promise<unknown>)(parsed.data)
}
