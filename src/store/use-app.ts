// React access to the store handed down by <AppStoreContext value={store}>; components read through selectors.
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { AppActions, AppState, AppStore } from './app-state'

export const AppStoreContext = createContext<AppStore | null>(null)

export function useAppStore(): AppStore {
  const store = useContext(AppStoreContext)
  if (!store) throw new Error('useAppStore: wrap the app in <AppStoreContext value={createAppStore(...)}>')
  return store
}

export function useApp<T>(selector: (s: AppState) => T): T {
  return useStore(useAppStore(), selector)
}

const selectActions = (s: AppState) => s.actions

export function useActions(): AppActions {
  return useApp(selectActions)
}
