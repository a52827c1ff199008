#!/usr/bin/env python3
"""Edit → reload latency of a live-preview server: the time from a lesson file
being saved to the open page's WebSocket being told to reload.

usage: latency.py mlbook MLBOOK_BINARY COURSE_DIR FILE [RUNS]
       latency.py sphinx-autobuild AUTOBUILD_BINARY SOURCE_DIR FILE [RUNS]

Each run makes a fresh edit with bench/build/edit.py (prose, then code), so no
cache can answer it. Prints one JSON object: median and all samples in seconds.
"""
import base64
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
EDIT = os.path.join(HERE, "..", "build", "edit.py")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WebSocket:
    """The smallest client that reads a server's unmasked text frames."""

    def __init__(self, port, path, timeout=120):
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
             f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self._fill()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if not head.startswith(b"HTTP/1.1 101"):
            raise RuntimeError(head.decode(errors="replace"))

    def _fill(self):
        chunk = self.sock.recv(65536)
        if not chunk:
            raise EOFError("the server closed the socket")
        self.buffer += chunk

    def _take(self, n):
        while len(self.buffer) < n:
            self._fill()
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def receive(self, timeout=600):
        self.sock.settimeout(timeout)
        payload = b""
        while True:
            b0, b1 = self._take(2)
            length = b1 & 0x7F
            if length == 126:
                length = int.from_bytes(self._take(2), "big")
            elif length == 127:
                length = int.from_bytes(self._take(8), "big")
            body = self._take(length)
            opcode = b0 & 0x0F
            if opcode in (0x9, 0xA):
                continue
            if opcode == 0x8:
                raise EOFError("closed")
            payload += body
            if b0 & 0x80:
                return payload.decode()


def main():
    tool, binary, root, target = sys.argv[1:5]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 5
    port = free_port()
    if tool == "mlbook":
        command = [binary, "serve", "--root", root, "--port", str(port), "-q"]
        socket_path = "/__mlbook/ws"
    else:
        command = [binary, root, os.path.join(root, "_build", "html"), "--port", str(port), "-q"]
        socket_path = "/websocket-reload"
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        ws = WebSocket(port, socket_path)
        if tool == "mlbook":
            first = json.loads(ws.receive())
            generation = first["generation"]
            time.sleep(0.5)  # let the first build settle
        else:
            time.sleep(2.0)
        result = {}
        for kind in ("prose", "code"):
            samples = []
            for _ in range(runs):
                start = time.monotonic()
                subprocess.run([sys.executable, EDIT, kind, os.path.join(root, target)], check=True)
                while True:
                    message = ws.receive()
                    if tool != "mlbook":
                        break
                    state = json.loads(message)
                    if state["problems"]:
                        raise RuntimeError(f"the build failed: {state['problems']}")
                    if state["generation"] != generation:
                        generation = state["generation"]
                        break
                samples.append(time.monotonic() - start)
                time.sleep(0.3)
            result[kind] = {"median": statistics.median(samples), "samples": samples}
        print(json.dumps(result))
    finally:
        os.killpg(server.pid, signal.SIGINT)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
