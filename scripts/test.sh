#!/usr/bin/env bash
# Set up a virtual environment with wetgraaf and its test dependencies, then run the whole test suite.
# Used by the README's test command and by .ci/run. Fails when no test ran.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh "test,site,serve,dask,docx"  # test extra brings playwright (a Python package); dask for tests/amend/test_dask.py
# The browser tests (tests/browser) drive Debian's chromium through Playwright; no browser is downloaded
# (never `playwright install`). Install the package when it is missing and we may.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
set +e
# Two workers (the machine has two cores); tests that share the built site run on one worker (xdist_group).
"$VENV/bin/python" -m pytest -q -n 2 --dist loadgroup --durations=25 "$@" | tee /tmp/wetgraaf-pytest.log
status=${PIPESTATUS[0]}
set -e
if [ "$status" -eq 5 ]; then
  echo "no test ran: this is a failure" >&2
  exit 1
fi
if ! grep -Eq "[0-9]+ passed" /tmp/wetgraaf-pytest.log; then
  echo "no passing test found in the output: this is a failure" >&2
  exit 1
fi
exit "$status"
