// How Docker resolves a rule's `includes` / `excludes` when it creates a container (moby/profiles setupSeccomp):
// excludes drops the rule if the native arch is listed, ANY listed cap is held, or the kernel is at least minKernel;
// includes keeps it only if the arch is listed, ALL listed caps are held and the kernel is at least minKernel.
import type { SeccompFilter, SeccompRule } from './types'

export interface RuntimeContext {
  /** The container's capabilities, with the CAP_ prefix (CAP_SYS_ADMIN), as Docker's profile names them. */
  caps: ReadonlySet<string>
  /** libseccomp-style native architecture: amd64, arm64, s390x… */
  arch: string
  /** "<kernel>.<major>" of the host, e.g. "6.8". */
  kernel: string
}

/** What the builder assumes of the host it cannot see: x86-64 and a current kernel. */
export const TYPICAL_HOST = { arch: 'amd64', kernel: '6.8' } as const

/** SYS_ADMIN -> CAP_SYS_ADMIN; names already prefixed stay. */
export const withCapPrefix = (cap: string): string => (cap.toUpperCase().startsWith('CAP_') ? cap.toUpperCase() : `CAP_${cap.toUpperCase()}`)

export function contextFor(caps: readonly string[], host: { arch: string; kernel: string } = TYPICAL_HOST): RuntimeContext {
  return { caps: new Set(caps.map(withCapPrefix)), arch: host.arch, kernel: host.kernel }
}

/** Kernel "a.b" at least "c.d"; minor versions and suffixes are ignored, as upstream does. Unreadable counts as not. */
export function kernelAtLeast(kernel: string, min: string): boolean {
  const parse = (v: string) => /^(\d+)\.(\d+)/.exec(v.trim())
  const k = parse(kernel)
  const m = parse(min)
  if (!k || !m) return false
  return Number(k[1]) !== Number(m[1]) ? Number(k[1]) > Number(m[1]) : Number(k[2]) >= Number(m[2])
}

function excluded(f: SeccompFilter | undefined, ctx: RuntimeContext): boolean {
  if (!f) return false
  if (f.arches?.includes(ctx.arch)) return true
  if (f.caps?.some((c) => ctx.caps.has(c))) return true
  return f.minKernel !== undefined && kernelAtLeast(ctx.kernel, f.minKernel)
}

function included(f: SeccompFilter | undefined, ctx: RuntimeContext): boolean {
  if (!f) return true
  if (f.arches && f.arches.length > 0 && !f.arches.includes(ctx.arch)) return false
  if (f.caps && !f.caps.every((c) => ctx.caps.has(c))) return false
  return f.minKernel === undefined || kernelAtLeast(ctx.kernel, f.minKernel)
}

export function ruleApplies(rule: SeccompRule, ctx: RuntimeContext): boolean {
  return !excluded(rule.excludes, ctx) && included(rule.includes, ctx)
}

const list = (xs: readonly string[]) => xs.join(xs.length === 2 ? ' and ' : ', ')

/** The rule's conditions in words, e.g. "with CAP_SYS_ADMIN", "on s390, s390x", "without CAP_SYS_ADMIN". */
export function describeConditions(rule: SeccompRule): string[] {
  const out: string[] = []
  const inc = rule.includes
  const exc = rule.excludes
  if (inc?.caps?.length) out.push(`with ${list(inc.caps)}`)
  if (inc?.arches?.length) out.push(`on ${list(inc.arches)}`)
  if (inc?.minKernel) out.push(`kernel ${inc.minKernel}+`)
  if (exc?.caps?.length) out.push(`without ${list(exc.caps)}`)
  if (exc?.arches?.length) out.push(`not on ${list(exc.arches)}`)
  if (exc?.minKernel) out.push(`kernel below ${exc.minKernel}`)
  if (rule.args?.length) out.push('argument filter')
  return out
}
