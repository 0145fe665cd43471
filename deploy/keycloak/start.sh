#!/usr/bin/env bash
# Starts the Keycloak that ships with Skills Matrix on http://localhost:8180, in the foreground, with the
# skills-matrix realm (deploy/keycloak/realm) imported. No Docker: the Keycloak distribution comes from Maven
# Central through the project's Maven wrapper (downloaded once per machine into the local Maven repository) and is
# unpacked under deploy/keycloak/target/, where its database (an H2 file) lives too. Needs a JDK 17 or newer
# (JAVA_HOME, or java on the PATH).
#
#   deploy/keycloak/start.sh           start; the realm is imported on the first start only
#   deploy/keycloak/start.sh --reset   forget all Keycloak data first, so the realm file is imported afresh
#
# For local use only: the admin account (admin/admin), the demo passwords and the client secret are public.
# Environment: SKILLS_MATRIX_KEYCLOAK_PORT (8180), SKILLS_MATRIX_KEYCLOAK_MANAGEMENT_PORT (9180),
# KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (admin / admin, used when the data is new),
# SKILLS_MATRIX_OIDC_CLIENT_SECRET (the web client's secret, read when the realm is imported).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
version="$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' "$repo/pom.xml")"
port="${SKILLS_MATRIX_KEYCLOAK_PORT:-8180}"
management_port="${SKILLS_MATRIX_KEYCLOAK_MANAGEMENT_PORT:-9180}"
target="$here/target"
home="$target/keycloak-$version"
issuer="http://localhost:$port/realms/skills-matrix"
if [ -z "$version" ]; then
  echo "No <keycloak.version> in $repo/pom.xml" >&2
  exit 1
fi

if [ "${1:-}" = "--reset" ]; then
  echo "Forgetting the Keycloak data in $home/data"
  rm -rf "$home/data"
fi

if [ ! -x "$home/bin/kc.sh" ]; then
  echo "Fetching Keycloak $version (org.keycloak:keycloak-quarkus-dist) from Maven Central"
  (cd "$repo" && ./mvnw --batch-mode --quiet --non-recursive dependency:unpack \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:zip" \
    -DoutputDirectory="$target" -Dmdep.overWriteReleases=true)
fi

if [ -d "$home/data/h2" ]; then
  echo "Reusing the Keycloak data in $home/data: the realm file is imported on a new database only (--reset)"
fi
mkdir -p "$home/data/import"
cp "$here/realm/skills-matrix-realm.json" "$home/data/import/"

export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"

# Production mode with a local cache: the first start builds the server for these options (about half a minute),
# later starts skip that and are ready in about 10 to 20 seconds.
"$home/bin/kc.sh" start \
  --db=dev-file --cache=local --health-enabled=true \
  --http-enabled=true --http-host=127.0.0.1 --http-port="$port" --http-management-port="$management_port" \
  --hostname="http://localhost:$port" \
  --import-realm &
keycloak=$!
trap 'kill -TERM "$keycloak" 2>/dev/null || true' INT TERM

started=$SECONDS
ready_url="http://127.0.0.1:$management_port/health/ready"
is_ready() {
  if command -v curl >/dev/null 2>&1; then curl -fs -o /dev/null "$ready_url"
  elif command -v wget >/dev/null 2>&1; then wget -q -O /dev/null "$ready_url"
  else return 1; fi
}
until is_ready; do
  if ! kill -0 "$keycloak" 2>/dev/null; then
    wait "$keycloak" || exit $?
    exit 1
  fi
  sleep 1
done

cat <<BANNER

Keycloak $version is ready after $((SECONDS - started)) s.

  Issuer         $issuer
  Admin console  http://localhost:$port/admin/  ($KC_BOOTSTRAP_ADMIN_USERNAME / the bootstrap password; local only)
  Readiness      $ready_url

  Demo users, password "demo":
    employee   Noah Fischer   noah.fischer@example.com   employee
    manager    Maya Schmidt   maya.schmidt@example.com   employee, manager
    hr         Hannah Ruiz    hannah.ruiz@example.com    employee, hr
    admin      Adam Novak     adam.novak@example.com     employee, admin
    newcomer   Nina Newman    nina.newman@example.com    employee (not in the demo organisation)
    noroles    Otto Roleless  otto.roleless@example.com  no roles

  Run the application against it:
    SKILLS_MATRIX_OIDC_ISSUER_URI=$issuer java -jar modules/app/target/skills-matrix.jar

Ctrl-C stops Keycloak.
BANNER

status=0
wait "$keycloak" || status=$?
# a signal ends the wait early: let Keycloak finish shutting down
while kill -0 "$keycloak" 2>/dev/null; do wait "$keycloak" || status=$?; done
exit "$status"
