#ifndef CFILESYSTEM_H
#define CFILESYSTEM_H

#include <stddef.h>

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set (ENOSYS or EINVAL where the kernel or file system
/// cannot exchange: the caller then falls back to two renames).
int portal_exchange_paths(const char *a, const char *b);

/// Removes a directory tree without following links (nftw, depth first).
/// Returns 0 on success, -1 with errno set.
int portal_remove_tree(const char *path);

/// Starts removing a directory tree in a detached `rm -rf` that outlives the caller, and returns
/// at once. Returns 0 once it is started, -1 with errno set if it could not be.
int portal_remove_tree_in_background(const char *path);

/// Writes `length` bytes to a new file at `path` (created or truncated, mode 0644).
/// Returns 0 on success, -1 with errno set.
int portal_write_file(const char *path, const void *bytes, size_t length);

/// Makes a directory and any missing parents (mode 0755); an existing one is fine.
/// Returns 0 on success, -1 with errno set.
int portal_make_directories(const char *path);

#endif
