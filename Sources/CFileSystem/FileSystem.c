#define _GNU_SOURCE
#include "CFileSystem.h"
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <limits.h>
#include <string.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif

int portal_exchange_paths(const char *a, const char *b) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

static int remove_entry(const char *path, const struct stat *info, int flag, struct FTW *walk) {
    (void)info; (void)flag; (void)walk;
    return remove(path);
}

int portal_remove_tree(const char *path) {
    return nftw(path, remove_entry, 64, FTW_DEPTH | FTW_PHYS);
}

extern char **environ;

int portal_remove_tree_in_background(const char *path) {
    // `sh` starts `rm` in the background and exits at once, so rm is nobody's child to wait for.
    char *const argv[] = {"sh", "-c", "rm -rf -- \"$1\" </dev/null >/dev/null 2>&1 &", "sh", (char *)path, NULL};
    pid_t pid;
    int status = posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ);
    if (status != 0) { errno = status; return -1; }
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) return -1;
    }
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

int portal_write_file(const char *path, const void *bytes, size_t length) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return -1;
    const char *cursor = bytes;
    while (length > 0) {
        ssize_t written = write(fd, cursor, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            int saved = errno;
            close(fd);
            errno = saved;
            return -1;
        }
        cursor += written;
        length -= (size_t)written;
    }
    return close(fd);
}

int portal_make_directories(const char *path) {
    if (mkdir(path, 0755) == 0 || errno == EEXIST) return 0;
    if (errno != ENOENT) return -1;
    char parent[PATH_MAX];
    size_t length = strlen(path);
    if (length >= sizeof parent) { errno = ENAMETOOLONG; return -1; }
    memcpy(parent, path, length + 1);
    char *slash = strrchr(parent, '/');
    if (slash == NULL || slash == parent) return -1;
    *slash = '\0';
    if (portal_make_directories(parent) != 0) return -1;
    return (mkdir(path, 0755) == 0 || errno == EEXIST) ? 0 : -1;
}

#include <dirent.h>

#ifdef __APPLE__
#define st_mtim st_mtimespec
#endif

static int walk_folder(int parent, const char *name, char *relative, size_t length, portal_file_visitor visit, void *context) {
    int fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT || errno == ENOTDIR ? 0 : -1;
    visit(context, relative, -1, 0, 0);
    DIR *folder = fdopendir(fd);
    if (folder == NULL) { close(fd); return -1; }
    struct dirent *entry;
    while ((entry = readdir(folder)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        size_t name_length = strlen(entry->d_name);
        if (length + 1 + name_length >= PATH_MAX) continue;
        relative[length] = '/';
        memcpy(relative + length + 1, entry->d_name, name_length + 1);
        struct stat info;
        if (entry->d_type == DT_DIR) {
            walk_folder(fd, entry->d_name, relative, length + 1 + name_length, visit, context);
        } else if (fstatat(fd, entry->d_name, &info, 0) == 0) {
            // Symbolic links are followed to files, never into folders (no loops).
            if (S_ISREG(info.st_mode)) {
                visit(context, relative, (long long)info.st_size,
                      (long long)info.st_mtim.tv_sec * 1000000000LL + info.st_mtim.tv_nsec, (long long)info.st_ino);
            } else if (S_ISDIR(info.st_mode) && entry->d_type == DT_UNKNOWN
                       && fstatat(fd, entry->d_name, &info, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(info.st_mode)) {
                walk_folder(fd, entry->d_name, relative, length + 1 + name_length, visit, context);
            }
        }
        relative[length] = '\0';
    }
    closedir(folder);
    return 0;
}

int portal_walk_files(const char *root, const char *top, portal_file_visitor visit, void *context) {
    char relative[PATH_MAX];
    size_t length = strlen(top);
    if (length >= PATH_MAX) { errno = ENAMETOOLONG; return -1; }
    memcpy(relative, top, length + 1);
    int base = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (base < 0) return -1;
    struct stat info;
    int status = 0;
    if (fstatat(base, top, &info, 0) == 0) {
        if (S_ISREG(info.st_mode)) {
            visit(context, relative, (long long)info.st_size,
                  (long long)info.st_mtim.tv_sec * 1000000000LL + info.st_mtim.tv_nsec, (long long)info.st_ino);
        } else if (S_ISDIR(info.st_mode)) {
            status = walk_folder(base, top, relative, length, visit, context);
        }
    }
    close(base);
    return status;
}

#ifdef __linux__
#include <poll.h>
#include <sys/inotify.h>

int portal_watch_open(void) {
    return inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
}

int portal_watch_add(int watcher, const char *folder) {
    return inotify_add_watch(watcher, folder, IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE
                             | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR);
}

int portal_watch_wait(int watcher, int timeout, portal_watch_visitor visit, void *context) {
    struct pollfd ready = {.fd = watcher, .events = POLLIN};
    int status = poll(&ready, 1, timeout);
    if (status <= 0) return status < 0 && errno == EINTR ? 0 : status;
    char buffer[64 * 1024] __attribute__((aligned(__alignof__(struct inotify_event))));
    int events = 0;
    for (;;) {
        ssize_t length = read(watcher, buffer, sizeof buffer);
        if (length <= 0) break;
        for (char *cursor = buffer; cursor < buffer + length;) {
            const struct inotify_event *event = (const struct inotify_event *)cursor;
            visit(context, event->wd, event->len > 0 ? event->name : "", (event->mask & IN_ISDIR) != 0,
                  (event->mask & IN_Q_OVERFLOW) != 0);
            events++;
            cursor += sizeof(struct inotify_event) + event->len;
        }
    }
    return events;
}
#else
int portal_watch_open(void) { errno = ENOSYS; return -1; }
int portal_watch_add(int watcher, const char *folder) { (void)watcher; (void)folder; errno = ENOSYS; return -1; }
int portal_watch_wait(int watcher, int timeout, portal_watch_visitor visit, void *context) {
    (void)watcher; (void)timeout; (void)visit; (void)context; errno = ENOSYS; return -1;
}
#endif
