// Keyboard for finding cards: each card is one Tab stop (its main button); Left/Right reach the card's actions,
// Up/Down the previous and next card, Home/End the first and last action. A hundred findings are a hundred Tab stops,
// not four hundred.
import type { KeyboardEvent } from 'react'

const buttonsOf = (card: HTMLElement) => [...card.querySelectorAll<HTMLButtonElement>('[data-card-action]:not([disabled])')]

export function onCardKeyDown(e: KeyboardEvent<HTMLElement>) {
  const card = e.currentTarget
  const target = e.target as HTMLElement
  // Keys typed in a form inside the card (the waive reason, a confirmation) are the form's.
  if (!target.matches('[data-card-action]')) return
  const buttons = buttonsOf(card)
  const at = buttons.indexOf(target as HTMLButtonElement)
  const move = (to: HTMLElement | undefined) => {
    if (!to) return
    e.preventDefault()
    to.focus()
  }
  if (e.key === 'ArrowRight') move(buttons[(at + 1) % buttons.length])
  else if (e.key === 'ArrowLeft') move(buttons[(at - 1 + buttons.length) % buttons.length])
  else if (e.key === 'Home') move(buttons[0])
  else if (e.key === 'End') move(buttons.at(-1))
  else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    const cards = [...(card.closest('#findings')?.querySelectorAll<HTMLElement>('[data-finding-card]') ?? [])]
    const next = cards[cards.indexOf(card) + (e.key === 'ArrowDown' ? 1 : -1)]
    move(next?.querySelector<HTMLElement>('[data-card-main]') ?? undefined)
  }
}
