#!/usr/bin/env bash
# Replicas of the app on one standalone ActiveMQ Artemis broker, on this machine: the recipe of
# docs/operating-the-app.md ("Replicas on an external broker"), and what the project's replicas test runs.
#
#   replicas.sh start [N]   create the broker (the first time), start it and N replicas (default 3), wait until ready
#   replicas.sh stop        stop the replicas (gracefully), then the broker
#
# Environment: the app's production settings, as for one instance (CAMEL_COMPONENT_PARDOT_*, PARDOT_INGRESS_API_KEYS,
# any PARDOT_* setting), and
#   PARDOT_BROKER_USER, PARDOT_BROKER_PASSWORD  the broker user this script creates, which the replicas log in with
#   BROKER_PORT     the broker's port (61616)
#   HTTP_PORT_BASE  replica i listens on HTTP_PORT_BASE + i (8080: 8081, 8082, ...)
#   ARTEMIS_HOME    an unpacked apache-artemis-2.40.0 bin distribution; else it is downloaded from Maven Central
#   APP_JAR         the packaged app (quarkus-app/target/quarkus-app/quarkus-run.jar)
#   WORK_DIR        where the broker's instance, the replicas' working directories, logs and pids go (./replicas-run)
#   JAVA_OPTS       extra options for the replicas' JVMs (-Xmx256m)
set -euo pipefail

: "${PARDOT_BROKER_USER:?set PARDOT_BROKER_USER, the broker user to create and log in with}"
: "${PARDOT_BROKER_PASSWORD:?set PARDOT_BROKER_PASSWORD}"
BROKER_PORT=${BROKER_PORT:-61616}
HTTP_PORT_BASE=${HTTP_PORT_BASE:-8080}
ARTEMIS_VERSION=2.40.0
ARTEMIS_URL=https://repo.maven.apache.org/maven2/org/apache/activemq/apache-artemis/$ARTEMIS_VERSION/apache-artemis-$ARTEMIS_VERSION-bin.tar.gz
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd)
APP_JAR=$(realpath "${APP_JAR:-$SCRIPT_DIR/../../../target/quarkus-app/quarkus-run.jar}")
WORK_DIR=$(realpath -m "${WORK_DIR:-replicas-run}")
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}

wait_for() { # what, seconds, command...
  local what=$1 seconds=$2; shift 2
  for _ in $(seq $((seconds * 5))); do "$@" >/dev/null 2>&1 && return 0; sleep 0.2; done
  echo "$what did not come up within $seconds s (logs in $WORK_DIR)" >&2; return 1
}

start_broker() {
  # tag::broker[]
  if [ -z "${ARTEMIS_HOME:-}" ]; then
    ARTEMIS_HOME=$WORK_DIR/apache-artemis-$ARTEMIS_VERSION
    [ -x "$ARTEMIS_HOME/bin/artemis" ] || curl -fsSL "$ARTEMIS_URL" | tar xz -C "$WORK_DIR"
  fi
  # a broker that wants a login, CORE protocol only, no web console
  [ -d "$WORK_DIR/broker" ] || "$ARTEMIS_HOME/bin/artemis" create "$WORK_DIR/broker" --silent \
      --user "$PARDOT_BROKER_USER" --password "$PARDOT_BROKER_PASSWORD" --require-login \
      --host 127.0.0.1 --default-port "$BROKER_PORT" --no-web \
      --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor > "$WORK_DIR/broker-create.log"
  JAVA_ARGS="-Xms64m -Xmx256m --add-opens java.base/jdk.internal.misc=ALL-UNNAMED" \
      nohup "$WORK_DIR/broker/bin/artemis" run > "$WORK_DIR/broker.log" 2>&1 &
  echo $! > "$WORK_DIR/broker.pid"
  # end::broker[]
  wait_for "the broker" 60 bash -c "exec 3<>/dev/tcp/127.0.0.1/$BROKER_PORT"
}

start_replica() { # i
  local i=$1 port=$((HTTP_PORT_BASE + $1))
  mkdir -p "$WORK_DIR/replica-$i"
  # tag::replica[]
  (cd "$WORK_DIR/replica-$i" && PARDOT_BROKER_URL=tcp://127.0.0.1:$BROKER_PORT QUARKUS_HTTP_PORT=$port \
     exec nohup java $JAVA_OPTS -jar "$APP_JAR" > "$WORK_DIR/replica-$i.log" 2>&1) &
  echo $! > "$WORK_DIR/replica-$i.pid"
  # end::replica[]
}

await_replica() { # i
  wait_for "replica $1" 120 curl -fs "http://127.0.0.1:$((HTTP_PORT_BASE + $1))/q/health/ready"
}

stop_pid() { # file
  [ -f "$1" ] || return 0
  local pid; pid=$(cat "$1")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$1"
}

case "${1:-}" in
  start)
    count=${2:-3}
    mkdir -p "$WORK_DIR"
    start_broker
    # the first replica to consume owns every slot; the others are standbys that take slots over when it goes
    start_replica 1
    await_replica 1
    for i in $(seq 2 "$count"); do start_replica "$i"; done
    for i in $(seq 2 "$count"); do await_replica "$i"; done
    echo "broker tcp://127.0.0.1:$BROKER_PORT and $count replicas on http://127.0.0.1:$((HTTP_PORT_BASE + 1))..$((HTTP_PORT_BASE + count)) are ready (logs and pids in $WORK_DIR)"
    ;;
  stop)
    for pid in "$WORK_DIR"/replica-*.pid; do stop_pid "$pid"; done
    stop_pid "$WORK_DIR/broker.pid"
    ;;
  *)
    echo "usage: $0 start [N] | stop" >&2; exit 2
    ;;
esac
