// One system call: a checkbox (allowed for this container), its risk, the seed's flag and what gates it.
import { useId } from 'react'
import { describeConditions } from '../../../../seccomp/conditions'
import type { SyscallRow as Row } from '../../../../seccomp/rows'
import type { SyscallRisk } from '../../../../seccomp/types'
import { Checkbox } from '../../../controls/Checkbox'
import { Tag } from '../../../controls/Tag'
import type { TagTone } from '../../../controls/Tag'

const RISK_TONE: Record<SyscallRisk, TagTone> = { critical: 'rose', high: 'amber', medium: 'sky', low: 'slate' }

/** Why a call passes only in part, or what would open it, in a few words. */
function gateNote(row: Row): string | null {
  const { verdict, rules, closed } = row.status
  if (verdict === 'filtered') return 'only some arguments'
  if (verdict === 'denied' && closed.length > 0) return `opens ${closed.map((r) => describeConditions(r).join(', ')).join(' or ')}`
  if (verdict === 'allowed' && rules.some((r) => r.includes || r.excludes)) return rules.flatMap(describeConditions).filter((c) => c !== 'argument filter').join(', ') || null
  return null
}

interface SyscallRowProps {
  row: Row
  onToggle(name: string, on: boolean): void
  /** Shows the call's own line and risk; otherwise `groupLine` (the id of the group's line) describes it. */
  explained: boolean
  groupLine?: string
}

export function SyscallRow({ row, onToggle, explained, groupLine }: SyscallRowProps) {
  const id = useId()
  const { info, status } = row
  const note = gateNote(row)
  const checked = status.verdict !== 'denied'
  return (
    <li className="flex items-start gap-2 py-1">
      <Checkbox id={id} checked={checked} onChange={(on) => onToggle(info.name, on)} describedBy={explained ? `${id}-why` : groupLine} />
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-1.5">
          <label htmlFor={id} className="cursor-pointer font-mono text-xs font-medium text-slate-800 dark:text-slate-100">
            {info.name}
          </label>
          {explained && <Tag tone={RISK_TONE[info.risk]}>{info.risk}</Tag>}
          {info.seed && (
            <Tag tone="violet" title="The runtime-security guide this app follows names it among the calls Docker's default blocks">
              guide: block
            </Tag>
          )}
          {note && <span className="text-[11px] text-slate-500 dark:text-slate-400">{note}</span>}
        </div>
        {explained && (
          <p id={`${id}-why`} className="text-xs leading-snug text-slate-600 dark:text-slate-300">
            {info.summary}
          </p>
        )}
      </div>
    </li>
  )
}
