"""The remote engine against real LibreTranslate servers: spread, faults, fallback, provenance."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from reader.core.engine.cache import TranslationCache
from reader.core.engine.remote import RemoteEngine, RemoteError
from reader.core.engine.save import machine_provenance
from reader.core.engine.translator import Engine
from reader.core.model import Block
from tests.remote.conftest import free_port


def blocks(n: int = 4) -> list[Block]:
    """Short Dutch paragraphs, two sentences each, every sentence different (the cache dedupes)."""
    return [Block("paragraph", f"Zin {i} gaat over Luik. Het akkoord nummer {i} is getekend.") for i in range(n)]


def engine(urls: list[str], tmp_path: Path, **kwargs) -> RemoteEngine:  # noqa: ANN003
    kwargs.setdefault("batch_size", 2)
    kwargs.setdefault("backoff", 0.01)
    return RemoteEngine(urls, TranslationCache(tmp_path / "cache.sqlite3"), **kwargs)


def test_two_servers_share_the_batches_and_the_cache_makes_a_rerun_free(start_server, tmp_path: Path):
    a, b = start_server(), start_server()
    remote = engine([a.url, b.url], tmp_path)
    result = remote.translate_blocks(blocks(), "nl", "en", title="Luik en Alibaba")
    assert result.complete and all(s.target for s in result.sentences)
    assert all(server.served > 0 for server in remote.servers)  # round robin reached both
    provenance = machine_provenance(result)
    assert provenance.engine == "libretranslate"
    model = provenance.models[0]
    assert model["code"] == "libretranslate:nl_en" and model["version"] == "1.9.6"
    assert a.url in model["servers"] and b.url in model["servers"]

    again = engine([a.url, b.url], tmp_path)
    rerun = again.translate_blocks(blocks(), "nl", "en", title="Luik en Alibaba")
    assert all(s.cached for s in rerun.sentences)
    assert again.requests == 4  # /languages and /spec of each server: no translation asked


def test_a_server_killed_mid_run_hands_its_batches_to_the_other(start_server, tmp_path: Path, caplog):
    a, b = start_server(), start_server()
    remote = engine([a.url, b.url], tmp_path, batch_size=1)

    def kill_after_first(done: int, total: int, partial) -> None:  # noqa: ANN001
        if done:
            a.stop()

    with caplog.at_level(logging.WARNING, logger="reader"):
        result = remote.translate_blocks(blocks(6), "nl", "en", progress=kill_after_first)
    assert result.complete and len(result.sentences) == 12
    assert remote.servers[0].down is not None and remote.servers[1].down is None
    assert sum("dropped for this run" in r.getMessage() for r in caplog.records) == 1


def test_a_429_storm_is_retried_then_moved(start_server, tmp_path: Path):
    limited, free = start_server("--req-limit", "1"), start_server()
    remote = engine([limited.url, free.url], tmp_path, retries=2)
    result = remote.translate_blocks(blocks(5), "nl", "en")
    assert result.complete
    assert remote.servers[1].served > remote.servers[0].served


def test_a_wrong_api_key_is_one_line_naming_the_server(start_server, tmp_path: Path):
    server = start_server("--api-keys", "--api-keys-db-path", str(tmp_path / "keys.db"))
    remote = engine([server.url], tmp_path, api_key="not-a-key")
    with pytest.raises(RemoteError) as error:
        remote.translate_blocks(blocks(1), "nl", "en")
    message = str(error.value)
    assert "\n" not in message and server.url in message and "refused the API key" in message


def test_a_pair_no_server_has_names_it_or_falls_back(start_server, tmp_path: Path, installed_packages: Path, caplog):
    from reader.core.engine.packages import MissingModelError

    server = start_server()
    with pytest.raises(MissingModelError) as missing:
        engine([server.url], tmp_path).translate_blocks(blocks(1), "nl", "fr")
    assert server.url in str(missing.value)
    local = Engine(installed_packages, TranslationCache(tmp_path / "local.sqlite3"), threads=1)
    with caplog.at_level(logging.WARNING, logger="reader"):
        result = engine([server.url], tmp_path, fallback=local).translate_blocks(blocks(2), "nl", "fr")
    assert result.complete and result.pivot == "en" and result.engine is None  # local models did it
    assert sum("local models" in r.getMessage() for r in caplog.records) == 1


def test_no_server_answers_falls_back_once_or_fails_in_one_line(tmp_path: Path, installed_packages: Path, caplog):
    nobody = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(RemoteError) as error:
        engine([nobody], tmp_path).translate_blocks(blocks(1), "nl", "en")
    assert nobody in str(error.value) and "\n" not in str(error.value)
    local = Engine(installed_packages, TranslationCache(tmp_path / "local.sqlite3"), threads=1)
    with caplog.at_level(logging.WARNING, logger="reader"):
        result = engine([nobody], tmp_path, fallback=local).translate_blocks(blocks(3), "nl", "en")
    assert result.complete and result.models[0]["code"] == "translate-nl_en"
    assert sum("local models" in r.getMessage() for r in caplog.records) == 1


def test_alternatives_come_from_the_server(start_server, tmp_path: Path):
    server = start_server()
    texts = engine([server.url], tmp_path).alternatives("Alibaba bouwt in Luik.", "nl", "en", n=3)
    assert 1 <= len(texts) <= 3 and all(isinstance(t, str) and t for t in texts)


def test_translate_all_through_two_servers_then_a_rerun_does_nothing(start_server, run_cli, library_dir: Path):
    from reader.core.library import Library
    from tests.conftest import archive_without

    ids = archive_without(library_dir, "en", count=2)
    a, b = start_server(), start_server()
    argv = ["--library", str(library_dir), "--engine-url", a.url, "--engine-url", b.url, "translate", "--all"]
    first = run_cli(*argv, "--to", "en", "--save", "--json")
    assert first.code == 0, first.err
    assert sorted(r["id"] for r in first.json()["releases"]) == sorted(ids)
    saved = Library.load(library_dir).get(ids[0]).versions["en"].provenance
    assert saved.engine == "libretranslate" and a.url in saved.models[0]["servers"]
    again = run_cli(*argv, "--to", "en", "--save", "--json")
    assert again.code == 0 and again.json()["releases"] == []


def test_a_run_the_local_models_make_whole_is_saved_as_theirs(start_server, tmp_path: Path, installed_packages: Path):
    """The only server gone before its first sentence: the local models translate it all, and the
    version says so (it was saved as the server's, 'nl→en→en', a new user's trial); gone after its
    first sentence, both made it and both are named."""
    local = Engine(installed_packages, TranslationCache(tmp_path / "local.sqlite3"), threads=1)
    server = start_server()
    remote = engine([server.url], tmp_path, fallback=local, batch_size=1)
    remote.route("nl", "en")  # found at the start, as the TUI's 'Waiting for …' does
    server.stop()
    result = remote.translate_blocks(blocks(2), "nl", "en")
    assert result.complete and result.engine is None and result.fell_back
    assert [m["code"] for m in result.models] == ["translate-nl_en"]
    assert machine_provenance(result).engine.startswith("argos-translate")

    other = start_server()
    remote = engine([other.url], tmp_path, fallback=local, batch_size=1)

    def stop_after_first(done: int, total: int, partial) -> None:  # noqa: ANN001
        if done:
            other.stop()

    result = remote.translate_blocks(blocks(6), "nl", "en", progress=stop_after_first)
    assert result.complete and result.engine == "libretranslate" and result.fell_back
    assert {m["code"] for m in result.models} == {"libretranslate:nl_en", "translate-nl_en"}


def test_the_last_server_lost_with_no_local_model_says_both(start_server, tmp_path: Path):
    """It said only the server's 'connection lost', not that no local model could go on (a trial)."""
    empty = tmp_path / "no-packages"
    empty.mkdir()
    nothing = Engine(empty, TranslationCache(tmp_path / "local.sqlite3"), threads=1)
    server = start_server()
    remote = engine([server.url], tmp_path, fallback=nothing)
    remote.route("nl", "en")
    server.stop()
    with pytest.raises(RemoteError) as error:
        remote.translate_blocks(blocks(1), "nl", "en")
    said = str(error.value)
    assert "\n" not in said and server.url in said and "no local model for nl->en" in said, said


def test_another_server_s_model_is_not_answered_from_the_first_one_s_cache(
    start_server, tmp_path: Path, tmp_path_factory
):
    """Two servers of one LibreTranslate version with other models: the second answered from the
    first one's cache, and the saved provenance named the second (an archive team's trial)."""
    from reader.core.engine.packages import install_file
    from tests.argos_factory import build_package

    other = tmp_path_factory.mktemp("lt-other")
    for i, (a, b) in enumerate([("nl", "en"), ("en", "nl")]):
        install_file(build_package(tmp_path_factory.mktemp("built-other"), a, b, seed=90 + i, minisbd=True), other)
    first, second = start_server(), start_server(packages=other)
    one = engine([first.url], tmp_path).translate_blocks(blocks(2), "nl", "en")
    two = engine([second.url], tmp_path).translate_blocks(blocks(2), "nl", "en")
    assert not any(s.cached for s in two.sentences)
    assert [s.target for s in one.sentences] != [s.target for s in two.sentences]
