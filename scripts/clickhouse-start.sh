#!/usr/bin/env bash
# Start a throwaway ClickHouse (Debian's clickhouse-server 18.16) on loopback with its data under
# a temp dir, for tests. Prints the HTTP URL on stdout (last line) and writes the temp dir to
# /tmp/rigline-ch.last. Stop it with: kill "$(cat "$dir/server.pid")", wait, then rm -rf "$dir".
# Usage: scripts/clickhouse-start.sh [http_port] [tcp_port]
set -euo pipefail
http_port="${1:-58123}"
tcp_port="${2:-59000}"
# Debian ships /usr/sbin/clickhouse-server; upstream packages ship one `clickhouse` binary.
bin=()
for b in /usr/sbin/clickhouse-server /usr/bin/clickhouse-server; do
  if [ -x "$b" ]; then bin=("$b"); break; fi
done
if [ ${#bin[@]} -eq 0 ]; then
  if command -v clickhouse-server >/dev/null 2>&1; then
    bin=("$(command -v clickhouse-server)")
  elif command -v clickhouse >/dev/null 2>&1; then
    bin=("$(command -v clickhouse)" server)
  else
    echo "clickhouse-start: clickhouse-server binary not found" >&2
    exit 1
  fi
fi
dir="$(mktemp -d /tmp/rigline-ch.XXXXXX)"
mkdir -p "$dir/data" "$dir/tmp" "$dir/user_files" "$dir/format_schemas" "$dir/log"

cat >"$dir/config.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <logger>
        <level>warning</level>
        <log>$dir/log/clickhouse-server.log</log>
        <errorlog>$dir/log/clickhouse-server.err.log</errorlog>
        <size>100M</size>
        <count>2</count>
    </logger>
    <listen_host>127.0.0.1</listen_host>
    <http_port>$http_port</http_port>
    <tcp_port>$tcp_port</tcp_port>
    <max_connections>256</max_connections>
    <keep_alive_timeout>10</keep_alive_timeout>
    <max_concurrent_queries>100</max_concurrent_queries>
    <uncompressed_cache_size>67108864</uncompressed_cache_size>
    <mark_cache_size>67108864</mark_cache_size>
    <path>$dir/data/</path>
    <tmp_path>$dir/tmp/</tmp_path>
    <user_files_path>$dir/user_files/</user_files_path>
    <format_schema_path>$dir/format_schemas/</format_schema_path>
    <users_config>$dir/users.xml</users_config>
    <pid>$dir/server.pid</pid>
    <default_profile>default</default_profile>
    <default_database>default</default_database>
    <timezone>UTC</timezone>
    <mlock_executable>false</mlock_executable>
    <builtin_dictionaries_reload_interval>3600</builtin_dictionaries_reload_interval>
    <max_session_timeout>3600</max_session_timeout>
    <default_session_timeout>60</default_session_timeout>
</yandex>
XML

cat >"$dir/users.xml" <<XML
<?xml version="1.0"?>
<yandex>
    <profiles>
        <default>
            <max_memory_usage>2000000000</max_memory_usage>
            <use_uncompressed_cache>0</use_uncompressed_cache>
            <load_balancing>random</load_balancing>
        </default>
    </profiles>
    <users>
        <default>
            <password></password>
            <networks>
                <ip>127.0.0.1</ip>
            </networks>
            <profile>default</profile>
            <quota>default</quota>
        </default>
    </users>
    <quotas>
        <default>
            <interval>
                <duration>3600</duration>
                <queries>0</queries>
                <errors>0</errors>
                <result_rows>0</result_rows>
                <read_rows>0</read_rows>
                <execution_time>0</execution_time>
            </interval>
        </default>
    </quotas>
</yandex>
XML

# Run it as the clickhouse system user when we are root (packaged servers expect that; newer
# ones refuse to run as a user other than the data directory's owner).
as_ch=()
if [ "$(id -u)" = 0 ]; then
  id clickhouse >/dev/null 2>&1 || useradd --system --no-create-home --home-dir "$dir" clickhouse
  chown -R clickhouse "$dir"
  as_ch=(runuser -u clickhouse --)
fi
# --daemon: the server detaches, redirects its stdout/stderr into the log dir and writes its pid
# to $dir/server.pid (<pid> in the config, honoured only in daemon mode).
(cd "$dir" && "${as_ch[@]}" "${bin[@]}" --daemon --config-file="$dir/config.xml" </dev/null \
  >"$dir/launch.log" 2>&1) || { cat "$dir/launch.log" >&2; exit 1; }
echo "$dir" >/tmp/rigline-ch.last

# GET /ping over bash's /dev/tcp (no curl needed on a bare machine); the body is "Ok.".
ping_ok() {
  local reply
  { exec 3<>"/dev/tcp/127.0.0.1/$http_port"; } 2>/dev/null || return 1
  printf 'GET /ping HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  reply="$(timeout 2 cat <&3 || true)"
  exec 3<&- 3>&-
  [[ "$reply" == *$'\r\n\r\nOk.'* ]]
}
ok=""
for _ in $(seq 1 120); do
  if ping_ok; then
    ok=1
    break
  fi
  sleep 0.5
done
if [ -z "$ok" ]; then
  echo "clickhouse-start: server did not answer on 127.0.0.1:$http_port" >&2
  cat "$dir/launch.log" "$dir/log/stderr.log" "$dir/log/clickhouse-server.err.log" >&2 2>/dev/null || true
  if [ -s "$dir/server.pid" ]; then kill "$(cat "$dir/server.pid")" 2>/dev/null || true; fi
  exit 1
fi
echo "http://127.0.0.1:$http_port"
