#!/bin/sh
# Runs a command where the only network is loopback, so no test or benchmark can reach
# anything but this machine (sync tests open real sockets). Already isolated (as in
# .ci/run): run it as is. On Linux otherwise: a fresh network namespace with only `lo`.
only_loopback() {
  node -e 'process.exit(Object.keys(require("node:os").networkInterfaces()).every((name) => name === "lo") ? 0 : 1)'
}
if only_loopback; then
  exec "$@"
fi
if [ "$(uname)" = Linux ]; then
  exec unshare --map-root-user --net sh -c 'ip link set lo up && exec "$@"' sh "$@"
fi
echo "isolated.sh: cannot make a loopback-only namespace on $(uname); refusing to run socket tests here" >&2
exit 1
