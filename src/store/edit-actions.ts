// Document edits: each builds a plan against the current text, applies it with the core, and commits the result.
import { applyPlan } from '../compose/write/apply-plan'
import { readTmpfs } from '../compose/read/settings'
import type { ComposeFile, EditPlan, ServiceView } from '../compose/types'
import type { AppActions, AppState } from './app-state'
import { parseMemo } from './parse-memo'
import { addTmpfsPlan, removeTmpfsPlan, setReadOnlyPlan, tmpfsInputProblems, updateTmpfsPlan } from '../edits/filesystem'
import { setNoNewPrivilegesPlan } from '../edits/no-new-privileges'
import { addServicePlan, removeServicePlan, renameServicePlan } from '../edits/services'
import { setUserPlan, userInputProblem } from '../edits/user'
import { serviceNameProblem } from './service-name'

interface Deps {
  get(): AppState
  set(partial: Partial<AppState>): void
  commitText(text: string, how: 'action', extra?: Partial<AppState>): void
}

/** A plan to apply, null for "nothing to change", or a string saying why it cannot be done. */
type Built = EditPlan | null | string

type EditActions = Omit<AppActions, 'setText' | 'selectService' | 'dismissNotice' | 'revealFinding' | 'reviewFix' | 'setTicked' | 'flush' | 'dispose'>

export function createEditActions({ get, set, commitText }: Deps): EditActions {
  const refuse = (notice: string) => {
    set({ notice })
    return false
  }

  /** Applies what `build` returns to the current text (never the analysed one: it may trail the typing). */
  const applyEdit = (build: (file: ComposeFile) => Built, extra: Partial<AppState> = {}): boolean => {
    const { text } = get()
    const file = parseMemo(text)
    const error = file.errors[0]
    if (error) return refuse(`Line ${error.line}, column ${error.column}: ${error.message} Fix the YAML in the editor first.`)
    const built = build(file)
    if (typeof built === 'string') return refuse(built)
    if (built === null) return true
    const result = applyPlan(text, built)
    if (!result.ok) return refuse(`${built.label} failed: ${result.error}`)
    commitText(result.text, 'action', { notice: null, ...extra })
    return true
  }
  const edit = (build: (services: readonly ServiceView[]) => Built, extra: Partial<AppState> = {}) =>
    applyEdit((file) => build(file.services), extra)

  /** Like `edit`, for a plan about one existing service. */
  const editService = (name: string, build: (service: ServiceView) => Built, extra?: Partial<AppState>) =>
    edit((services) => {
      const service = services.find((s) => s.name === name)
      return service ? build(service) : `There is no service "${name}" any more; pick one from the list.`
    }, extra)

  const ownTmpfs = (service: ServiceView, index: number) =>
    readTmpfs(service).find((m) => m.source === 'tmpfs' && m.index === index)

  return {
    applyEdit,
    replaceText(text) {
      if (text !== get().text) commitText(text, 'action', { notice: null })
    },
    addService(name) {
      return edit((services) => serviceNameProblem(name, services.map((s) => s.name)) ?? addServicePlan(name), { selected: name })
    },
    renameService(from, to) {
      if (from === to) return true
      return edit((services) => {
        const names = services.map((s) => s.name)
        if (!names.includes(from)) return `There is no service "${from}" any more.`
        return serviceNameProblem(to, names, from) ?? renameServicePlan(from, to, services)
      }, get().selected === from ? { selected: to } : {})
    },
    removeService(name) {
      return editService(name, () => removeServicePlan(name), get().selected === name ? { selected: null } : {})
    },
    setUser(service, user, group) {
      return editService(service, () => userInputProblem(user, group) ?? setUserPlan(service, user, group))
    },
    setReadOnly(service, on) {
      return editService(service, () => setReadOnlyPlan(service, on))
    },
    addTmpfs(service, input) {
      return editService(service, () => firstProblem(input) ?? addTmpfsPlan(service, input))
    },
    updateTmpfs(service, index, input) {
      return editService(service, (s) => {
        const mount = ownTmpfs(s, index)
        if (!mount) return `The tmpfs mount is gone from ${service}; the text changed meanwhile.`
        return firstProblem(input) ?? updateTmpfsPlan(service, mount, input)
      })
    },
    removeTmpfs(service, index) {
      return editService(service, (s) => {
        const mount = ownTmpfs(s, index)
        return mount ? removeTmpfsPlan(service, mount) : null
      })
    },
    setNoNewPrivileges(service, on) {
      return editService(service, (s) => setNoNewPrivilegesPlan(s, on))
    },
  }
}

function firstProblem(input: Parameters<typeof tmpfsInputProblems>[0]): string | null {
  return Object.values(tmpfsInputProblems(input))[0] ?? null
}
