# Sourced by scripts/test-mobile.sh and scripts/bench.sh: what compiling and running the Kotlin
# bindings on the desktop JVM needs on a fresh machine. Expects to run from the repository root
# and a `step` function; sets $kotlin_home, $jna and $gson.
#
# Installs: a JDK, JNA (Debian libjna-java), Gson (Debian libgoogle-gson-java: the JSON of the
# benchmark's hand-written baseline, the JDK having none), OpenSSL and npm from Debian, and what
# building the desktop library's vendored OpenSSL needs (scripts/install-openssl-build-tools.sh);
# kotlinc from npm's kotlin-compiler (it ships the compiler, nothing is downloaded at run time)
# into target/mobile/tools.

KOTLIN_COMPILER_VERSION=2.4.20

step "tools: JDK, JNA, Gson, OpenSSL, kotlinc $KOTLIN_COMPILER_VERSION"
missing=()
command -v javac >/dev/null || missing+=(openjdk-17-jdk-headless)
[ -f /usr/share/java/jna.jar ] || missing+=(libjna-java)
[ -f /usr/share/java/gson.jar ] || missing+=(libgoogle-gson-java)
command -v openssl >/dev/null || missing+=(openssl)
command -v npm >/dev/null || missing+=(npm)
# The JVM client's shared token store is tested against a real Redis (bindings-mobile/tests/kotlin/Calls.kt).
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# scripts/generate-mobile.sh builds the desktop library with its `openssl` feature.
./scripts/install-openssl-build-tools.sh
kotlin_home=target/mobile/tools/node_modules/kotlin-compiler
if [ "$(cat "$kotlin_home/build.txt" 2>/dev/null)" != "$KOTLIN_COMPILER_VERSION" ]; then
    npm install --prefix target/mobile/tools --no-save --no-audit --no-fund --loglevel=error \
        "kotlin-compiler@$KOTLIN_COMPILER_VERSION"
fi
jna=/usr/share/java/jna.jar
gson=/usr/share/java/gson.jar
java -version 2>&1 | head -n 1
echo "kotlinc $(cat "$kotlin_home/build.txt"), JNA $(basename "$(readlink -f "$jna")" .jar | sed 's/^jna-//'), Gson $(dpkg-query -W -f '${Version}' libgoogle-gson-java 2>/dev/null)"
