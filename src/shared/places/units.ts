/** Reading and laying out unit names: "4B", "Apt 402", "Shipping". */

const PREFIX = /^(apt\.?|apartment|unit|flat|suite|ste\.?|no\.?|#)\s*/i
const MAX_UNITS = 2000

/** Units compared loosely, so a contact typed "apt 4b" lands on the building's unit "4B". */
export function unitKey(unit: string): string {
  return unit.trim().replace(PREFIX, '').replace(/[\s\-.#]/g, '').toUpperCase()
}

/** Units trimmed, each once (compared loosely), in their first order. */
export function uniqueUnits(units: readonly string[]): string[] {
  const seen = new Set<string>()
  return units.map((u) => u.trim()).filter((u) => unitKey(u) && !seen.has(unitKey(u)) && seen.add(unitKey(u)))
}

/** The floor a unit is on, read from its name ("4B" → 4, "402" → 4, "G2" → 0), or null when the name does not say. */
export function floorOf(unit: string): number | null {
  const bare = unit.trim().replace(PREFIX, '')
  const numbered = /^(\d{1,3})\s*[-.]?\s*([a-z]{1,2})$/i.exec(bare) ?? /^(\d{1,2})\s*[-.]\s*\d{1,3}$/.exec(bare)
  if (numbered) return Number(numbered[1])
  if (/^\d{3,4}$/.test(bare)) return Math.floor(Number(bare) / 100)
  if (/^(g|gf|ground)(\s*[-.]?\s*[a-z0-9]{1,2})?$/i.test(bare)) return 0
  return null
}

export function floorLabel(floor: number | null): string {
  if (floor === null) return 'Other units'
  return floor === 0 ? 'Ground floor' : `Floor ${floor}`
}

/** "1-6", "1–6", "3" or "1, 2, 5" → numbers. */
function numbersIn(spec: string, what: string): number[] {
  const out: number[] = []
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const range = /^(\d+)\s*[-–]\s*(\d+)$/.exec(part)
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])]
      if (to < from) throw new Error(`${what} “${part}” runs backwards`)
      for (let n = from; n <= to; n++) out.push(n)
    } else if (/^\d+$/.test(part)) out.push(Number(part))
    else throw new Error(`${what} “${part}” is not a number or a range like 1-6`)
  }
  if (!out.length) throw new Error(`Type the ${what.toLowerCase()}, e.g. 1-6`)
  return out
}

/** "A-D", "A, B, C" → letters; "1-4" → numbers written as two digits after the floor (101, 102…). */
function unitsPerFloor(spec: string): { letters: string[] } | { numbers: number[] } {
  const letterRange = /^([a-z])\s*[-–]\s*([a-z])$/i.exec(spec.trim())
  if (letterRange) {
    const [from, to] = [letterRange[1]!.toUpperCase().charCodeAt(0), letterRange[2]!.toUpperCase().charCodeAt(0)]
    if (to < from) throw new Error(`Units “${spec.trim()}” run backwards`)
    return { letters: Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)) }
  }
  const parts = spec.split(',').map((p) => p.trim()).filter(Boolean)
  if (parts.length && parts.every((p) => /^[a-z]{1,2}$/i.test(p))) return { letters: parts.map((p) => p.toUpperCase()) }
  return { numbers: numbersIn(spec, 'Units per floor') }
}

/** Floors × units per floor: ("1-6", "A-D") → 1A…6D; ("1-3", "1-4") → 101…304. */
export function layoutUnits(floors: string, perFloor: string): string[] {
  const floorNumbers = numbersIn(floors, 'Floors')
  const per = unitsPerFloor(perFloor)
  const units = floorNumbers.flatMap((floor) =>
    'letters' in per ? per.letters.map((l) => `${floor}${l}`) : per.numbers.map((n) => `${floor}${String(n).padStart(2, '0')}`),
  )
  if (units.length > MAX_UNITS) throw new Error(`That makes ${units.length} units; a place holds at most ${MAX_UNITS}`)
  return units
}

/**
 * A typed list, one per line or comma: "1A, 1B", "101-110" (a number range), "2A-2D" (a letter
 * range on one floor), or names ("Shipping", "Night shift"). Repeats are left out.
 */
export function parseUnitList(text: string): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const add = (unit: string) => {
    const key = unitKey(unit)
    if (!key || seen.has(key)) return
    seen.add(key)
    out.push(unit)
  }
  for (const token of text.split(/[,;\n]/).map((t) => t.trim()).filter(Boolean)) {
    const numbers = /^(\d+)\s*[-–]\s*(\d+)$/.exec(token)
    const letters = /^(\d+)([a-z])\s*[-–]\s*\1([a-z])$/i.exec(token)
    if (numbers) {
      const [from, to] = [Number(numbers[1]), Number(numbers[2])]
      if (to < from) throw new Error(`“${token}” runs backwards`)
      if (to - from >= MAX_UNITS) throw new Error(`“${token}” makes more than ${MAX_UNITS} units`)
      for (let n = from; n <= to; n++) add(String(n).padStart(numbers[1]!.length, '0'))
    } else if (letters) {
      const [from, to] = [letters[2]!.toUpperCase().charCodeAt(0), letters[3]!.toUpperCase().charCodeAt(0)]
      if (to < from) throw new Error(`“${token}” runs backwards`)
      for (let c = from; c <= to; c++) add(`${letters[1]}${String.fromCharCode(c)}`)
    } else add(token)
  }
  if (out.length > MAX_UNITS) throw new Error(`That makes ${out.length} units; a place holds at most ${MAX_UNITS}`)
  return out
}
