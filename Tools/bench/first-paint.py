#!/usr/bin/env python3
"""First paint, as a user meets it: process start to the article's text on screen, in tmux.

Runs `less` and `verbatim` alternately on the same article in the same minutes, so a busy
machine slows both alike, and prints each one's median and range, and their ratio.

    Tools/bench/first-paint.py [--runs 15] [--verbatim .build/release/verbatim] ARTICLE [MARKER]

MARKER is a piece of the article's first lines to wait for (default: its first 20 characters).
"""
import argparse, os, shlex, statistics, subprocess, time, uuid

def first_paint(command, marker, width=120, height=35):
    server = f"fp-{uuid.uuid4().hex[:8]}"
    tmux = ["tmux", "-L", server, "-f", "/dev/null"]
    stamp = f"/tmp/{server}.start"
    # The pane's shell writes the start time (ns) just before exec'ing the program.
    script = f"date +%s%N > {stamp}; exec {command}"
    subprocess.run(tmux + ["new-session", "-d", "-x", str(width), "-y", str(height), "sh", "-c", script], check=True)
    try:
        deadline = time.time() + 10
        while time.time() < deadline:
            screen = subprocess.run(tmux + ["capture-pane", "-p"], capture_output=True, text=True).stdout
            if marker in screen:
                seen = time.time_ns()
                with open(stamp) as f:
                    return (seen - int(f.read().strip())) / 1e6
        raise RuntimeError(f"{command}: marker never appeared")
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)
        if os.path.exists(stamp):
            os.remove(stamp)

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("article")
    parser.add_argument("marker", nargs="?")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--verbatim", default=".build/release/verbatim")
    args = parser.parse_args()
    marker = args.marker or open(args.article, encoding="utf-8").read().strip().split("\n")[0][:20]
    commands = {"less": f"less {shlex.quote(args.article)}",
                "verbatim": f"{shlex.quote(os.path.abspath(args.verbatim))} {shlex.quote(args.article)}"}
    times = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(first_paint(command, marker))
    for name, values in times.items():
        print(f"{name:9s} median {statistics.median(values):6.1f} ms  range {min(values):.1f}–{max(values):.1f} ms")
    print(f"ratio verbatim/less (medians): {statistics.median(times['verbatim']) / statistics.median(times['less']):.2f}")

if __name__ == "__main__":
    main()
