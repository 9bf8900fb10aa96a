/** Reloads the window at a route: the renderer's repo keeps documents in memory, and a purge retired some. */
export function reloadAt(hash: string): void {
  history.replaceState(null, '', hash)
  location.reload()
}
