// The Docker daemon settings the runtime checklist asks for, as advice: a daemon.json snippet and, per key, what it
// does and what to watch for. The app cannot see a daemon, so nothing here is checked against one.

export interface DaemonSetting {
  /** The daemon.json key. */
  key: string
  value: unknown
  /** What it does, in one line. */
  does: string
  /** What to watch for before turning it on. */
  caveat: string
  /** Docker's documentation of the setting. */
  source: string
}

const DOCKERD = 'https://docs.docker.com/reference/cli/dockerd/#daemon-configuration-file'

export const DAEMON_SETTINGS: readonly DaemonSetting[] = [
  {
    key: 'icc',
    value: false,
    does: 'Stops containers on the default bridge (docker0) from reaching each other directly.',
    caveat:
      'It affects the default bridge only, not user-defined networks: Compose puts services on its own networks, so use each network’s inter-container traffic switch there.',
    source: 'https://docs.docker.com/engine/network/drivers/bridge/#options',
  },
  {
    key: 'no-new-privileges',
    value: true,
    does: 'Starts every container with no-new-privileges, so setuid and setcap binaries cannot raise a process’s privileges.',
    caveat: 'Images that rely on sudo or another setuid helper at run time stop working there; try such services first.',
    source: DOCKERD,
  },
  {
    key: 'userns-remap',
    value: 'default',
    does: 'Maps root in containers to an unprivileged range of host user IDs (the dockremap user), so a breakout is not root on the host.',
    caveat:
      'Files in bind mounts and volumes are then owned by the remapped IDs: existing data needs chown; images and containers made before are kept apart; privileged or host-namespace containers need userns_mode: host.',
    source: 'https://docs.docker.com/engine/security/userns-remap/',
  },
  {
    key: 'live-restore',
    value: true,
    does: 'Keeps containers running while the daemon restarts or is upgraded.',
    caveat: 'For standalone containers, not Swarm services, and across patch-release upgrades of the daemon only.',
    source: 'https://docs.docker.com/engine/daemon/live-restore/',
  },
  {
    key: 'log-driver',
    value: 'json-file',
    does: 'Writes container logs to local JSON files, the default driver, named so the limits below apply to it.',
    caveat: 'A service’s own logging: key overrides it; the new default reaches only containers created after the daemon restarts.',
    source: 'https://docs.docker.com/engine/logging/drivers/json-file/',
  },
  {
    key: 'log-opts',
    value: { 'max-size': '10m', 'max-file': '3' },
    does: 'Rotates each container’s log at 10 MB and keeps 3 files, so logs cannot fill the host’s disk.',
    caveat: 'daemon.json wants these values as strings; older lines are lost past 30 MB per container, so ship logs elsewhere if you need them.',
    source: 'https://docs.docker.com/engine/logging/drivers/json-file/',
  },
]

/** The snippet for /etc/docker/daemon.json: every setting above, in their order, two-space JSON. */
export const DAEMON_JSON = `${JSON.stringify(Object.fromEntries(DAEMON_SETTINGS.map((s) => [s.key, s.value])), null, 2)}\n`

export const DAEMON_JSON_PATH = '/etc/docker/daemon.json'
