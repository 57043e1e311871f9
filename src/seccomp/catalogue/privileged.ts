// Catalogue groups for the calls that matter most: sandboxing, keyring, mounts and namespaces, kernel, debugging,
// architecture-specific. Most of them are blocked by Docker's default or open only with a capability.
import type { SyscallGroup } from '../types'

export const SANDBOXING_GROUP: SyscallGroup = {
  id: 'sandboxing',
  label: 'Sandboxing and security modules',
  summary: 'A process restricting itself further, or reading its security-module attributes.',
  risk: 'low',
  explained: [
    ['seccomp', 'Install a further seccomp filter on the caller (browsers and sandboxes use it): it can only restrict.'],
    ['landlock_create_ruleset', 'Start a Landlock ruleset to restrict the caller\'s own file access.'],
    ['landlock_add_rule', 'Add a rule to a Landlock ruleset.'],
    ['landlock_restrict_self', 'Apply a Landlock ruleset to the caller.'],
    ['lsm_get_self_attr', 'Read the caller\'s security-module attributes (needs CAP_SYS_ADMIN in Docker\'s default).'],
    ['lsm_set_self_attr', 'Set the caller\'s security-module attributes (needs CAP_SYS_ADMIN in Docker\'s default).', 'medium'],
    ['lsm_list_modules', 'List the active security modules (needs CAP_SYS_ADMIN in Docker\'s default).'],
  ],
  more: '',
}

export const KEYRING_GROUP: SyscallGroup = {
  id: 'keyring',
  label: 'Kernel keyring',
  summary: 'The kernel\'s key store, which is not namespaced: blocked by Docker\'s default.',
  risk: 'high',
  explained: [
    ['keyctl', 'Manage kernel keys. The keyring is not namespaced, so a container could read or change other containers\' keys.'],
    ['add_key', 'Add a key to a kernel keyring (not namespaced).'],
    ['request_key', 'Ask the kernel for a key, possibly running a helper on the host.'],
  ],
  more: '',
}

export const MOUNT_GROUP: SyscallGroup = {
  id: 'mount',
  label: 'Mounts and namespaces',
  summary: 'Mounting file systems and creating or joining namespaces: the raw material of container escapes.',
  risk: 'high',
  explained: [
    ['mount', 'Mount a file system: with CAP_SYS_ADMIN, a way to reach host devices, cgroups or /proc and escape.', 'critical'],
    ['umount2', 'Unmount a file system (can uncover what the runtime masked).', 'high'],
    ['umount', 'Unmount a file system (old interface).', 'high'],
    ['pivot_root', 'Change the root file system: the runtime uses it before seccomp applies; a container never needs it.', 'high'],
    ['chroot', 'Change the root directory (needs CAP_SYS_CHROOT, in Docker\'s defaults).', 'medium'],
    ['unshare', 'Create new namespaces (user namespaces expose much more kernel code to an unprivileged process).', 'high'],
    ['setns', 'Join another namespace given by a descriptor.', 'high'],
    ['open_tree', 'Clone or pick a mount as a detached tree (new mount API).'],
    ['move_mount', 'Attach a detached mount somewhere (new mount API).'],
    ['fsopen', 'Start configuring a new file system (new mount API).'],
    ['sethostname', 'Set the host name (of the container\'s UTS namespace).', 'medium'],
    ['setdomainname', 'Set the NIS domain name (of the container\'s UTS namespace).', 'medium'],
    ['quotactl', 'Manage disk quotas.', 'medium'],
    ['listmount', 'List the mounts of a mount namespace.', 'low'],
    ['statmount', 'Read details of a mount.', 'low'],
  ],
  more: 'fsconfig fsmount fspick mount_setattr quotactl_fd',
}

export const KERNEL_GROUP: SyscallGroup = {
  id: 'kernel',
  label: 'Kernel, modules and host',
  summary: 'Calls that act on the kernel or the host as a whole: none is namespaced.',
  risk: 'critical',
  explained: [
    ['kexec_load', 'Load a new kernel to boot into: replaces the host\'s kernel. Blocked by Docker\'s default in every case.'],
    ['kexec_file_load', 'Load a new kernel from a file descriptor. Blocked by Docker\'s default.'],
    ['reboot', 'Reboot or halt the host (inside a PID namespace it ends the container; needs CAP_SYS_BOOT).'],
    ['init_module', 'Load a kernel module: arbitrary code in the host kernel (needs CAP_SYS_MODULE).'],
    ['finit_module', 'Load a kernel module from a file (needs CAP_SYS_MODULE).'],
    ['delete_module', 'Unload a kernel module (needs CAP_SYS_MODULE).'],
    ['create_module', 'Obsolete module call; blocked.', 'medium'],
    ['get_kernel_syms', 'Obsolete: read kernel symbols; blocked.', 'medium'],
    ['query_module', 'Obsolete: query modules; blocked.', 'medium'],
    ['swapon', 'Start swapping to a file or device on the host.', 'high'],
    ['swapoff', 'Stop swapping on the host.', 'high'],
    ['acct', 'Turn process accounting on or off (needs CAP_SYS_PACCT).', 'high'],
    ['syslog', 'Read or clear the kernel log, which leaks kernel addresses (needs CAP_SYSLOG or CAP_SYS_ADMIN).', 'high'],
    ['_sysctl', 'Obsolete binary sysctl interface; blocked.', 'high'],
    ['sysfs', 'Obsolete: list file-system types; blocked.', 'low'],
    ['ustat', 'Obsolete: file-system statistics; blocked.', 'low'],
    ['uselib', 'Obsolete: load a shared library, a past exploit target; blocked.', 'medium'],
    ['nfsservctl', 'Removed NFS server control; blocked.', 'medium'],
    ['iopl', 'Raise the I/O privilege level: direct access to hardware ports (needs CAP_SYS_RAWIO).'],
    ['ioperm', 'Allow direct access to hardware I/O ports (needs CAP_SYS_RAWIO).'],
    ['vhangup', 'Hang up the current terminal (needs CAP_SYS_TTY_CONFIG).', 'medium'],
  ],
  more: '',
}

export const DEBUGGING_GROUP: SyscallGroup = {
  id: 'debugging',
  label: 'Debugging and tracing',
  summary: 'Inspecting or changing other processes, performance counters and BPF.',
  risk: 'high',
  explained: [
    ['ptrace', 'Trace another process: read and change its memory and registers. Docker\'s default allows it on kernels 4.8 and later (within the container, same user).'],
    ['process_vm_readv', 'Read another process\'s memory directly.'],
    ['process_vm_writev', 'Write another process\'s memory directly.'],
    ['kcmp', 'Compare kernel resources of two processes (needs CAP_SYS_PTRACE in Docker\'s default).', 'medium'],
    ['pidfd_getfd', 'Take a copy of another process\'s file descriptor (needs CAP_SYS_PTRACE).'],
    ['process_madvise', 'Give memory advice for another process (needs CAP_SYS_PTRACE).', 'medium'],
    ['perf_event_open', 'Performance counters and tracing: a large kernel surface that leaks kernel data (needs CAP_PERFMON or CAP_SYS_ADMIN).'],
    ['bpf', 'Load BPF programs and maps into the kernel (needs CAP_BPF or CAP_SYS_ADMIN).', 'critical'],
    ['lookup_dcookie', 'Return a directory entry\'s path for profilers (needs CAP_SYS_ADMIN).', 'medium'],
    ['uretprobe', 'Return from a user-space return probe (the kernel inserts the call).', 'low'],
  ],
  more: '',
}

export const ARCH_GROUP: SyscallGroup = {
  id: 'arch',
  label: 'Architecture-specific',
  summary: 'Calls that exist only on some CPU architectures (Docker\'s default allows each only there).',
  risk: 'low',
  explained: [
    ['arch_prctl', 'Set x86-64 thread state such as the FS/GS base (every x86-64 program needs it).'],
    ['modify_ldt', 'Change the x86 local descriptor table (old 16-bit code, Wine); a past exploit target.', 'medium'],
    ['set_thread_area', 'Set a thread-local storage area (32-bit x86, MIPS).'],
    ['vm86', 'Enter 32-bit x86 virtual 8086 mode; blocked.', 'medium'],
    ['vm86old', 'Old form of vm86; blocked.', 'medium'],
  ],
  more:
    'get_thread_area breakpoint cacheflush set_tls s390_pci_mmio_read s390_pci_mmio_write s390_runtime_instr riscv_flush_icache ' +
    'riscv_hwprobe swapcontext sync_file_range2 arm_fadvise64_64 arm_sync_file_range',
}
