// What Docker accepts as a seccomp profile (moby/profiles seccomp.go, setupSeccomp): the checks it makes before it
// loads one, so an exported file never fails there. Problems are collected, never thrown.

const ACTIONS = new Set([
  'SCMP_ACT_ALLOW', 'SCMP_ACT_ERRNO', 'SCMP_ACT_KILL', 'SCMP_ACT_KILL_PROCESS', 'SCMP_ACT_KILL_THREAD',
  'SCMP_ACT_LOG', 'SCMP_ACT_TRAP', 'SCMP_ACT_TRACE', 'SCMP_ACT_NOTIFY',
])

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')

function ruleProblems(rule: unknown, i: number): string[] {
  const at = `syscalls[${i}]`
  if (!isObject(rule)) return [`${at} is not an object.`]
  const problems: string[] = []
  if (rule.name !== undefined) problems.push(`${at} uses "name"; Docker reads "names" (a list).`)
  if (!isStringList(rule.names) || rule.names.length === 0) problems.push(`${at}.names must be a non-empty list of syscall names.`)
  if (typeof rule.action !== 'string' || !ACTIONS.has(rule.action)) problems.push(`${at}.action "${String(rule.action)}" is not a seccomp action.`)
  for (const key of ['includes', 'excludes'] as const) {
    const f = rule[key]
    if (f === undefined) continue
    if (!isObject(f)) problems.push(`${at}.${key} must be an object.`)
    else if ((f.caps !== undefined && !isStringList(f.caps)) || (f.arches !== undefined && !isStringList(f.arches)))
      problems.push(`${at}.${key} caps and arches must be lists of names.`)
  }
  return problems
}

/** Empty when Docker would load the profile; otherwise what is wrong, one sentence each. */
export function profileProblems(profile: unknown): string[] {
  if (!isObject(profile)) return ['A seccomp profile is a JSON object.']
  const problems: string[] = []
  if (typeof profile.defaultAction !== 'string' || !ACTIONS.has(profile.defaultAction))
    problems.push(`defaultAction "${String(profile.defaultAction)}" is not a seccomp action.`)
  const archs = profile.architectures !== undefined && profile.architectures !== null
  const archMap = profile.archMap !== undefined && profile.archMap !== null
  if (archs && archMap) problems.push('Use either "architectures" or "archMap", not both: Docker refuses the profile.')
  if (archs && !isStringList(profile.architectures)) problems.push('"architectures" must be a list of SCMP_ARCH_* names.')
  if (archMap && !Array.isArray(profile.archMap)) problems.push('"archMap" must be a list of {architecture, subArchitectures}.')
  if (!Array.isArray(profile.syscalls)) problems.push('"syscalls" must be a list of rules.')
  else problems.push(...profile.syscalls.flatMap(ruleProblems))
  return problems
}
