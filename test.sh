#!/usr/bin/env bash
# Runs every test: unit tests, integration tests against a real Kafka broker (@EmbeddedKafka) and
# the MongoDB-wire server, headless-Chromium page tests, poster decoding with zbarimg, and the
# end-to-end tests that start the whole stack the way ./run.sh does and drive it through the gateway.
#
# On a fresh Debian machine it first installs the system packages the tests need (as root);
# elsewhere it says what is missing. Extra arguments go to Maven, e.g. ./test.sh -pl qr-service -am
# The fast lane alone (unit and slice tests, no broker, no store, no packages): ./mvnw test
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$ROOT"

# Chinese font for posters, QR/PDF decoders, CAP schema checker, a real browser for page tests.
PACKAGES=(fonts-wqy-zenhei zbar-tools poppler-utils libxml2-utils chromium chromium-driver openssl curl)
missing=()
for pkg in "${PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		echo "[test] installing: ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -q >/dev/null
		apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
	else
		echo "[test] missing system packages: ${missing[*]} (install them with apt-get as root); tests that need them will fail"
	fi
fi

exec "$ROOT/mvnw" -B verify "$@"
