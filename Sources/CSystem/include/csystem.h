#ifndef MLBOOK_CSYSTEM_H
#define MLBOOK_CSYSTEM_H

/// Atomically exchanges two paths (Linux `renameat2(RENAME_EXCHANGE)`).
/// Returns 0 on success, -1 with errno set otherwise (e.g. EINVAL where the
/// file system cannot exchange).
int mlbook_exchange_paths(const char *a, const char *b);

#include <spawn.h>

/// `posix_spawn_file_actions_addchdir_np` (glibc 2.29), which Swift's Glibc
/// module does not export: the child starts in `path`.
int mlbook_spawn_addchdir(posix_spawn_file_actions_t *actions, const char *path);

/// inotify, for `mlbook serve`'s file watcher (not in Swift's Glibc module).
#include <sys/inotify.h>

#endif
