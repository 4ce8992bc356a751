#!/usr/bin/env bash
# Builds each example the way a user would after copying it out of the repository: in a fresh folder, with a
# plain `mvn verify` (no reactor, no relative parent). Run it after `./mvnw install -DskipTests` at the root.
# MVN picks the Maven command (default: mvn); further arguments go to Maven, e.g. -Dmaven.repo.local=...
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for pom in "$here"/*/pom.xml; do
  example="$(basename "$(dirname "$pom")")"
  cp -r "$here/$example" "$work/$example"
  rm -rf "$work/$example/target" "$work/$example/data"
  (cd "$work/$example" && ${MVN:-mvn} -q "$@" verify) || { echo "$example: FAILED (copied to $work/$example)"; trap - EXIT; exit 1; }
  echo "$example: builds and passes on its own"
done
