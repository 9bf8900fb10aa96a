import { statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

/** The Chromium the tests drive: CHROMIUM_PATH, else Debian's. */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

/** What is missing, in one line, or undefined when Chromium is there to run. */
export function missingChromium(path = chromiumPath()): string | undefined {
  const file = statSync(path, { throwIfNoEntry: false })
  if (file?.isFile() && (file.mode & 0o111) !== 0) return undefined
  return `No Chromium at ${path}: the end-to-end and PDF tests need one. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`
}

/**
 * Vitest global setup of the suites that drive Chromium, and the first step of `npm test`:
 * on a machine without it, stop at once with one line instead of a stack trace per test.
 */
export default function requireChromium(): void {
  const missing = missingChromium()
  if (missing === undefined) return
  process.stderr.write(`${missing}\n`)
  process.exit(1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) requireChromium()
