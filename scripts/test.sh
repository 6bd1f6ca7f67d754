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
# Compile wetgraaf once: with PYTHONDONTWRITEBYTECODE set (as on CI) no .pyc is written, and every `wetgraaf`
# process a test starts (a few hundred) compiled the ~90 modules of src/ again, ~0.3 s of processor time each.
"$VENV/bin/python" -m compileall -q src/wetgraaf >/dev/null || true  # a module that does not compile fails in the tests
set +e
# Two workers (the machine has two cores). worksteal: each worker starts on its half of the tests in file order and
# an idle worker takes half of the other's remaining queue, so a file's module fixtures run once (files are rarely
# split) and no worker waits idle at the end. Tests that share the built site get it from one file-locked build
# (tests/site/test_site.py: built_site). Not loadgroup: with pytest 9.2 pytest-xdist 3.8's xdist_group no longer
# groups anything (it sets item._nodeid, which pytest no longer reads), so it ran as `load`, one test at a time to
# either worker, and every module fixture ran on both. docs/prestaties.md ("The test suite's cost") says what the
# suite costs.
"$VENV/bin/python" -m pytest -q -n 2 --dist worksteal --durations=25 "$@" | tee /tmp/wetgraaf-pytest.log
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
