// The 41 Linux capabilities (capabilities(7), numbers 0–40), with Docker's defaults marked and plain guidance.
// Risk tiers match the no-dangerous-capabilities rule: critical and high are what it flags above "low".

export type CapabilityRisk = 'critical' | 'high' | 'medium' | 'low'

export interface Capability {
  name: string
  number: number
  /** In Docker's default set of 14 (granted unless dropped). */
  dockerDefault: boolean
  risk: CapabilityRisk
  /** What it allows, in one line. */
  allows: string
  /** When a container really needs it (empty when it practically never does). */
  neededWhen: string
}

const c = (number: number, name: string, dockerDefault: boolean, risk: CapabilityRisk, allows: string, neededWhen = ''): Capability =>
  ({ name, number, dockerDefault, risk, allows, neededWhen })

export const CAPABILITIES: readonly Capability[] = [
  c(0, 'CHOWN', true, 'medium', 'Change the owner of any file.', 'Entrypoints that chown data directories at start (many official images do, then drop to a user).'),
  c(1, 'DAC_OVERRIDE', true, 'medium', 'Bypass file read, write and execute permission checks.', 'Rarely; fix file ownership instead.'),
  c(2, 'DAC_READ_SEARCH', false, 'high', 'Bypass read permission checks and open files by handle (the "shocker" container escape).', 'Backup tools that must read every file.'),
  c(3, 'FOWNER', true, 'medium', 'Bypass permission checks that require owning the file (chmod, utime on others\' files).', 'Entrypoints that fix permissions at start.'),
  c(4, 'FSETID', true, 'low', 'Keep set-user-ID and set-group-ID bits when a file is modified.', 'Rarely.'),
  c(5, 'KILL', true, 'low', 'Send signals to processes of other users.', 'Process supervisors running several users\' processes.'),
  c(6, 'SETGID', true, 'medium', 'Change group IDs of processes.', 'Images that start as root and switch to another user (su-exec, gosu, nginx, postgres).'),
  c(7, 'SETUID', true, 'medium', 'Change user IDs of processes.', 'Images that start as root and switch to another user (su-exec, gosu, nginx, postgres).'),
  c(8, 'SETPCAP', true, 'medium', 'Change the capability sets of processes.', 'Rarely.'),
  c(9, 'LINUX_IMMUTABLE', false, 'high', 'Set immutable and append-only file attributes.', ''),
  c(10, 'NET_BIND_SERVICE', true, 'low', 'Bind ports below 1024.', 'Servers that listen on ports such as 80 or 443 inside the container (prefer a high port).'),
  c(11, 'NET_BROADCAST', false, 'low', 'Broadcast and listen to multicast.', 'Service discovery over multicast.'),
  c(12, 'NET_ADMIN', false, 'high', 'Configure interfaces, routes, firewall rules and sniff traffic of the network namespace.', 'VPN clients, firewalls and network tools (WireGuard, Tailscale).'),
  c(13, 'NET_RAW', true, 'medium', 'Open raw and packet sockets (ping, ARP spoofing on the bridge).', 'ping and traceroute; drop it everywhere else.'),
  c(14, 'IPC_LOCK', false, 'low', 'Lock memory (mlock) so it is never swapped.', 'Vault, Elasticsearch and databases that lock memory.'),
  c(15, 'IPC_OWNER', false, 'low', 'Bypass permission checks on System V IPC objects.', ''),
  c(16, 'SYS_MODULE', false, 'high', 'Load and unload kernel modules: full control of the host kernel.', ''),
  c(17, 'SYS_RAWIO', false, 'high', 'Raw I/O on ports and devices (/dev/mem, iopl).', 'Hardware access tools only.'),
  c(18, 'SYS_CHROOT', true, 'low', 'Use chroot.', 'Tools that chroot (some build and mail servers).'),
  c(19, 'SYS_PTRACE', false, 'high', 'Trace and inspect any process: read its memory and secrets.', 'Debuggers and profilers, temporarily.'),
  c(20, 'SYS_PACCT', false, 'low', 'Turn process accounting on and off.', ''),
  c(21, 'SYS_ADMIN', false, 'critical', 'Mount file systems, and a long list of administration calls: nearly root on the host.', 'Almost never; FUSE and nested containers ask for it, look for alternatives.'),
  c(22, 'SYS_BOOT', false, 'high', 'Reboot the host and load a new kernel (kexec).', ''),
  c(23, 'SYS_NICE', false, 'low', 'Raise process priority and change scheduling of any process.', 'Real-time audio and latency-sensitive workloads.'),
  c(24, 'SYS_RESOURCE', false, 'medium', 'Override resource limits and quotas.', 'Rarely.'),
  c(25, 'SYS_TIME', false, 'high', 'Set the system clock (the host\'s: time is not namespaced).', 'NTP servers.'),
  c(26, 'SYS_TTY_CONFIG', false, 'low', 'Configure terminals (vhangup).', ''),
  c(27, 'MKNOD', true, 'medium', 'Create device files.', 'Rarely; pass devices with `devices:` instead.'),
  c(28, 'LEASE', false, 'low', 'Take file leases.', 'Samba and NFS servers.'),
  c(29, 'AUDIT_WRITE', true, 'low', 'Write records to the kernel audit log.', 'sshd and login tools.'),
  c(30, 'AUDIT_CONTROL', false, 'medium', 'Configure kernel auditing.', ''),
  c(31, 'SETFCAP', true, 'medium', 'Set file capabilities.', 'Package installs at build time, not at run time.'),
  c(32, 'MAC_OVERRIDE', false, 'high', 'Override mandatory access control (SMACK).', ''),
  c(33, 'MAC_ADMIN', false, 'high', 'Configure mandatory access control (AppArmor, SMACK policy).', ''),
  c(34, 'SYSLOG', false, 'high', 'Read and clear the kernel log, which leaks kernel addresses.', ''),
  c(35, 'WAKE_ALARM', false, 'low', 'Set alarms that wake the system.', ''),
  c(36, 'BLOCK_SUSPEND', false, 'low', 'Prevent the system from suspending.', ''),
  c(37, 'AUDIT_READ', false, 'medium', 'Read the audit log through multicast netlink.', 'Audit log collectors.'),
  c(38, 'PERFMON', false, 'high', 'Use performance monitoring and tracing (perf_event_open).', 'Profilers.'),
  c(39, 'BPF', false, 'high', 'Load BPF programs and maps into the kernel.', 'eBPF observability and networking agents (Cilium, Falco).'),
  c(40, 'CHECKPOINT_RESTORE', false, 'low', 'Checkpoint and restore processes (CRIU).', ''),
]

export const CAPABILITY_BY_NAME: ReadonlyMap<string, Capability> = new Map(CAPABILITIES.map((cap) => [cap.name, cap]))

export const ALL_CAPABILITY_NAMES: readonly string[] = CAPABILITIES.map((cap) => cap.name)
