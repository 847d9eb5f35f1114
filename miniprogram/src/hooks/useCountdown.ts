import { useEffect, useState } from 'react'

/** Seconds left before another SMS code may be requested; start() begins a new wait. */
export function useCountdown(seconds: number) {
  const [deadline, setDeadline] = useState(0)
  const [left, setLeft] = useState(0)
  useEffect(() => {
    if (!deadline) return undefined
    // Counted from a deadline so throttled background timers cannot stretch the wait.
    const tick = () => setLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000)))
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [deadline])
  return { left, start: () => setDeadline(Date.now() + seconds * 1000) }
}
