// The designer's settings panels, named in the core so a rule can say which panel edits what it checks.
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
