// A flag that turns on only after it has stayed on for `ms`: "updating" notes for waits people would notice, without a
// flicker on the usual quick ones.
import { useEffect, useState } from 'react'

export function useDelayed(flag: boolean, ms: number): boolean {
  const [late, setLate] = useState(false)
  useEffect(() => {
    if (!flag) return
    const timer = setTimeout(() => setLate(true), ms)
    return () => {
      clearTimeout(timer)
      setLate(false)
    }
  }, [flag, ms])
  return flag && late
}
