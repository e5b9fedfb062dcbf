#!/usr/bin/env python3
"""Runs a command and prints its peak resident memory, sampled from outside.

Reads VmRSS from /proc/<pid>/status every 50 ms and prints the largest value to stderr. Used for
docs/benchmark.md: `strata bench` resets the kernel's high-water mark per stage, so `/usr/bin/time -v`
(getrusage) only reports the peak of the last stage, not of the whole process.
Usage: scripts/peak_rss.py COMMAND [ARGS...]
"""
import subprocess
import sys
import time

process = subprocess.Popen(sys.argv[1:])
peak_kb = 0
while process.poll() is None:
    try:
        with open(f"/proc/{process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    peak_kb = max(peak_kb, int(line.split()[1]))
    except FileNotFoundError:
        pass  # the process ended between poll() and open()
    time.sleep(0.05)
print(f"peak_rss: {peak_kb / 1024:.1f} MB (VmRSS sampled every 50 ms), exit code {process.returncode}", file=sys.stderr)
sys.exit(process.returncode)
