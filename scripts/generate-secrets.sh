#!/usr/bin/env bash
# Creates the token signing key pair docker compose mounts as secrets (./secrets/, git-ignored).
# The gateway signs admin tokens with the private key; every service verifies them with the public one.
set -euo pipefail
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/secrets"
mkdir -p "$dir"
chmod 700 "$dir"   # only the owner may enter; the files stay readable for the containers' non-root user
if [ -f "$dir/jwt-private.pem" ]; then
	echo "keys already exist in $dir; delete them first to rotate (every issued token becomes invalid)"
	exit 0
fi
(umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/jwt-private.pem")
openssl pkey -in "$dir/jwt-private.pem" -pubout -out "$dir/jwt-public.pem"
chmod 644 "$dir/jwt-private.pem" "$dir/jwt-public.pem"
echo "created $dir/jwt-private.pem and $dir/jwt-public.pem"
