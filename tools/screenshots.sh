#!/usr/bin/env bash
# Regenerates docs/screenshots/: each view of the real window, in English and
# Chinese, under a private Xvfb. Run through `make screenshots`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${AICAMPS_BIN:-bin/aicamps}
out=docs/screenshots
mkdir -p "$out"
home=$(mktemp -d)
# The server picks a free display and names it once it takes connections.
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$home/display" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; rm -rf "$home"' EXIT
for _ in $(seq 150); do [ -s "$home/display" ] && break; sleep 0.1; done
[ -s "$home/display" ] || { echo "screenshots: Xvfb did not start" >&2; exit 1; }
export DISPLAY=:$(cat "$home/display")

shoot() { # lang LANG: one screenshot per view
	local lang=$1 locale=$2
	rm -rf "$home"/*
	HOME=$home LANG=$locale "$bin" >/dev/null 2>&1 &
	local pid=$!
	local wid
	wid=$(timeout 30 xdotool search --sync --onlyvisible --name "AI Camps|硅谷 AI 阵营" | head -1)
	xdotool windowfocus --sync "$wid"
	local n=1
	for view in network timeline charts; do
		xdotool key "ctrl+$n"
		sleep 2.5 # the network lays out off the UI thread; let every view settle
		import -window "$wid" "$out/$view-$lang.png"
		n=$((n + 1))
	done
	xdotool key ctrl+q
	wait "$pid" || true
}
shoot en en_US.UTF-8
shoot zh zh_CN.UTF-8
ls -1 "$out"
