#!/usr/bin/env bash
# Run from outside the source tree against an installed danvan: the bundled
# resources are found, and the CLI contract holds end to end.
set -euo pipefail
python - <<'PY'
import danvan_desktop, pathlib
from danvan_desktop.resource_files import resources_root
root = resources_root()
assert "site-packages" in str(root), f"resources resolved outside the wheel: {root}"
for part in ("samples/portal-article.txt", "templates/article.html", "css/portal.css"):
    assert (root / part).is_file(), f"missing from the wheel: {part}"
print("resources in the wheel:", root)
PY
shared=$(cd "$(dirname "$0")/../.." && pwd)/shared
if [ -f "$shared/checks/cli-smoke.sh" ]; then
  bash "$shared/checks/cli-smoke.sh" all
else
  echo "installed-smoke: ../shared/checks/cli-smoke.sh not found; skipped the CLI contract" >&2
fi
