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

/// Told of one regular file: its path relative to the walk's root, size, modification time in
/// nanoseconds and inode.
typedef void (*portal_file_visitor)(void *context, const char *relative, long long size, long long modified, long long inode);

/// Tells `visit` of every regular file at or below `root/top` (`top` itself may be a file), with
/// paths starting at `top`, and of every folder, with a size of -1; links are followed to files,
/// never into folders. A missing `top` is no file. Returns 0, or -1 with errno set when `root`
/// cannot be opened.
int portal_walk_files(const char *root, const char *top, portal_file_visitor visit, void *context);

/// Told of one change in a watched folder: the folder's watch, the entry's name ("" for the
/// folder itself), whether the entry is a folder, and whether events were lost (watch everything again).
typedef void (*portal_watch_visitor)(void *context, int watch, const char *name, int isFolder, int overflow);

/// Folder watching for `portal serve` (Linux inotify; elsewhere -1 with ENOSYS, and the caller polls).
/// `open` returns the watcher; `add` a folder's watch number; `wait` waits up to `timeout`
/// milliseconds for changes and tells `visit` of each, returning how many (0 when none came), or -1.
int portal_watch_open(void);
int portal_watch_add(int watcher, const char *folder);
int portal_watch_wait(int watcher, int timeout, portal_watch_visitor visit, void *context);

#endif
