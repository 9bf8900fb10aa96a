import { useEffect, useState } from 'react'

const ME_KEY = 'massline:me'

/** Who is judging on this device (the same name Today and the knock sheet use). */
export function useMe(): [string, (name: string) => void] {
  const [me, setMe] = useState(() => localStorage.getItem(ME_KEY) ?? '')
  useEffect(() => localStorage.setItem(ME_KEY, me), [me])
  return [me, setMe]
}
