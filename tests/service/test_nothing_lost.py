"""Nothing is lost: no command writes into law/; a file wetgraaf is asked to rewrite is replaced atomically with the
original kept (wetgraaf/atomic.py); the parse cache is rebuilt when corrupt or stale; a failed or interrupted site
build leaves the previous build intact."""

from __future__ import annotations

import hashlib
import os
import signal
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_kit import DAY, REPO, corpus, run_cli, run_cli_process  # noqa: E402

import wetgraaf  # noqa: E402
from wetgraaf import atomic  # noqa: E402
from wetgraaf.cli import app  # noqa: E402
from wetgraaf.parser import cache  # noqa: E402
from wetgraaf.parser.corpus import default_root  # noqa: E402

RULES = """
feit a(p: persoon): waarheid
begrip b(p: persoon): waarheid = a(p)
"""


def _hashes(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


# -- no command writes into law/ -----------------------------------------------------------------------------------


def test_no_command_writes_into_the_corpus(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    law = default_root()
    before = _hashes(law)
    runner = CliRunner()
    scenario = law / "scenarios" / "gezinslid.yaml"
    commands = [
        ["controleer", "--geen-analyse"],
        ["vraag", str(scenario), "--uitleg"],
        ["vraag", str(scenario), "--json"],
        ["graaf", "bungelend"],
        ["graaf", "ongebruikt"],
        ["graaf", "export", "-f", "dot", "-o", str(tmp_path / "graaf.dot")],
        ["spiegel"],
    ]  # `wetgraaf wijziging` is checked the same way in tests/amend/test_amend.py (test_base_files_unchanged_by_a_report)
    for args in commands:
        result = runner.invoke(app, args)
        assert result.exit_code in (0, 1), (args, result.output)
        assert "Traceback" not in result.output
    assert _hashes(law) == before, "a command changed a file under law/"
    assert not list(law.rglob("*.orig")) and not list(law.rglob(".*.tmp"))


# -- atomic writes -------------------------------------------------------------------------------------------------


def test_write_text_keeps_the_original_and_its_permissions(tmp_path):
    path = tmp_path / "artikel-1.md"
    path.write_text("oud\n", encoding="utf-8")
    os.chmod(path, 0o640)
    saved = atomic.write_text(path, "nieuw\n")
    assert path.read_text(encoding="utf-8") == "nieuw\n"
    assert saved == tmp_path / "artikel-1.md.orig" and saved.read_text(encoding="utf-8") == "oud\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["artikel-1.md", "artikel-1.md.orig"]


def test_a_write_that_fails_halfway_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "artikel-1.md"
    path.write_text("oud\n", encoding="utf-8")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        atomic.write_text(path, "nieuw\n")
    assert path.read_text(encoding="utf-8") == "oud\n"
    assert [p.name for p in tmp_path.iterdir()] == ["artikel-1.md"]  # no temporary file left behind


def test_a_new_file_gets_no_backup(tmp_path):
    assert atomic.write_text(tmp_path / "sub" / "nieuw.txt", "x") is None
    assert (tmp_path / "sub" / "nieuw.txt").read_text() == "x"


def test_graph_export_over_an_existing_file_keeps_it(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    target = tmp_path / "graaf.json"
    target.write_text("mijn eigen bestand", encoding="utf-8")
    root = corpus(tmp_path, RULES)
    result = CliRunner().invoke(app, ["graaf", "export", "-o", str(target), "--corpus", str(root), "--overschrijf"])
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").lstrip().startswith("{")
    assert (tmp_path / "graaf.json.orig").read_text(encoding="utf-8") == "mijn eigen bestand"


def test_the_rule_insertion_tool_keeps_the_original(tmp_path):
    root = corpus(tmp_path, RULES)
    file = root / "testwet" / "artikel-1.md"
    original = file.read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, str(REPO / "tools" / "regels_toevoegen.py"), str(file), "# Artikel 1"],
                            input="feit c(p: persoon): waarheid\n", capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "feit c(p: persoon)" in file.read_text(encoding="utf-8")
    assert (file.parent / "artikel-1.md.orig").read_text(encoding="utf-8") == original
    wetgraaf.load(root)  # the backup is not read as a law file


# -- the parse cache -------------------------------------------------------------------------------------------------


def test_a_corrupt_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = corpus(tmp_path, RULES)
    first = wetgraaf.load(root)
    (entry,) = (tmp_path / "cache").glob("corpus-*.pickle")
    good = entry.read_bytes()
    for damage in (b"", good[: len(good) // 2], good[:-10] + b"0123456789", b"garbage" * 100,
                   cache.FORMAT + b"0" * 64 + b"\n" + b"not a pickle"):
        entry.write_bytes(damage)
        again = wetgraaf.load(root)
        assert sorted(again.corpus.laws) == sorted(first.corpus.laws)
        assert entry.read_bytes().startswith(cache.FORMAT) and cache.read(cache.content_key(root)) is not None


def test_a_planted_pickle_with_a_matching_checksum_is_never_unpickled(tmp_path, monkeypatch):
    """A cache entry not signed with this installation's key is discarded unread, even when its sha256 matches."""
    import hashlib
    import pickle

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = corpus(tmp_path, RULES)
    wetgraaf.load(root)
    (entry,) = (tmp_path / "cache").glob("corpus-*.pickle")
    marker = tmp_path / "uitgevoerd"

    class Evil:
        def __reduce__(self):
            return (marker.write_text, ("ja",))

    payload = pickle.dumps(Evil())
    entry.write_bytes(cache.FORMAT + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    again = wetgraaf.load(root)
    assert "testwet" in again.corpus.laws
    assert not marker.exists()
    key = (tmp_path / "cache" / cache.KEY_FILE)
    assert key.stat().st_mode & 0o077 == 0  # the key is readable by the user only


def test_a_key_or_folder_of_someone_else_disables_the_cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("WETGRAAF_CACHE", str(folder))
    root = corpus(tmp_path, RULES)
    wetgraaf.load(root)
    key = folder / cache.KEY_FILE
    key.chmod(0o644)  # readable by others: no longer a secret
    assert cache.read(cache.content_key(root)) is None
    key.chmod(0o600)
    assert cache.read(cache.content_key(root)) is not None
    folder.chmod(0o777)  # writable by everyone
    try:
        assert cache.read(cache.content_key(root)) is None
    finally:
        folder.chmod(0o700)


def test_the_cache_is_pruned(tmp_path, monkeypatch):
    import os
    import time

    folder = tmp_path / "cache"
    folder.mkdir()
    now = time.time()
    for i in range(cache.KEEP + 4):
        p = folder / f"corpus-{i:032d}.pickle"
        p.write_bytes(b"x")
        os.utime(p, (now - i * 60, now - i * 60))
    old = folder / f"bundel-{'f' * 32}.pickle"
    old.write_bytes(b"x")
    os.utime(old, (now - cache.MAX_AGE - 10, now - cache.MAX_AGE - 10))
    removed = cache.prune(folder, now)
    left = sorted(p.name for p in folder.glob("corpus-*.pickle"))
    assert left == [f"corpus-{i:032d}.pickle" for i in range(cache.KEEP)]  # the most recently used stay
    assert old in removed and not old.exists()


def test_a_stale_cache_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = corpus(tmp_path, RULES)
    wetgraaf.load(root)
    file = root / "testwet" / "artikel-1.md"
    file.write_text(file.read_text(encoding="utf-8").replace("begrip b(p: persoon): waarheid = a(p)",
                                                             "begrip b(p: persoon): waarheid = niet a(p)"),
                    encoding="utf-8")
    engine = wetgraaf.load(root).engine(DAY)
    answer = engine.answer("b(p)", "testwet.b", ("p",), {("testwet.a", ("p",)): True}, DAY)
    assert answer.value is False  # the changed rule, not the cached one
    assert len(list((tmp_path / "cache").glob("corpus-*.pickle"))) == 2  # one per content


def test_the_cache_key_sees_a_changed_file_whose_size_and_time_were_kept(tmp_path, monkeypatch):
    """content_key hashes a file again only when its stat changed (parser/cache.py, file_digests): a file rewritten
    with the same size and its old modification time set back still gets a new change time, and so a new key."""
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    root = corpus(tmp_path, RULES)
    file = root / "testwet" / "artikel-1.md"
    before = cache.content_key(root)
    monkeypatch.setattr(cache, "RECENT_NS", 0)  # trust every kept digest, however recent its file
    read = []
    monkeypatch.setattr(cache, "open", lambda path, *a: read.append(path) or open(path, *a), raising=False)
    assert cache.content_key(root) == before
    assert read == []  # every file's digest was kept
    st = file.stat()
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("waarheid = a(p)", "waarheid = c(p)"), encoding="utf-8")
    os.utime(file, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert file.stat().st_size == st.st_size and file.stat().st_mtime_ns == st.st_mtime_ns
    assert file.read_text(encoding="utf-8") != text
    assert cache.content_key(root) != before
    assert read == [str(file)]  # that file only
    file.write_text(text, encoding="utf-8")
    assert cache.content_key(root) == before  # and back


def test_an_unwritable_cache_is_not_a_problem(tmp_path, monkeypatch):
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("WETGRAAF_CACHE", str(blocker))
    assert "testwet" in wetgraaf.load(corpus(tmp_path, RULES)).corpus.laws


# -- the site build ------------------------------------------------------------------------------------------------


def _previous_site(tmp_path: Path) -> tuple[Path, dict]:
    out = tmp_path / "site"
    (out / "wetten").mkdir(parents=True)
    (out / "index.html").write_text("<p>de vorige site</p>", encoding="utf-8")
    (out / "wetten" / "a.html").write_text("<p>a</p>", encoding="utf-8")
    (out / atomic.BUILD_MARKER).write_text("gebouwd door wetgraaf\n", encoding="utf-8")  # a previous build
    return out, _hashes(out)


def test_a_failed_site_build_leaves_the_previous_site(tmp_path):
    from wetgraaf.cli_site import SiteBuildError, build_site

    out, before = _previous_site(tmp_path)
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"site_name: x\ndocs_dir: {tmp_path / 'bestaat-niet'}\n", encoding="utf-8")
    with pytest.raises(SiteBuildError):
        build_site(out, config=config, echo=False)
    assert _hashes(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mkdocs.yml", "site"]


def test_a_site_of_a_corpus_with_errors_says_so_in_the_readers_language(tmp_path):
    """The site plugin's reason was English to a Dutch reader; it comes from the catalogue now."""
    from wetgraaf.cli_site import SiteBuildError, build_site
    from wetgraaf.taal import in_taal

    root = corpus(tmp_path, "begrip b(p: persoon): waarheid = bestaat_niet(p)\n")
    said = {"nl": "het corpus heeft fouten (draai `wetgraaf controleer`):", "en": "the corpus has errors (run `wetgraaf controleer`):"}
    for taal, other in (("nl", "en"), ("en", "nl")):
        with in_taal(taal), pytest.raises(SiteBuildError) as exc:
            build_site(tmp_path / f"site-{taal}", root, echo=False)
        lines = str(exc.value).splitlines()  # after mkdocs's own line ('Aborted with a BuildError!')
        assert said[taal] in lines and said[other] not in lines and "bestaat_niet" in "\n".join(lines), lines


def test_an_interrupted_site_build_leaves_the_previous_site(tmp_path, monkeypatch):
    import mkdocs.commands.build as mkbuild

    from wetgraaf.cli_site import build_site

    out, before = _previous_site(tmp_path)

    def interrupted(cfg, **kwargs):
        Path(cfg["site_dir"], "index.html").write_text("<p>half</p>")
        raise KeyboardInterrupt

    monkeypatch.setattr(mkbuild, "build", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build_site(out, echo=False)
    assert _hashes(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_a_killed_build_leaves_the_previous_site_and_the_next_build_cleans_up(tmp_path):
    out, before = _previous_site(tmp_path)
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from wetgraaf.atomic import replace_dir

        def build(folder):
            (folder / "index.html").write_text("half")
            print("bouwt", flush=True)
            time.sleep(60)

        replace_dir(Path({str(out)!r}), build)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "bouwt"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert _hashes(out) == before
    assert any(p.name.startswith(".site.bouw-") for p in tmp_path.iterdir())  # the half build, hidden
    pages = atomic.replace_dir(out, lambda folder: (folder / "index.html").write_text("nieuw") and 1)
    assert pages == 1 and (out / "index.html").read_text() == "nieuw" and not (out / "wetten").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


# -- output folders and files that wetgraaf did not make are never deleted or overwritten (issue 16) ---------------


def _user_folder(root: Path) -> tuple[Path, dict]:
    folder = root / "mijn-map"
    (folder / "sub").mkdir(parents=True)
    (folder / "notities.md").write_text("mijn eigen tekst\n", encoding="utf-8")
    (folder / "sub" / "data.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    return folder, _hashes(folder)


def test_site_refuses_a_folder_it_did_not_build(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    folder, before = _user_folder(tmp_path)
    result = CliRunner().invoke(app, ["site", "-o", str(folder)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "niet door wetgraaf gebouwd" in result.output and "--overschrijf" in result.output
    assert _hashes(folder) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mijn-map"]  # nothing built beside it either


def test_a_refused_output_place_is_said_in_the_readers_language(tmp_path):
    """The refusals of atomic.py were Dutch with --taal en too; they come from the catalogue now (taal/uitvoer.py)."""
    folder, before = _user_folder(tmp_path)
    nl, en = run_cli("site", "-o", str(folder)), run_cli("--taal", "en", "site", "-o", str(folder))
    assert nl.returncode == en.returncode == 2 and "Traceback" not in nl.stderr + en.stderr
    assert "wetgraaf site: niet gebouwd:" in nl.stderr and "deze map bestaat al en is niet door wetgraaf gebouwd" \
        in nl.stderr and "--overschrijf" in nl.stderr, nl.stderr
    assert "wetgraaf site: not built:" in en.stderr and "this folder already exists and was not built by wetgraaf" \
        in en.stderr and "--overschrijf" in en.stderr, en.stderr
    assert "niet door wetgraaf" not in en.stderr and "kies een" not in en.stderr, en.stderr
    assert "not built by" not in nl.stderr and "choose another" not in nl.stderr, nl.stderr
    assert _hashes(folder) == before
    # a file it did not make, and a system folder, as `graaf export -o` says them
    own = tmp_path / "graaf.dot"
    own.write_text("mijn eigen graaf\n", encoding="utf-8")
    en = run_cli("--taal", "en", "graaf", "export", "-f", "dot", "-o", str(own))
    assert en.returncode == 2 and "this file already exists and was not made by wetgraaf" in en.stderr, en.stderr
    assert own.read_text(encoding="utf-8") == "mijn eigen graaf\n"
    en = run_cli("--taal", "en", "graaf", "export", "-o", "/proc/x")
    assert en.returncode == 2 and "that is a system folder (/proc)" in en.stderr and "systeemmap" not in en.stderr


def test_the_systems_reason_is_said_in_the_readers_language():
    import errno

    from wetgraaf.taal import bericht, in_taal, tekst

    why = atomic.reason(OSError(errno.EACCES, "Permission denied"))
    assert why == "geen toestemming om daar te schrijven"
    with in_taal("en"):
        assert tekst(why) == "no permission to write there"
        refused = atomic.OutputRefused(bericht("zin.uitvoer.niet_hier", doel="x", reden=why))
        assert tekst(refused.args[0]) == "x: cannot write here: no permission to write there"
    # a reason the catalogue has no words for: as the system says it, quoted inside the catalogue's sentence
    # (issue 17 item 4; this assertion was `== "Device or resource busy"`, the bare English text, before)
    busy = atomic.reason(OSError(errno.EBUSY, "Device or resource busy"))
    assert busy == "het systeem meldt: “Device or resource busy”"
    assert tekst(busy, "en") == "the system reports: “Device or resource busy”"


def test_serve_refuses_to_build_into_a_folder_it_did_not_build(tmp_path, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("the server must not start"))
    folder, before = _user_folder(tmp_path)
    result = CliRunner().invoke(app, ["dienst", "--site", str(folder)])
    assert result.exit_code == 2 and "niet door wetgraaf gebouwd" in result.output
    assert _hashes(folder) == before


def test_site_with_overschrijf_moves_the_folder_aside_and_never_deletes_it(tmp_path):
    folder, before = _user_folder(tmp_path)
    pages = atomic.replace_dir(folder, lambda out: (out / "index.html").write_text("site") and 1, overwrite=True)
    assert pages == 1 and (folder / "index.html").read_text() == "site"
    (aside,) = [p for p in tmp_path.iterdir() if p.name.startswith("mijn-map.bewaard-")]
    assert _hashes(aside) == before
    # the new folder is wetgraaf's own: the next build replaces it without asking, and keeps the set-aside copy
    atomic.replace_dir(folder, lambda out: (out / "index.html").write_text("site 2"))
    assert (folder / "index.html").read_text() == "site 2" and _hashes(aside) == before


@pytest.mark.parametrize("where", ["cwd", "corpus", "docs"])
def test_site_never_replaces_the_checkout_the_corpus_or_the_docs(tmp_path, monkeypatch, where):
    corpus_dir = tmp_path / "law"
    corpus_dir.mkdir()
    (corpus_dir / "wet.md").write_text("x", encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("x", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = _hashes(tmp_path)
    target = {"cwd": ".", "corpus": "law", "docs": "docs"}[where]
    result = CliRunner().invoke(app, ["site", "-o", target, "--corpus", "law", "--config", "mkdocs.yml",
                                      "--overschrijf"])
    assert result.exit_code == 2 and "Traceback" not in result.output, result.output
    assert "kies een andere uitvoermap" in result.output
    assert _hashes(tmp_path) == before


def test_a_kill_between_the_two_renames_of_the_swap_loses_no_build(tmp_path, monkeypatch):
    out, before = _previous_site(tmp_path)
    # the state a kill between `target -> .oud` and `.bouw -> target` leaves behind
    os.replace(out, tmp_path / ".site.oud-abc")
    with pytest.raises(RuntimeError):
        atomic.replace_dir(out, lambda folder: (_ for _ in ()).throw(RuntimeError("bouw mislukt")))
    assert _hashes(out) == before  # the previous build is back in place
    # and the fallback swap (no atomic exchange) works too
    monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    atomic.replace_dir(out, lambda folder: (folder / "index.html").write_text("nieuw"))
    assert (out / "index.html").read_text() == "nieuw"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_graph_export_never_overwrites_a_file_or_a_backup(tmp_path, monkeypatch):
    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    target = tmp_path / "graaf.dot"
    target.write_text("mijn eigen graaf\n", encoding="utf-8")
    runner = CliRunner()
    refused = runner.invoke(app, ["graaf", "export", "-f", "dot", "-o", str(target)])
    assert refused.exit_code == 2 and "niet door wetgraaf gemaakt" in refused.output
    assert target.read_text(encoding="utf-8") == "mijn eigen graaf\n"
    # with --overschrijf the user's file is kept as graaf.dot.orig
    assert runner.invoke(app, ["graaf", "export", "-f", "dot", "-o", str(target), "--overschrijf"]).exit_code == 0
    assert (tmp_path / "graaf.dot.orig").read_text(encoding="utf-8") == "mijn eigen graaf\n"
    # wetgraaf's own output is replaced without asking
    assert runner.invoke(app, ["graaf", "export", "-f", "json", "-o", str(target)]).exit_code == 0
    # a second forced run keeps the first backup and adds another
    target.write_text("weer mijn eigen tekst\n", encoding="utf-8")
    assert runner.invoke(app, ["graaf", "export", "-f", "dot", "-o", str(target), "--overschrijf"]).exit_code == 0
    assert (tmp_path / "graaf.dot.orig").read_text(encoding="utf-8") == "mijn eigen graaf\n"
    assert (tmp_path / "graaf.dot.orig.1").read_text(encoding="utf-8") == "weer mijn eigen tekst\n"


def test_bench_refuses_to_overwrite_a_users_markdown_before_it_runs(tmp_path, monkeypatch):
    import wetgraaf.bench.run as bench_run

    monkeypatch.setenv("WETGRAAF_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(bench_run, "run", lambda *a, **k: pytest.fail("the benchmark must not run"))
    (tmp_path / "X.md").write_text("mijn verslag\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["meet", "--json", str(tmp_path / "X.json")])
    assert result.exit_code == 2 and "niet door wetgraaf gemaakt" in result.output
    assert (tmp_path / "X.md").read_text(encoding="utf-8") == "mijn verslag\n"
    assert not (tmp_path / "X.json").exists()


def test_a_site_of_a_corpus_with_errors_shows_the_reasons_not_mkdocs_own_line(tmp_path):
    """`wetgraaf site` printed only the first line of the failed build: mkdocs' English 'Aborted with a BuildError!',
    and not why. It now says in the reader's language that the build was stopped, and the reasons below it."""
    root = corpus(tmp_path, "begrip b(p: persoon): waarheid = bestaat_niet(p)\n")
    # Real processes: a site build's messages pass through mkdocs' logging, which the test process sets up its own way.
    nl = run_cli_process("site", "-o", str(tmp_path / "site-nl"), "--corpus", str(root))
    en = run_cli_process("--taal", "en", "site", "-o", str(tmp_path / "site-en"), "--corpus", str(root))
    assert nl.returncode == en.returncode == 1 and "Traceback" not in nl.stderr + en.stderr
    assert "de site is niet gebouwd: de bouw is afgebroken" in nl.stderr, nl.stderr
    assert "het corpus heeft fouten" in nl.stderr and "bestaat_niet" in nl.stderr, nl.stderr
    assert "the site was not built: the build was stopped" in en.stderr, en.stderr
    assert "the corpus has errors" in en.stderr and "bestaat_niet" in en.stderr, en.stderr
    assert "Aborted" not in nl.stderr + en.stderr
