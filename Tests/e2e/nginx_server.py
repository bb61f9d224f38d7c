"""A real nginx from Debian, on a free loopback port, serving a built site: the "web host" origin."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

NGINX = os.environ.get("NGINX", shutil.which("nginx") or "/usr/sbin/nginx")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class NginxError(RuntimeError):
    pass


def start_nginx(public: Path, d: Path) -> tuple[subprocess.Popen, str]:
    """Starts nginx serving `public` with its files in the folder `d`; returns it and its address."""
    if not os.access(NGINX, os.X_OK):
        raise NginxError(f"nginx not found ({NGINX}): scripts/install-deps.sh test installs nginx-light")
    port = free_port()
    mime = "include /etc/nginx/mime.types;" if Path("/etc/nginx/mime.types").exists() else \
        "types { text/html html; text/css css; application/javascript js; image/png png; image/jpeg jpg jpeg; " \
        "image/svg+xml svg; application/pdf pdf; application/xml xml; application/json json; image/webp webp; }"
    user = "user root;" if os.geteuid() == 0 else ""   # workers must read the (private) temp dir
    conf = d / "nginx.conf"
    conf.write_text(f"""
{user}
daemon off;
master_process on;
worker_processes 1;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 64; }}
http {{
    {mime}
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/css application/javascript application/json application/xml text/xml text/plain;
    access_log {d}/access.log;
    client_body_temp_path {d}/client_body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        root {public};
        index index.html;
        error_page 404 /404.html;
    }}
}}
""")
    proc = subprocess.Popen([NGINX, "-p", str(d), "-e", str(d / "error.log"), "-c", str(conf)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 15
    while True:
        if proc.poll() is not None:
            out = proc.stdout.read().decode(errors="replace")
            log = (d / "error.log").read_text(errors="replace") if (d / "error.log").exists() else ""
            raise NginxError(f"nginx exited {proc.returncode}:\n{out}\n{log}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if time.monotonic() > deadline:
                proc.kill()
                raise NginxError("nginx did not answer within 15 s")
            time.sleep(0.1)
    return proc, f"http://127.0.0.1:{port}/"


def stop_nginx(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
