# Shared by the benchmark scripts (bench/run, bench/cohort): settings, starting the
# packaged application and stopping it on exit, and one hey measurement per line.
# Sourced, not run. BENCH_PROPERTIES adds lines to the server's system properties.

readonly PORT="${BENCH_PORT:-18080}"
readonly REQUESTS="${BENCH_REQUESTS:-1000}"
readonly WARMUP="${BENCH_WARMUP:-500}"
readonly CONCURRENCY="${BENCH_CONCURRENCY:-4}"
readonly AGED_VIEWS="${AGED_VIEWS:-500}"
readonly HEAP="${BENCH_HEAP:-512m}"
readonly BASE="http://127.0.0.1:$PORT"
readonly OUT="${BENCH_OUT:-target/bench}"

command -v hey >/dev/null || { echo "hey is missing: apt-get install hey" >&2; exit 1; }
[[ -f target/ROOT.war && -f target/payara-micro.jar ]] || ./mvnw -B -q package -DskipTests

mkdir -p "$OUT/raw"
work="$(mktemp -d)"
server_pid=""
stop() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap stop EXIT

printf 'cadre.demo-data=true\n%s\n' "${BENCH_PROPERTIES:-}" >"$work/bench.properties"
root="$(pwd)"
started=$SECONDS
(cd "$work" && CADRE_DIAGNOSTICS_SESSION_SIZE=true exec java "-Xmx$HEAP" -Dhazelcast.socket.bind.any=false -jar "$root/target/payara-micro.jar" \
    --deploy "$root/target/ROOT.war" --contextroot / --port "$PORT" --nocluster \
    --prebootcommandfile "$root/config/payara-pre-boot.asadmin" \
    --systemproperties "$work/bench.properties" --logproperties "$root/config/logging.properties") \
    >"$OUT/server.log" 2>&1 &
server_pid=$!
until curl -sf "$BASE/health/ready" 2>/dev/null | grep -q '"UP"'; do
    kill -0 "$server_pid" 2>/dev/null || { echo "the server stopped; see $OUT/server.log" >&2; exit 1; }
    # Payara Micro keeps running when the application fails to deploy.
    ! grep -q 'Exception while loading the app' "$OUT/server.log" ||
        { echo "the application failed to deploy; see $OUT/server.log" >&2; exit 1; }
    ((SECONDS - started < 600)) || { echo "not ready within 600 s; see $OUT/server.log" >&2; exit 1; }
    sleep 1
done
boot=$((SECONDS - started))
echo "ready after $boot s"


rows=()
measure() { # name, then hey arguments
    local name="$1"; shift
    local out
    # Redirects are not followed: a session that lost its sign-in answers 302 (to the login page),
    # which counts as an error instead of a fast login page passing for the page measured.
    ((WARMUP == 0)) || hey -disable-redirects -n "$WARMUP" -c "$CONCURRENCY" "$@" >/dev/null
    out=$(hey -disable-redirects -n "$REQUESTS" -c "$CONCURRENCY" "$@")
    printf '%s\n' "$out" >"$OUT/raw/${name//[^a-zA-Z0-9]/_}.txt"
    local rps p50 p95 errors
    rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")
    p50=$(awk '/ 50% in/ {printf "%.1f", $3 * 1000}' <<<"$out")
    p95=$(awk '/ 95% in/ {printf "%.1f", $3 * 1000}' <<<"$out")
    # Non-2xx answers from the status section, plus failed requests from the error section.
    errors=$(awk '/^Status code distribution/ {part = "status"; next}
                  /^Error distribution/ {part = "error"; next}
                  part == "status" && /\[[0-9]+\]/ {code = $1; gsub(/[^0-9]/, "", code); if (code !~ /^2/) n += $2}
                  part == "error" && /\[[0-9]+\]/ {count = $1; gsub(/[^0-9]/, "", count); n += count}
                  END {print n + 0}' <<<"$out")
    rows+=("$name|$rps|$p50|$p95|$errors")
    printf '%-44s %6s req/s  p50 %6s ms  p95 %6s ms  errors %s\n' "$name" "$rps" "$p50" "$p95" "$errors"
}

