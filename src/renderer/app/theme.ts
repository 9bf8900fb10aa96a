import type { Theme } from '../../shared/contract'

/** Applies a theme to the page; 'system' follows the operating system's preference. */
export function applyTheme(theme: Theme): void {
  const dark = theme === 'dark' || (theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  document.documentElement.dataset.theme = dark ? 'dark' : 'light'
}

export function nextTheme(current: Theme): Theme {
  const dark = document.documentElement.dataset.theme === 'dark'
  return current === 'system' ? (dark ? 'light' : 'dark') : current === 'dark' ? 'light' : 'dark'
}
