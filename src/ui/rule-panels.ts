// Which settings panel governs each rule: a finding's "open its form" goes there. Every rule is listed (a test checks
// it against the registry); null means no form edits that setting (the editor is the place to change it).
export type PanelId =
  | 'user'
  | 'capabilities'
  | 'filesystem'
  | 'resources'
  | 'network'
  | 'security-options'
  | 'isolation'
  | 'devices'
  | 'health-logging'

/** The panels' titles, as the forms show them ("Open Capabilities for web"). */
export const PANEL_TITLES: Readonly<Record<PanelId, string>> = {
  user: 'User',
  capabilities: 'Capabilities',
  filesystem: 'Filesystem',
  resources: 'Resources',
  network: 'Network',
  'security-options': 'Security options',
  isolation: 'Isolation',
  devices: 'Devices',
  'health-logging': 'Health & logging',
}

export const RULE_PANELS: Readonly<Record<string, PanelId | null>> = {
  'consider-mac-profile': 'security-options',
  'no-apparmor-unconfined': 'security-options',
  'no-broad-device-cgroup-rules': 'devices',
  'no-dangerous-capabilities': 'capabilities',
  'no-docker-socket': 'filesystem',
  'no-exposed-database-ports': 'network',
  'no-host-devices': 'devices',
  'no-host-namespaces': 'isolation',
  'no-host-network': 'network',
  'no-privileged': 'isolation',
  'no-privileged-host-ports': 'network',
  'no-seccomp-unconfined': 'security-options',
  'no-secrets-in-environment': null,
  'no-selinux-disabled': 'security-options',
  'no-sensitive-host-mounts': 'filesystem',
  'no-shared-mount-propagation': 'filesystem',
  'require-cap-drop-all': 'capabilities',
  'require-cpu-limit': 'resources',
  'require-healthcheck': 'health-logging',
  'require-image-pinning': null,
  'require-internal-network-for-database': 'network',
  'require-logging-limits': 'health-logging',
  'require-memory-limit': 'resources',
  'require-no-new-privileges': 'security-options',
  'require-non-root-user': 'user',
  'require-pids-limit': 'resources',
  'require-port-host-ip': 'network',
  'require-read-only-rootfs': 'filesystem',
  'require-tmpfs-size': 'filesystem',
  'unsupported-reference': null,
}

/** The panel that edits what `ruleId` checks, or null when no form does. */
export function panelFor(ruleId: string): PanelId | null {
  return RULE_PANELS[ruleId] ?? null
}
