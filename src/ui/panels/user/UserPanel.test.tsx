// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { createAppStore } from '../../../store/create-app-store'
import { selectSelectedService } from '../../../store/selectors'
import { AppStoreContext } from '../../../store/use-app'
import { UserPanel } from './UserPanel'

afterEach(cleanup)

function renderPanel(text: string) {
  const store = createAppStore({ initialText: text })
  const view = () => (
    <AppStoreContext value={store}>
      <UserPanel service={selectSelectedService(store.getState())!} />
    </AppStoreContext>
  )
  const r = render(view())
  return { store, rerender: () => r.rerender(view()) }
}

it('shows the user and group, and commits them as one edit on Enter', () => {
  const { store, rerender } = renderPanel('services:\n  app:\n    user: "1000:1000" # non-root\n')
  const user = screen.getByRole('textbox', { name: 'User' })
  expect(user).toHaveProperty('value', '1000')
  expect(screen.getByRole('textbox', { name: 'Group' })).toHaveProperty('value', '1000')
  fireEvent.change(user, { target: { value: '1001' } })
  fireEvent.submit(user.closest('form')!)
  expect(store.getState().text).toBe('services:\n  app:\n    user: "1001:1000" # non-root\n')
  rerender()
  expect(screen.queryByText('Runs as root.')).toBeNull()
})

it('warns about root and about a missing user', () => {
  renderPanel('services:\n  app:\n    user: "0:0"\n')
  expect(screen.getByText('Runs as root.')).toBeTruthy()
  cleanup()
  renderPanel('services:\n  app:\n    image: x\n')
  expect(screen.getByText('No user set.')).toBeTruthy()
})

it('sets a non-root user from the warning in one click', () => {
  const { store } = renderPanel('services:\n  app:\n    image: x # web\n')
  fireEvent.click(screen.getByRole('button', { name: 'Use 1000:1000' }))
  expect(store.getState().text).toBe('services:\n  app:\n    image: x # web\n    user: "1000:1000"\n')
})

it('marks an inherited user', () => {
  renderPanel('x: &defaults\n  user: "1000"\nservices:\n  app:\n    <<: *defaults\n')
  expect(screen.getByText('inherited from &defaults')).toBeTruthy()
})

it('keeps Apply user in place, enabled only while the fields hold a valid change', () => {
  renderPanel('services:\n  app:\n    user: "1000:1000"\n')
  const apply = screen.getByRole('button', { name: 'Apply user' })
  expect(apply).toHaveProperty('disabled', true)
  fireEvent.change(screen.getByRole('textbox', { name: 'Group' }), { target: { value: '2000' } })
  expect(screen.getByRole('button', { name: 'Apply user' })).toBe(apply)
  expect(apply).toHaveProperty('disabled', false)
  fireEvent.change(screen.getByRole('textbox', { name: 'User' }), { target: { value: 'not a user!' } })
  expect(apply).toHaveProperty('disabled', true)
})
