"""The lexicon's cache: built once, loaded after, rebuilt when unreadable, kept from the
garbage collector's walks."""

from __future__ import annotations

import gc

import pytest

from qa.lexicon import store


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("QA_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_built_once_then_loaded(cache):
    calls = []

    def build():
        calls.append(1)
        return {"words": ["а", "б"]}

    first = store.cached("sample", build)
    second = store.cached("sample", build)
    assert first == second == {"words": ["а", "б"]}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in cache.glob("*.pickle")] == ["sample"]


def test_unreadable_entry_is_rebuilt(cache):
    store.cached("sample", lambda: [1])
    (entry,) = cache.glob("sample-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert store.cached("sample", lambda: [2]) == [2]
    assert store.cached("sample", lambda: [3]) == [2]  # the rebuilt entry was stored


def test_loaded_data_is_out_of_the_collectors_sight(cache):
    store.cached("sample", lambda: [["a"], ["b"]])
    loaded = store.cached("sample", lambda: pytest.fail("built again"))
    tracked = {id(o) for o in gc.get_objects()}
    assert id(loaded) not in tracked and id(loaded[0]) not in tracked
