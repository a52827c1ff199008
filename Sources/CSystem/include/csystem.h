#ifndef MLBOOK_CSYSTEM_H
#define MLBOOK_CSYSTEM_H

/// Atomically exchanges two paths (Linux `renameat2(RENAME_EXCHANGE)`).
/// Returns 0 on success, -1 with errno set otherwise (e.g. EINVAL where the
/// file system cannot exchange).
int mlbook_exchange_paths(const char *a, const char *b);

#endif
