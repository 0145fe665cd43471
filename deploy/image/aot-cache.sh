#!/usr/bin/env bash
# Extracts the application jar and trains a JDK AOT cache for it (JDK 25 or newer), as the image's build does
# (Dockerfile beside this file; docs/operations.md, "Start-up with the AOT cache").
#
#   deploy/image/aot-cache.sh JAR DESTINATION [settings of the training run, e.g. --spring.datasource.url=...]
#
# DESTINATION then holds skills-matrix.jar, its lib/ and skills-matrix.aot. Start the node from there with the same
# JDK and the same DESTINATION path:
#
#   java -XX:AOTCache=DESTINATION/skills-matrix.aot -jar DESTINATION/skills-matrix.jar
#
# The training run starts the node on the database its settings name (the embedded one where none is named and the
# jar carries it), waits until it is ready, then stops it, the embedded PostgreSQL included, and the JVM writes the
# cache of the classes the start loaded and linked.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 JAR DESTINATION [settings of the training run]" >&2
  exit 2
fi
jar=$1
destination=$2
shift 2

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$java" -Djarmode=tools -jar "$jar" extract --force --destination "$destination"
destination=$(cd "$destination" && pwd)
rm -f "$destination/skills-matrix.aot"
"$java" -XX:AOTCacheOutput="$destination/skills-matrix.aot" -jar "$destination/skills-matrix.jar" \
  --skills-matrix.training-run=true --server.port=0 --management.server.port=0 "$@"
rm -f "$destination/skills-matrix.aot.config"
if [ ! -s "$destination/skills-matrix.aot" ]; then
  echo "The training run wrote no AOT cache" >&2
  exit 1
fi
