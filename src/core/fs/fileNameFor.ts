/** A file name made from a notebook's name: letters, digits, spaces, '_' and '-' kept, the rest '_'. */
export function fileNameFor(name: string, suffix: string): string {
  return `${name.replace(/[^\p{L}\p{N} _-]+/gu, '_')}${suffix}`
}
