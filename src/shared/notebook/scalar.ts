import { ImmutableString } from '@automerge/automerge'

/**
 * Strings that are values, not prose (a phone, an email, a tag, an id), are stored as
 * ImmutableString: a concurrent edit picks one winner instead of merging characters into
 * garbage, and they cost far less memory and load time than collaborative text.
 */
export type Scalar = ImmutableString

export function scalar(value: string): Scalar {
  return new ImmutableString(value)
}

/**
 * Reads a stored string whichever way it was stored. Documents come from peers too, so
 * anything else (a number, a map where a value belongs) reads as empty rather than throwing.
 */
export function str(value: unknown): string {
  if (typeof value === 'string') return value
  const val = (value as { val?: unknown } | null | undefined)?.val
  return typeof val === 'string' ? val : ''
}

export function strs(values: unknown): string[] {
  return Array.isArray(values) ? values.map(str) : []
}
