// Catalogue groups: files and directories, events and asynchronous I/O.
import type { SyscallGroup } from '../types'

export const FILE_GROUP: SyscallGroup = {
  id: 'file',
  label: 'Files and directories',
  summary: 'A variant of the file calls above: open, read, write, stat, link, permission and extended-attribute operations.',
  risk: 'low',
  explained: [
    ['open', 'Open a file by path (openat and openat2 are the directory-relative forms).'],
    ['openat', 'Open a file relative to a directory descriptor: what most programs call to open files.'],
    ['read', 'Read from a file descriptor.'],
    ['write', 'Write to a file descriptor.'],
    ['close', 'Close a file descriptor.'],
    ['stat', 'Read a file\'s metadata (size, owner, mode, times).'],
    ['statx', 'Read extended file metadata; the modern stat.'],
    ['lseek', 'Move the read/write position in a file.'],
    ['getdents64', 'List the entries of a directory.'],
    ['mkdir', 'Create a directory.'],
    ['unlink', 'Delete a name from the file system.'],
    ['rename', 'Rename or move a file.'],
    ['chmod', 'Change a file\'s permission bits.'],
    ['chown', 'Change a file\'s owner (the kernel also asks for CAP_CHOWN for someone else\'s file).'],
    ['symlink', 'Create a symbolic link.'],
    ['link', 'Create a hard link.'],
    ['mknod', 'Create a special file; device nodes also need CAP_MKNOD and the device cgroup.', 'medium'],
    ['ioctl', 'Device-specific control requests on a descriptor: a wide, driver-dependent kernel surface.', 'medium'],
    ['fcntl', 'Change a descriptor\'s flags, locks and leases.'],
    ['dup', 'Duplicate a file descriptor.'],
    ['fsync', 'Flush a file\'s data to disk.'],
    ['truncate', 'Cut or extend a file to a given size.'],
    ['sendfile', 'Copy data between descriptors inside the kernel.'],
    ['splice', 'Move data between a pipe and a descriptor without copying.'],
    ['setxattr', 'Set an extended attribute (security.* attributes need privileges).'],
    ['getxattr', 'Read an extended attribute.'],
    ['umask', 'Set the permission mask for new files.'],
    ['chdir', 'Change the working directory.'],
    ['getcwd', 'Read the working directory.'],
    ['access', 'Check whether the caller may read, write or run a file.'],
    ['name_to_handle_at', 'Turn a path into a file handle (harmless alone; open_by_handle_at is the risky half).'],
    ['open_by_handle_at', 'Open a file from a handle, bypassing path checks: the "shocker" escape read host files with it.', 'critical'],
    ['sync', 'Flush all file systems\' caches to disk.'],
    ['copy_file_range', 'Copy a range between files inside the kernel.'],
    ['fallocate', 'Reserve or punch holes in a file\'s space.'],
    ['cachestat', 'Read page-cache statistics of a file.'],
  ],
  more:
    'chown32 close_range creat dup2 dup3 faccessat faccessat2 fadvise64 fadvise64_64 fchdir fchmod fchmodat fchmodat2 fchown fchown32 fchownat ' +
    'fcntl64 fdatasync fgetxattr flistxattr flock fremovexattr fsetxattr fstat fstat64 fstatat64 fstatfs fstatfs64 ftruncate ftruncate64 ' +
    'futimesat getdents getxattrat lchown lchown32 lgetxattr linkat listxattr listxattrat llistxattr _llseek lremovexattr lsetxattr lstat ' +
    'lstat64 mkdirat mknodat newfstatat openat2 pread64 preadv preadv2 pwrite64 pwritev pwritev2 readahead readlink readlinkat readv ' +
    'removexattr removexattrat renameat renameat2 rmdir sendfile64 setxattrat stat64 statfs statfs64 symlinkat sync_file_range syncfs tee ' +
    'truncate64 unlinkat utime utimensat utimensat_time64 utimes vmsplice writev',
}

export const EVENTS_GROUP: SyscallGroup = {
  id: 'events',
  label: 'Events and asynchronous I/O',
  summary: 'Waiting for many descriptors at once, event counters, file-change notification and Linux AIO.',
  risk: 'low',
  explained: [
    ['epoll_wait', 'Wait for events on an epoll set: the core of most event loops (nginx, Node.js).'],
    ['epoll_ctl', 'Add or remove descriptors in an epoll set.'],
    ['epoll_create1', 'Create an epoll set.'],
    ['poll', 'Wait for events on a list of descriptors.'],
    ['select', 'Wait for descriptors to become ready (the oldest form).'],
    ['eventfd2', 'Create a counter descriptor used to wake event loops.'],
    ['inotify_add_watch', 'Watch a file or directory for changes.'],
    ['fanotify_init', 'Start a file-access notification group that can watch whole mounts (needs CAP_SYS_ADMIN).', 'high'],
    ['fanotify_mark', 'Add a file or mount to a fanotify group.'],
    ['io_setup', 'Create a Linux AIO context (databases use it for direct I/O).'],
    ['io_submit', 'Queue asynchronous I/O requests.'],
    ['io_uring_setup', 'Create an io_uring instance: a large, fast-moving kernel surface with many past privilege escalations; Docker\'s default blocks it.', 'high'],
    ['io_uring_enter', 'Submit and wait for io_uring work (blocked by Docker\'s default).', 'high'],
    ['io_uring_register', 'Register buffers and files with an io_uring instance (blocked by Docker\'s default).', 'high'],
  ],
  more:
    'epoll_create epoll_ctl_old epoll_pwait epoll_pwait2 epoll_wait_old eventfd inotify_init inotify_init1 inotify_rm_watch io_cancel ' +
    'io_destroy io_getevents io_pgetevents io_pgetevents_time64 ppoll ppoll_time64 pselect6 pselect6_time64 _newselect',
}
