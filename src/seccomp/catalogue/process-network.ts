// Catalogue groups: network, processes and threads, users and groups, signals.
import type { SyscallGroup } from '../types'

export const NETWORK_GROUP: SyscallGroup = {
  id: 'network',
  label: 'Network and sockets',
  summary: 'A variant of the socket calls above: sending, receiving and socket options.',
  risk: 'low',
  explained: [
    ['socket', 'Create a socket. Docker\'s default allows every address family except AF_ALG (38) and AF_VSOCK (40), through argument filters.'],
    ['socketpair', 'Create a pair of connected local sockets.'],
    ['bind', 'Give a socket a local address (ports below 1024 also need CAP_NET_BIND_SERVICE).'],
    ['listen', 'Accept incoming connections on a socket.'],
    ['accept4', 'Take the next incoming connection.'],
    ['connect', 'Connect a socket to an address.'],
    ['sendto', 'Send a datagram or stream data.'],
    ['recvfrom', 'Receive data from a socket.'],
    ['sendmsg', 'Send data with control messages (passing descriptors between processes).'],
    ['recvmsg', 'Receive data with control messages.'],
    ['setsockopt', 'Set a socket option (some need CAP_NET_ADMIN or CAP_NET_RAW).'],
    ['shutdown', 'Shut down one or both directions of a connection.'],
    ['socketcall', 'The old single entry point for all socket calls on 32-bit x86; its arguments cannot be filtered.'],
  ],
  more: 'accept getpeername getsockname getsockopt recv recvmmsg recvmmsg_time64 send sendmmsg',
}

export const PROCESS_GROUP: SyscallGroup = {
  id: 'process',
  label: 'Processes and threads',
  summary: 'Creating, running, waiting for and describing processes and threads.',
  risk: 'low',
  explained: [
    ['execve', 'Run a program. Without it the container cannot even start its entrypoint.'],
    ['execveat', 'Run a program given by a directory descriptor.'],
    ['clone', 'Create a process or thread. Docker\'s default filters out the namespace flags unless the container has CAP_SYS_ADMIN.', 'medium'],
    ['clone3', 'Create a process or thread (new interface). Docker\'s default answers ENOSYS, so libc falls back to clone, unless CAP_SYS_ADMIN.', 'medium'],
    ['fork', 'Create a copy of the calling process.'],
    ['vfork', 'Create a child that shares memory until it runs a program.'],
    ['exit_group', 'End all threads of the process.'],
    ['exit', 'End the calling thread.'],
    ['wait4', 'Wait for a child process to change state.'],
    ['waitid', 'Wait for a child process, with more detail.'],
    ['getpid', 'Read the process ID.'],
    ['gettid', 'Read the thread ID.'],
    ['setsid', 'Start a new session (daemons, shells).'],
    ['prctl', 'Per-process controls: name, no_new_privs, seccomp, dumpable, capability bounding set.', 'medium'],
    ['personality', 'Change the execution domain. Docker\'s default allows only a few harmless values (through argument filters).', 'medium'],
    ['prlimit64', 'Read or set resource limits of a process.'],
    ['setrlimit', 'Set the caller\'s resource limits (raising the hard limit needs CAP_SYS_RESOURCE).'],
    ['getrusage', 'Read resource usage.'],
    ['pidfd_open', 'Get a descriptor that refers to a process.'],
    ['rseq', 'Register restartable sequences (glibc uses it for per-CPU data).'],
    ['set_robust_list', 'Register the list of futexes to release when the thread dies.'],
    ['uname', 'Read the kernel name and version.'],
    ['sysinfo', 'Read system-wide memory and load figures.'],
    ['getrandom', 'Read random bytes from the kernel.'],
    ['restart_syscall', 'Resume a call interrupted by a signal (the kernel issues it).'],
  ],
  more:
    'getpgid getpgrp getppid getsid setpgid set_tid_address getrlimit ugetrlimit times get_robust_list process_mrelease waitpid',
}

export const IDENTITY_GROUP: SyscallGroup = {
  id: 'identity',
  label: 'Users, groups and capabilities',
  summary: 'Reading or switching the process\'s user and group IDs (switching needs CAP_SETUID / CAP_SETGID).',
  risk: 'low',
  explained: [
    ['setuid', 'Switch the user ID; images that start as root and drop to a user need it (gosu, su-exec).', 'medium'],
    ['setgid', 'Switch the group ID.', 'medium'],
    ['setgroups', 'Set the supplementary groups.', 'medium'],
    ['setresuid', 'Set real, effective and saved user IDs.', 'medium'],
    ['setresgid', 'Set real, effective and saved group IDs.', 'medium'],
    ['capget', 'Read a process\'s capability sets.'],
    ['capset', 'Change the caller\'s capability sets (within its bounding set).', 'medium'],
    ['getuid', 'Read the real user ID.'],
    ['geteuid', 'Read the effective user ID.'],
  ],
  more:
    'getegid getegid32 geteuid32 getgid getgid32 getgroups getgroups32 getresgid getresgid32 getresuid getresuid32 getuid32 setfsgid ' +
    'setfsgid32 setfsuid setfsuid32 setgid32 setgroups32 setregid setregid32 setresgid32 setresuid32 setreuid setreuid32 setuid32',
}

export const SIGNALS_GROUP: SyscallGroup = {
  id: 'signals',
  label: 'Signals',
  summary: 'Sending, blocking, handling and waiting for signals.',
  risk: 'low',
  explained: [
    ['kill', 'Send a signal to a process (inside the container\'s PID namespace).'],
    ['tgkill', 'Send a signal to one thread.'],
    ['rt_sigaction', 'Install a signal handler.'],
    ['rt_sigprocmask', 'Block or unblock signals.'],
    ['rt_sigreturn', 'Return from a signal handler (the C library calls it).'],
    ['sigaltstack', 'Set an alternate stack for signal handlers.'],
    ['signalfd4', 'Receive signals through a descriptor.'],
    ['pidfd_send_signal', 'Send a signal through a process descriptor.'],
    ['pause', 'Sleep until a signal arrives.'],
  ],
  more: 'rt_sigpending rt_sigqueueinfo rt_sigsuspend rt_sigtimedwait rt_sigtimedwait_time64 rt_tgsigqueueinfo signalfd sigprocmask sigreturn tkill',
}
