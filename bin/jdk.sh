# Sourced by ./storyline and ./test: points JAVA_HOME at a JDK 21 or newer found on this machine.
# Looks at STORYLINE_JAVA_HOME, JAVA_HOME, the java on PATH, then the usual install folders, and takes the
# newest JDK (with javac) of version 21 or more. Prints why and exits 1 when there is none.

storyline_java_major() {
  local v
  v=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9.]*\).*/\1/p' | head -n 1)
  case "$v" in
    1.*) echo "${v#1.}" | cut -d. -f1 ;;
    "") echo 0 ;;
    *) echo "$v" | cut -d. -f1 ;;
  esac
}

storyline_find_jdk() {
  local best="" best_major=0 c major
  local candidates=()
  [ -n "${STORYLINE_JAVA_HOME:-}" ] && candidates+=("$STORYLINE_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$c" ] && candidates+=("$c")
  done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major=$(storyline_java_major "$c")
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$c"; best_major="$major"
    fi
  done
  if [ -n "${STORYLINE_JAVA_HOME:-}" ] && [ -x "$STORYLINE_JAVA_HOME/bin/java" ]; then
    best="$STORYLINE_JAVA_HOME"; best_major=$(storyline_java_major "$best")
  fi
  if [ -z "$best" ]; then
    echo "storyline: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm)." >&2
    echo "storyline: install one, e.g. 'apt-get install openjdk-21-jdk' (or newer), or set STORYLINE_JAVA_HOME." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  STORYLINE_JAVA_MAJOR="$best_major"
  # Maven's own libraries use sun.misc.Unsafe; JDK 24+ warns about it on every build unless told to allow it.
  if [ "$best_major" -ge 24 ]; then
    case " ${MAVEN_OPTS:-} " in
      *sun-misc-unsafe-memory-access*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow" ;;
    esac
  fi
}

storyline_find_jdk || exit 1
