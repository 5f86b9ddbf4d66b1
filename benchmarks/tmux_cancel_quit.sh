#!/bin/sh
# Esc and quit during a translation, as a user sees them: the real TUI in tmux at 120x35.
#   benchmarks/tmux_cancel_quit.sh PACKAGES_DIR [SECONDS_INTO_THE_TRANSLATION]
# PACKAGES_DIR holds nl->en and en->fr Argos packages (bench_quit.py builds base-size ones).
set -eu
packages=$1; after=${2:-3}; work=$(mktemp -d); root=$(cd "$(dirname "$0")/.." && pwd)
now() { date +%s.%N; }
screen() { tmux capture-pane -p -t pr-bench; }
wait_for() { until screen | grep -q "$1"; do sleep 0.02; done; }
tmux kill-session -t pr-bench 2>/dev/null || true
tmux new-session -d -s pr-bench -x 120 -y 35 \
  "cd $root && ARGOS_PACKAGES_DIR=$packages PRESS_READER_CACHE_DIR=$work/cache PRESS_READER_DATA_DIR=$work/data \
   PRESS_READER_CONFIG_DIR=$work/config .venv/bin/press-reader --library releases; echo SHELL-BACK; sleep 30"
wait_for "releases · newest first"
tmux send-keys -t pr-bench Enter; sleep 0.5; tmux send-keys -t pr-bench t; sleep 0.3; tmux send-keys -t pr-bench f
wait_for "sentences · Esc cancels"; sleep "$after"
t0=$(now); tmux send-keys -t pr-bench Escape; wait_for "Cancelled"; t1=$(now)
echo "Esc ${after} s into a translation -> 'Cancelled' on screen after $(echo "$t1 - $t0" | bc) s (goal <= 1)"
tmux send-keys -t pr-bench t; sleep 0.3; tmux send-keys -t pr-bench f
wait_for "sentences · Esc cancels"; sleep "$after"
t0=$(now); tmux send-keys -t pr-bench C-q; wait_for "SHELL-BACK"; t1=$(now)
echo "ctrl+q ${after} s into a translation -> shell back after $(echo "$t1 - $t0" | bc) s (goal <= 1)"
tmux kill-session -t pr-bench; rm -rf "$work"
