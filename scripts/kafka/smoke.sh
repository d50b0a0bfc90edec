#!/usr/bin/env bash
# Proves the local broker end to end with Kafka's own tools: create a topic, produce with
# ProducerPerformance (acks=all), consume a few records back. The broker must be started first.
#
#   scripts/kafka/smoke.sh [records]   (default 100000)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RECORDS="${1:-100000}"
BOOTSTRAP="127.0.0.1:${KAFKA_PORT:-9092}"
TOPIC="beaus.smoke"
run() { "$HERE/kafka.sh" tool "$@"; }

"$HERE/kafka.sh" status >/dev/null || {
  echo "smoke: the broker is not running: scripts/kafka/kafka.sh start" >&2
  exit 1
}
run org.apache.kafka.tools.TopicCommand --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic "$TOPIC" --partitions 4 --replication-factor 1
run org.apache.kafka.tools.ProducerPerformance --topic "$TOPIC" --num-records "$RECORDS" \
  --record-size 200 --throughput -1 \
  --command-property bootstrap.servers="$BOOTSTRAP" acks=all enable.idempotence=true
consumed="$(run org.apache.kafka.tools.consumer.ConsoleConsumer --bootstrap-server "$BOOTSTRAP" \
  --topic "$TOPIC" --from-beginning --max-messages 5 --timeout-ms 20000 2>/dev/null | wc -l)"
if [[ "$consumed" -ne 5 ]]; then
  echo "smoke: consumed $consumed of 5 records" >&2
  exit 1
fi
echo "smoke: produced $RECORDS records and consumed 5 back from $TOPIC"
