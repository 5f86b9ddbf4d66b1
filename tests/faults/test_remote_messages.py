"""What trial E's servers were said as: an HTML page as HTML, a server's path kept in its name,
and --alternatives naming only what is missing."""

from __future__ import annotations

from pathlib import Path

from reader.core.engine.lt_wire import public_name
from tests.faults.lt_fake import fake_servers
from tests.faults.test_remote_failing import engine


def test_an_html_page_answered_with_200_is_said_as_such(run, tmp_path: Path):
    """It was 'answered a batch with the wrong number of texts'."""
    page = b"<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>"
    with fake_servers(1) as (proxy,):
        proxy.answer = lambda q: (200, {"Content-Type": "text/html"}, page)
        said = run(
            "--engine-url",
            proxy.url,
            "--engine-only",
            "translate",
            "--text",
            "Een zin hier.",
            "--from",
            "nl",
            "--to",
            "fr",
        )
    assert said.code != 0 and "answered HTML, not JSON (a proxy page?)" in said.err, said.err


def test_a_server_s_path_is_in_its_name_and_its_credentials_never(tmp_path: Path):
    assert public_name("http://reader:s3cret@127.0.0.1:18501/lt/") == "http://127.0.0.1:18501/lt"
    with fake_servers(1, prefix="/lt") as (server,):
        result = engine([server.url], tmp_path).translate_blocks([], "nl", "fr", title="Een titel hier")
        assert result.complete
    assert engine([server.url], tmp_path).servers[0].name.endswith("/lt")


def test_alternatives_name_only_what_is_missing(run):
    said = run("translate", "--text", "Een zin.", "--to", "fr", "--alternatives", "3")
    assert said.code != 0 and "give --from" in said.err and "--text and" not in said.err, said.err
