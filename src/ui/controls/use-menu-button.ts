// A menu button's state and keys (WAI-ARIA menu button pattern): Enter, Space or the arrows open it on an item, the
// arrows, Home and End move, Escape closes it back onto the button, Tab and a click outside close it.
import { useEffect, useId, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'

export function useMenuButton(count: number) {
  const [open, setOpen] = useState(false)
  const [focusIndex, setFocusIndex] = useState(0)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const items = useRef<Array<HTMLButtonElement | null>>([])
  const menuId = useId()

  useEffect(() => {
    if (open) items.current[focusIndex]?.focus()
  }, [open, focusIndex])

  useEffect(() => {
    if (!open) return
    const outside = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])

  const openAt = (index: number) => {
    setFocusIndex((index + count) % count)
    setOpen(true)
  }
  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      openAt(0)
    } else if (e.key === 'ArrowUp') {
      e.preventDefault()
      openAt(count - 1)
    }
  }
  const onMenuKey = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowDown: focusIndex + 1, ArrowUp: focusIndex - 1, Home: 0, End: count - 1 }
    if (e.key in moves) {
      e.preventDefault()
      openAt(moves[e.key])
    } else if (e.key === 'Escape') {
      e.preventDefault()
      close(true)
    } else if (e.key === 'Tab') close(false)
  }

  /** The props of the button that opens the menu. */
  const buttonProps = {
    ref: button,
    'aria-haspopup': 'menu' as const,
    'aria-expanded': open,
    'aria-controls': open ? menuId : undefined,
    onClick: () => (open ? close(false) : openAt(0)),
    onKeyDown: onButtonKey,
  }
  /** The props of the menu (role, id, keys). */
  const menuProps = { ref: menu, id: menuId, role: 'menu' as const, tabIndex: -1, onKeyDown: onMenuKey }
  /** The ref of item `i`, so the arrows can focus it. */
  const itemRef = (i: number) => (el: HTMLButtonElement | null) => {
    items.current[i] = el
  }
  return { open, close, buttonProps, menuProps, itemRef }
}
