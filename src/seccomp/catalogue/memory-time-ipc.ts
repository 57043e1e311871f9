// Catalogue groups: memory, time and timers, inter-process communication, scheduling.
import type { SyscallGroup } from '../types'

export const MEMORY_GROUP: SyscallGroup = {
  id: 'memory',
  label: 'Memory',
  summary: 'Mapping, protecting, locking and advising on the process\'s own memory.',
  risk: 'low',
  explained: [
    ['mmap', 'Map files or anonymous memory into the address space.'],
    ['munmap', 'Unmap memory.'],
    ['mprotect', 'Change the protection of memory pages.'],
    ['brk', 'Grow or shrink the heap.'],
    ['mremap', 'Resize or move a mapping.'],
    ['madvise', 'Advise the kernel on how memory will be used.'],
    ['mlock', 'Lock pages in RAM (beyond the limit needs CAP_IPC_LOCK).'],
    ['memfd_create', 'Create an anonymous file in memory (also used to run code without touching disk).'],
    ['memfd_secret', 'Create memory hidden even from the kernel\'s direct map.'],
    ['membarrier', 'Issue memory barriers across the process\'s threads.'],
    ['mbind', 'Set the NUMA memory policy of a range (needs CAP_SYS_NICE in Docker\'s default).'],
    ['set_mempolicy', 'Set the NUMA memory policy of the thread (needs CAP_SYS_NICE in Docker\'s default).'],
    ['get_mempolicy', 'Read the NUMA memory policy (needs CAP_SYS_NICE in Docker\'s default).'],
    ['move_pages', 'Move another process\'s pages between NUMA nodes; blocked by Docker\'s default.', 'medium'],
    ['migrate_pages', 'Move all pages of a process to other NUMA nodes; blocked by Docker\'s default.', 'medium'],
    ['userfaultfd', 'Handle page faults in user space: a favourite tool for winning kernel race conditions; blocked by Docker\'s default.', 'high'],
  ],
  more:
    'map_shadow_stack mincore mlock2 mlockall mmap2 mseal msync munlock munlockall pkey_alloc pkey_free pkey_mprotect remap_file_pages ' +
    'set_mempolicy_home_node',
}

export const TIME_GROUP: SyscallGroup = {
  id: 'time',
  label: 'Time and timers',
  summary: 'Reading clocks, sleeping and timers. The clock is not namespaced: setting it changes the host\'s time.',
  risk: 'low',
  explained: [
    ['clock_gettime', 'Read a clock.'],
    ['gettimeofday', 'Read the wall-clock time.'],
    ['nanosleep', 'Sleep for a time.'],
    ['clock_nanosleep', 'Sleep against a given clock.'],
    ['timerfd_create', 'Create a timer that fires through a descriptor.'],
    ['timer_create', 'Create a POSIX per-process timer.'],
    ['alarm', 'Get a signal after some seconds.'],
    ['adjtimex', 'Read or tune the kernel clock; changing it needs CAP_SYS_TIME, reading does not.'],
    ['clock_adjtime', 'Read or tune a clock; changing it needs CAP_SYS_TIME.'],
    ['settimeofday', 'Set the system clock: the host\'s clock for every container (needs CAP_SYS_TIME).', 'high'],
    ['clock_settime', 'Set a clock: the host\'s (needs CAP_SYS_TIME).', 'high'],
    ['stime', 'Set the system time (old interface; needs CAP_SYS_TIME).', 'high'],
  ],
  more:
    'clock_adjtime64 clock_getres clock_getres_time64 clock_gettime64 clock_nanosleep_time64 clock_settime64 getitimer setitimer time ' +
    'timer_delete timer_getoverrun timer_gettime timer_gettime64 timer_settime timer_settime64 timerfd_gettime timerfd_gettime64 ' +
    'timerfd_settime timerfd_settime64',
}

export const IPC_GROUP: SyscallGroup = {
  id: 'ipc',
  label: 'Inter-process communication',
  summary: 'Pipes, futexes, System V and POSIX message queues, semaphores and shared memory (per IPC namespace).',
  risk: 'low',
  explained: [
    ['pipe2', 'Create a pipe.'],
    ['futex', 'Wait on or wake a memory word: every mutex and condition variable uses it.'],
    ['shmget', 'Create or open a System V shared-memory segment (PostgreSQL and others).'],
    ['shmat', 'Attach a shared-memory segment.'],
    ['semget', 'Create or open a System V semaphore set.'],
    ['msgget', 'Create or open a System V message queue.'],
    ['mq_open', 'Open a POSIX message queue.'],
    ['ipc', 'The old single entry point for System V IPC on some architectures.'],
  ],
  more:
    'pipe futex_requeue futex_time64 futex_wait futex_waitv futex_wake mq_getsetattr mq_notify mq_timedreceive mq_timedreceive_time64 ' +
    'mq_timedsend mq_timedsend_time64 mq_unlink msgctl msgrcv msgsnd semctl semop semtimedop semtimedop_time64 shmctl shmdt',
}

export const SCHEDULING_GROUP: SyscallGroup = {
  id: 'scheduling',
  label: 'Scheduling and priorities',
  summary: 'CPU affinity, scheduling policy and I/O priority (raising them needs CAP_SYS_NICE).',
  risk: 'low',
  explained: [
    ['sched_yield', 'Give up the CPU.'],
    ['sched_getaffinity', 'Read which CPUs the thread may run on (runtimes use it to count CPUs).'],
    ['sched_setaffinity', 'Pin a thread to CPUs.'],
    ['sched_setscheduler', 'Change the scheduling policy (real-time policies need CAP_SYS_NICE).'],
    ['setpriority', 'Change a process\'s nice value.'],
    ['ioprio_set', 'Change a process\'s I/O priority.'],
    ['getcpu', 'Read the CPU and NUMA node the thread runs on.'],
  ],
  more:
    'getpriority ioprio_get sched_getattr sched_getparam sched_get_priority_max sched_get_priority_min sched_getscheduler ' +
    'sched_rr_get_interval sched_rr_get_interval_time64 sched_setattr sched_setparam',
}
