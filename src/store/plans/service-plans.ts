// Plans for the service list: add, rename, remove. Plans say what changes; the compose core writes the text.
import { deleteOp, plan, renameOp, setOp } from '../../compose/plan'
import type { EditPlan } from '../../compose/types'

/** A new service starts hardened: the forms then show what to relax, not what to add. */
export function newServiceTemplate(): Record<string, unknown> {
  return {
    image: 'alpine:3.20',
    user: '1000:1000',
    read_only: true,
    cap_drop: ['ALL'],
    security_opt: ['no-new-privileges:true'],
  }
}

export function addServicePlan(name: string): EditPlan {
  return plan(`Add service ${name}`, setOp(['services', name], newServiceTemplate()))
}

export function renameServicePlan(from: string, to: string): EditPlan {
  return plan(`Rename service ${from} to ${to}`, renameOp(['services', from], to))
}

export function removeServicePlan(name: string): EditPlan {
  return plan(`Remove service ${name}`, deleteOp(['services', name]))
}
