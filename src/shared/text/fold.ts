/** Lower case without accents, for matching what someone types ("jose" finds "José") in lists and menus. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase()
