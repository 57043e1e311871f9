// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, it } from 'vitest'
import { createAppStore } from '../../../store/create-app-store'
import { selectSelectedService } from '../../../store/selectors'
import { AppStoreContext } from '../../../store/use-app'
import { HealthcheckSection } from './HealthcheckSection'

afterEach(cleanup)

function renderSection(text: string) {
  const store = createAppStore({ initialText: text })
  render(
    <AppStoreContext value={store}>
      <HealthcheckSection service={selectSelectedService(store.getState())!} />
    </AppStoreContext>,
  )
  return store
}

it('says which probe the template runs and where it comes from, then writes it', () => {
  const store = renderSection('services:\n  db:\n    image: postgres:16\n')
  expect(screen.getByText('pg_isready -h 127.0.0.1 -U postgres')).toBeTruthy()
  expect(screen.getByRole('link', { name: 'https://hub.docker.com/_/postgres' })).toBeTruthy()
  fireEvent.click(screen.getByRole('button', { name: 'Use a template' }))
  expect(store.getState().text).toContain('        - pg_isready\n')
})

it('names no source for an image the table does not know', () => {
  renderSection('services:\n  app:\n    image: alpine:3.20\n')
  expect(screen.getByRole('button', { name: 'Use a template' })).toBeTruthy()
  expect(screen.queryByRole('link')).toBeNull()
})
