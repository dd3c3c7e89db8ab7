#!/usr/bin/env bash
# API load benchmark: a 10,000-person pool, POST /api/rankings for the top 50, 16 concurrent clients for 30 s
# against localhost only, signed in as the demo recruiter (demo mode). Needs wrk (Debian: apt-get install wrk). Prints wrk's latency distribution (p50–p99).
set -euo pipefail
cd "$(dirname "$0")/../../.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
port=${PORT:-18080}
./mvnw -q -DskipTests package
./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.talentmatch.bench.PoolGenerator \
  -Dexec.args="10000 target/bench-pool.csv"
store=$(mktemp -d)
java -jar target/talent-match.jar --talent-match.store-dir="$store" --talent-match.demo-pool=false \
  --talent-match.rules-watch=false --talent-match.demo=true --server.port="$port" > target/bench-server.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$store"' EXIT
for _ in $(seq 1 120); do curl -sf -u viewer:viewer-password "localhost:$port/api/rules" >/dev/null && break; sleep 1; done
curl -sf -u admin:admin-password -F file=@target/bench-pool.csv "localhost:$port/api/candidates/import" && echo
for _ in 1 2 3 4 5; do
  curl -sf -u recruiter:recruiter-password -X POST "localhost:$port/api/rankings" -H 'Content-Type: application/json' \
    -d '{"role":"cs-dept-manager","size":50}' -o /dev/null -w "warm-up %{time_total}s\n"
done
# An API token, not Basic: BCrypt on every request would measure password hashing, not ranking.
export TM_TOKEN=$(curl -sf -u recruiter:recruiter-password -X POST "localhost:$port/api/tokens" \
  -H 'Content-Type: application/json' -d '{"name":"load test"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
wrk -t2 -c16 -d30s --timeout 5s --latency -s src/test/bench/rank.lua "http://localhost:$port/api/rankings"
echo "ranking runs in the audit log: $(curl -sf -u admin:admin-password "localhost:$port/api/audit/rankings?role=cs-dept-manager" | grep -o '"id"' | wc -l)"
