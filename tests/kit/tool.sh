#!/usr/bin/env bash
# The kit's programs by the Debian package that provides them (KIT_TOOLS in lib.sh).
#   need CMD...   installs what is missing and checks every mapping (root)
#   path CMD      prints where CMD's package put it; fails when that package does not provide it
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case ${1:-} in
need)
  shift
  (($#)) || die "usage: $0 need CMD..."
  need_tool "$@"
  ;;
path)
  (($# == 2)) || die "usage: $0 path CMD"
  tool_path "$2"
  ;;
*) die "usage: $0 need CMD... | path CMD" ;;
esac
