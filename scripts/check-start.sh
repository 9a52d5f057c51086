#!/usr/bin/env bash
# Checks by hand that stopping npm stops `npm start`'s server (issue 12):
#   scripts/check-start.sh TERM 3461         SIGTERM to npm alone
#   scripts/check-start.sh INT 3462 group    SIGINT to npm's process group (what Ctrl+C does)
#   scripts/check-start.sh KILL 3463         npm killed outright
# Prints whether the port still listens afterwards (0 = nothing left). Uses a throw-away HOME for
# the development certificates.
set -u
sig=${1:-TERM}; port=${2:-3461}; mode=${3:-}
cd "$(dirname "$0")/.."
home=$(mktemp -d); log="$home/start.log"
HOME=$home PORT=$port setsid npm start >"$log" 2>&1 &
npm_pid=$!
for i in $(seq 1 180); do grep -q "Stop with Ctrl+C" "$log" && break; sleep 1; done
echo "banner after ${i}s, printed $(grep -c 'add-ins are served on' "$log") time(s)"
echo "listening before: $(ss -ltn | grep -c ":$port ")"
if [ "$mode" = group ]; then kill -s "$sig" -- "-$npm_pid"; else kill -s "$sig" "$npm_pid"; fi
sleep 5
echo "listening after SIG$sig: $(ss -ltn | grep -c ":$port ")"
