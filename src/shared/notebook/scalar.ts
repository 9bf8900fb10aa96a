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

/** Reads a stored string whichever way it was stored. */
export function str(value: string | ImmutableString | undefined | null): string {
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : value.val
}

export function strs(values: readonly (string | ImmutableString)[] | undefined): string[] {
  return values ? values.map(str) : []
}
