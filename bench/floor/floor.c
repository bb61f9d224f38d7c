/*
 * The floor of a site build: the work no generator can skip. Renders the Markdown body of every
 * file named on stdin with libcmark, then writes TOTAL_BYTES (the size of portal's output) as
 * FILE_COUNT files, one per directory like portal's `<section>/<slug>/index.html`, filled with the
 * rendered HTML over and over. No templates, no cross-links, no checks.
 *
 *   find SITE/content -name '*.md' | floor OUTDIR TOTAL_BYTES FILE_COUNT
 *
 * Prints one line: `bodies=N html_bytes=N files=N bytes=N`.
 */
#include <cmark.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void die(const char *what, const char *path) {
    fprintf(stderr, "floor: %s %s: %s\n", what, path, strerror(errno));
    exit(1);
}

static char *read_file(const char *path, size_t *length) {
    FILE *f = fopen(path, "rb");
    if (!f) die("cannot open", path);
    size_t capacity = 1 << 16, used = 0;
    char *data = malloc(capacity);
    size_t n;
    while ((n = fread(data + used, 1, capacity - used, f)) > 0) {
        used += n;
        if (used == capacity) data = realloc(data, capacity *= 2);
    }
    fclose(f);
    *length = used;
    return data;
}

/* The Markdown after the front matter (`---` … `---`), as portal reads it. */
static const char *body_of(const char *text, size_t length, size_t *body_length) {
    if (length >= 4 && strncmp(text, "---\n", 4) == 0) {
        const char *end = strstr(text + 4, "\n---\n");
        if (end) {
            *body_length = length - (size_t)(end + 5 - text);
            return end + 5;
        }
    }
    *body_length = length;
    return text;
}

static void write_all(int fd, const char *data, size_t length, const char *path) {
    while (length > 0) {
        ssize_t n = write(fd, data, length);
        if (n < 0) die("cannot write", path);
        data += n;
        length -= (size_t)n;
    }
}

int main(int argc, char **argv) {
    if (argc != 4) {
        fprintf(stderr, "usage: find SITE/content -name '*.md' | %s OUTDIR TOTAL_BYTES FILE_COUNT\n", argv[0]);
        return 2;
    }
    const char *out = argv[1];
    long long total = atoll(argv[2]);
    long long count = atoll(argv[3]);
    if (count < 1) count = 1;

    /* All rendered HTML, kept as one buffer: the bytes the files are cut from. */
    size_t html_capacity = 1 << 20, html_used = 0;
    char *html = malloc(html_capacity);
    long bodies = 0;
    char path[4096];
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        if (!*path) continue;
        size_t length, body_length;
        char *text = read_file(path, &length);
        const char *body = body_of(text, length, &body_length);
        char *rendered = cmark_markdown_to_html(body, body_length, CMARK_OPT_DEFAULT);
        size_t n = strlen(rendered);
        while (html_used + n > html_capacity) html = realloc(html, html_capacity *= 2);
        memcpy(html + html_used, rendered, n);
        html_used += n;
        free(rendered);
        free(text);
        bodies++;
    }
    if (html_used == 0) {
        html[0] = '\n';
        html_used = 1;
    }

    if (mkdir(out, 0755) != 0 && errno != EEXIST) die("cannot create", out);
    long long written = 0, cursor = 0;
    for (long long i = 0; i < count; i++) {
        long long size = total / count + (i < total % count ? 1 : 0);
        char dir[4096], file[4200];
        snprintf(dir, sizeof dir, "%s/%lld", out, i);
        if (mkdir(dir, 0755) != 0 && errno != EEXIST) die("cannot create", dir);
        snprintf(file, sizeof file, "%s/index.html", dir);
        int fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd < 0) die("cannot create", file);
        while (size > 0) {
            long long chunk = (long long)html_used - cursor;
            if (chunk > size) chunk = size;
            write_all(fd, html + cursor, (size_t)chunk, file);
            size -= chunk;
            written += chunk;
            cursor = (cursor + chunk) % (long long)html_used;
        }
        if (close(fd) != 0) die("cannot close", file);
    }
    printf("bodies=%ld html_bytes=%zu files=%lld bytes=%lld\n", bodies, html_used, count, written);
    free(html);
    return 0;
}
