import { z } from 'zod'

/** Where the main window was: remembered in userData/window-state.json between runs. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  maximized: z.boolean().default(false),
})
export type WindowState = z.infer<typeof windowStateSchema>

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}
export type WindowBounds = Partial<Pick<Rect, 'x' | 'y'>> & Pick<Rect, 'width' | 'height'>

export const DEFAULT_SIZE = { width: 1280, height: 820 }
/** How much of the window must lie on a display for the title bar to be reachable. */
const MIN_VISIBLE = 100

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  }
}

/**
 * Fits a remembered state onto the displays there are now (work areas, primary first): no larger
 * than the display it lands on, and never off-screen (a monitor unplugged since). Without a usable
 * position the window is left for the system to centre.
 */
export function clampWindowState(saved: WindowState | undefined, workAreas: Rect[]): WindowState & WindowBounds {
  const primary = workAreas[0]
  const wanted = saved ?? { ...DEFAULT_SIZE, maximized: false }
  const fit = (area: Rect | undefined) => ({
    width: Math.max(1, Math.min(wanted.width, area?.width ?? wanted.width)),
    height: Math.max(1, Math.min(wanted.height, area?.height ?? wanted.height)),
  })
  if (wanted.x === undefined || wanted.y === undefined) return { ...fit(primary), maximized: wanted.maximized }
  const rect = { x: wanted.x, y: wanted.y, width: wanted.width, height: wanted.height }
  const home = workAreas.find((area) => {
    const o = overlap(rect, area)
    return o.width >= Math.min(MIN_VISIBLE, rect.width) && o.height >= Math.min(MIN_VISIBLE, rect.height)
  })
  if (!home) return { ...fit(primary), maximized: wanted.maximized }
  const size = fit(home)
  return {
    ...size,
    x: Math.min(Math.max(rect.x, home.x), home.x + home.width - size.width),
    y: Math.min(Math.max(rect.y, home.y), home.y + home.height - size.height),
    maximized: wanted.maximized,
  }
}
