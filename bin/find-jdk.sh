#!/usr/bin/env bash
# Prints the home of a JDK whose major version is at least 21 (or $1), searching JAVA_HOME, the java on
# PATH and /usr/lib/jvm, in that order. Reads each JDK's `release` file instead of starting a JVM, so the
# launcher stays fast. Exits 1 with a message when none is found.
want="${1:-21}"

jdk_major() {  # $1 = JDK home; prints its major version or nothing
  local rel="$1/release" v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  [ -f "$rel" ] || return 0
  v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$rel")
  v="${v#1.}"
  echo "${v%%[.+-]*}"
}

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
if command -v java >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi
for d in /usr/lib/jvm/*; do [ -d "$d" ] && candidates+=("$d"); done

best="" best_major=0
for home in "${candidates[@]}"; do
  m=$(jdk_major "$home")
  [ -n "$m" ] || continue
  if [ "$m" -ge "$want" ] 2>/dev/null; then
    # JAVA_HOME and PATH win when they qualify; among /usr/lib/jvm entries take the newest.
    if [ -z "$best" ] || { [ "$home" != "${JAVA_HOME:-}" ] && [ "$m" -gt "$best_major" ] && [ "$best" != "${JAVA_HOME:-}" ]; }; then
      best="$home" best_major="$m"
    fi
  fi
done

if [ -z "$best" ]; then
  echo "sitrep: no JDK $want or later found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk', or set JAVA_HOME" >&2
  exit 1
fi
echo "$best"
