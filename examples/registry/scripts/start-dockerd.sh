#!/bin/sh
# Starts Docker on the lab's CI runner VM image (no systemd in that image).
set -eu

mkdir -p /var/lib/docker
exec dockerd \
  --data-root /var/lib/docker \
  -H unix:///var/run/docker.sock \
  -H tcp://0.0.0.0:2375 \
  --insecure-registry 10.0.0.5:5000
