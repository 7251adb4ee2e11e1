"""The Dask helper gives, on a distributed cluster, the records ``speechparse convert -o FILE.jsonl`` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REAL, needs_corpus, real_documents

from speechparse.cli import main

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
from speechparse.dask import convert_to_jsonl, list_paths  # noqa: E402

TIMEOUT = 120


def test_list_paths_takes_globs_directories_and_files(tmp_path: Path):
    for name in ["b.txt", "a.txt", "sub/c.txt", "sub/d.md"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert list_paths(str(tmp_path / "**" / "*.txt")) == [str(tmp_path / n) for n in ["a.txt", "b.txt", "sub/c.txt"]]
    assert list_paths([str(tmp_path / "sub"), str(tmp_path / "b.txt")], "*.md") == [
        str(tmp_path / "sub" / "d.md"), str(tmp_path / "b.txt")]


def test_nothing_to_convert_writes_nothing(tmp_path: Path):
    assert convert_to_jsonl(str(tmp_path / "*.txt"), tmp_path / "out") == []
    assert not (tmp_path / "out").exists()


@needs_corpus
def test_real_corpus_on_a_local_cluster_gives_the_cli_records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from dask.distributed import Client, LocalCluster, wait

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      timeout=TIMEOUT) as cluster, Client(cluster, timeout=TIMEOUT) as client:
        tasks = convert_to_jsonl(str(REAL), tmp_path / "dask", npartitions=4, compute=False)
        futures = client.compute(tasks)
        wait(futures, timeout=TIMEOUT)
        assert all(future.status == "finished" for future in futures)
    parts = sorted((tmp_path / "dask").iterdir())
    assert [part.name for part in parts] == [f"part-0000{i}.jsonl" for i in range(4)]
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["convert", str(REAL), "-o", "cli.jsonl"]).exit_code == 0
    dask_lines = b"".join(part.read_bytes() for part in parts)
    assert dask_lines == (tmp_path / "cli.jsonl").read_bytes()
    assert len(dask_lines.splitlines()) == len(real_documents())
