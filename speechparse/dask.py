"""Convert a corpus with Dask (``pip install 'speechparse[dask]'``) into JSONL partitions of records.

    from dask.distributed import Client                 # optional: a cluster; else Dask's default scheduler
    from speechparse.dask import convert_to_jsonl

    client = Client("tcp://scheduler:8786")
    convert_to_jsonl("corpus/**/*.txt", "out/")          # out/part-00000.jsonl, out/part-00001.jsonl, …

Every line is a record of :func:`speechparse.convert_record`, ``{"source", "ok", "document" | "error"}``,
the same bytes as the line ``speechparse convert PATHS -o FILE.jsonl`` writes for the same path;
the partitions keep the input order, so their concatenation in name order is the CLI's file.
Workers read the files themselves: every path must be readable on every worker (a shared file
system).  A failed document is a record with ``"ok": false``, never a failed task.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from typing import Any

import dask.bag as db

from .conversion import record_for_path, record_line
from .inputs import expand


def list_paths(paths: str | Iterable[str], pattern: str = "*.txt") -> list[str]:
    """The files named by ``paths``: a glob (``corpus/**/*.txt``), a file, a directory (walked for
    ``pattern`` as ``speechparse convert`` does), or a list of these, in order."""
    names = [paths] if isinstance(paths, str) else list(paths)
    found: list[str] = []
    for name in names:
        found.extend(sorted(glob.glob(name, recursive=True)) if glob.has_magic(name) else [name])
    return [item.path for item in expand(found, pattern)]


def records(paths: str | Iterable[str], *, to: str = "json", encoding: str | None = None, pattern: str = "*.txt",
            npartitions: int | None = None, partition_size: int | None = None,
            drop: tuple[str, ...] = ()) -> db.Bag:
    """A bag of the records (dicts) of the files named by ``paths`` (see :func:`list_paths`);
    ``drop`` as for :func:`speechparse.parse`."""
    return _records(list_paths(paths, pattern), to, encoding, npartitions, partition_size, drop)


def _records(files: list[str], to: str, encoding: str | None, npartitions: int | None,
             partition_size: int | None, drop: tuple[str, ...] = ()) -> db.Bag:
    bag = db.from_sequence(files, npartitions=npartitions, partition_size=partition_size)
    return bag.map(record_for_path, to=to, encoding=encoding, drop=tuple(drop))


def convert_to_jsonl(paths: str | Iterable[str], output_dir: str | os.PathLike, *, to: str = "json",
                     encoding: str | None = None, pattern: str = "*.txt", npartitions: int | None = None,
                     partition_size: int | None = None, compute: bool = True, drop: tuple[str, ...] = ()) -> Any:
    """Write ``output_dir/part-NNNNN.jsonl``, one record line per document, on the configured scheduler.

    Returns the paths written (``compute=False``: the ``dask.delayed`` tasks that write them, to
    compute with a timeout or together with other work).  No input files: nothing is written.
    """
    files = list_paths(paths, pattern)
    if not files:
        return []
    lines = _records(files, to, encoding, npartitions, partition_size, drop).map(record_line)
    return lines.to_textfiles(os.path.join(os.fspath(output_dir), "part-*.jsonl"), name_function="{:05d}".format,
                              encoding="utf-8", last_endline=True, compute=compute)
