#ifndef CATOMICRENAME_H
#define CATOMICRENAME_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set (ENOSYS or EINVAL where the kernel or file system
/// cannot exchange: the caller then falls back to two renames).
int portal_exchange_paths(const char *a, const char *b);

#endif
