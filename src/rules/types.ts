// Types of the rule engine. A rule is metadata plus one pure check; its fix returns an edit plan, never text.
import type { ComposeFile, EditPlan, Pos, ServiceView, YamlPath } from '../compose/types'
import type { PanelId } from './panels'

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info'
export type FixKind = 'safe' | 'unsafe' | 'none'

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info']

/** The 18 items of the seed's Runtime Security Checklist. */
export type ChecklistItemId =
  | 'non-root-user' | 'drop-capabilities' | 'no-new-privileges' | 'read-only-fs' | 'resource-limits' | 'tmpfs'
  | 'internal-networks' | 'no-unnecessary-ports' | 'bind-localhost' | 'no-host-network'
  | 'seccomp' | 'mac-profiles' | 'no-privileged' | 'no-host-namespaces'
  | 'healthchecks' | 'logging' | 'monitor-resources' | 'audit-events'

/** Values a message template may interpolate as {{name}}. */
export type MessageData = Record<string, string | number>

export interface Finding {
  ruleId: string
  severity: Severity
  /** The service the finding is about; null for file-level findings (`include:`). */
  service: string | null
  messageId: string
  message: string
  /** 1-based. A missing key is reported on the service's key line; an inherited value too. */
  line: number
  column: number
  fix: FixKind
  /** Path of the offending value relative to the service, when there is one. */
  at?: YamlPath
  data?: MessageData
}

export interface ReportDescriptor<M extends string = string> {
  /** One of the rule's `messages` keys: the type checker refuses any other. */
  messageId: M
  /** Overrides the rule's severity (rules with several tiers). */
  severity?: Severity
  /** Path relative to the service of the offending value; omit for a missing key. */
  at?: YamlPath
  data?: MessageData
  /** Overrides the rule's fix kind for this finding (for example 'none' when the value is an interpolation). */
  fix?: FixKind
}

export interface ServiceContext<M extends string = string> {
  file: ComposeFile
  service: ServiceView
  report(d: ReportDescriptor<M>): void
}

export interface FileContext<M extends string = string> {
  file: ComposeFile
  report(d: ReportDescriptor<M> & { pos: Pos }): void
}

/** For rules about the other rules' findings (invalid-waiver): they run after every other rule. */
export interface FindingsContext<M extends string = string> {
  file: ComposeFile
  /** The findings of every registered rule without a checkFindings, computed on the first call. */
  findings(): readonly Finding[]
  /** Every registered rule id. */
  ruleIds: ReadonlySet<string>
  report(d: ReportDescriptor<M> & { pos: Pos }): void
}

export interface FixContext {
  file: ComposeFile
  service: ServiceView | undefined
  finding: Finding
}

export interface RuleMeta<M extends string = string> {
  id: string
  title: string
  /** One paragraph for people: what the setting protects and why it matters. */
  description: string
  /** The rule's highest severity (tiers may report lower ones). */
  severity: Severity
  checklist: readonly ChecklistItemId[]
  references: readonly string[]
  fix: FixKind
  /** Message templates keyed by message id; {{name}} is replaced from the report's data. */
  messages: Readonly<Record<M, string>>
  /** What the fix does, in one sentence (shown before the user applies it). */
  fixDescription?: string
  /** The designer's panel that edits what the rule checks; null when only the editor can (no form for it). */
  panel: PanelId | null
  /** The fix as a short command for menus ("Drop all capabilities"); every rule with a fix has one. */
  fixLabel?: string
  /** How a person fixes it by hand, in a sentence or two (docs/rules.md and the app's "Why?" page). */
  howToFix: string
}

export interface Rule<M extends string = string> extends RuleMeta<M> {
  checkService?(ctx: ServiceContext<M>): void
  checkFile?(ctx: FileContext<M>): void
  /** Runs after the other rules; its findings are file-level (service null). */
  checkFindings?(ctx: FindingsContext<M>): void
  /** An edit plan that fixes the finding, computed against the current file. Ops that delete list items go from the highest index down. */
  fixPlan?(ctx: FixContext): EditPlan | null
}
