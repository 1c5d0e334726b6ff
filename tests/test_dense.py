"""Dense search: the exact search over the cached vector matrix finds what Chroma's HNSW finds,
with the same cosines; answers are the same either way; a cold reader needs neither chromadb
nor the store's HNSW indexes; the caches follow the store's generation."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

from qabot.dense import ChromaSearch, ExactSearch, ShortlistSearch, chunk_layout
from qabot.engine import Engine
from qabot.store import GENERATION_FILE, read_generation

QUESTIONS = ["What did Amber Rudd say about WhatsApp?", "Who claimed responsibility for the attack?",
             "How many people died?", "What did the council decide about the permits?",
             "Why did rents rise?", "When was the port closed?"]


@pytest.fixture
def loaded(engine, corpus):
    engine.ingest([corpus])
    return engine


def test_exact_search_finds_what_chroma_finds_with_the_same_cosines(loaded):
    index = loaded.index()
    exact = loaded.dense()
    assert isinstance(exact, ExactSearch)
    hnsw = ChromaSearch(loaded.store(), index)
    for q in QUESTIONS:
        qvec = loaded.embedder.encode([q])[0]
        e, h = exact.sentences(qvec, 15), hnsw.sentences(qvec, 15)
        assert [i for i, _ in e] == [i for i, _ in h], q
        assert np.allclose([c for _, c in e], [c for _, c in h], atol=1e-5)
        # a chunk's cosine from its sentences' vectors equals the stored chunk vector's
        e, h = exact.chunks(qvec, 10), hnsw.chunks(qvec, 10)
        assert [r for r, _ in e] == [r for r, _ in h], q
        assert np.allclose([c for _, c in e], [c for _, c in h], atol=1e-5)


def test_filters_keep_to_the_articles_given(loaded):
    index = loaded.index()
    aid = sorted(index.articles)[0]
    qvec = loaded.embedder.encode(["What happened?"])[0]
    got = loaded.dense().sentences(qvec, 50, {aid})
    assert got and {index.rows[i].article_id for i, _ in got} == {aid}
    assert len(got) == len(index.by_article[aid])
    chunks = loaded.dense().chunks(qvec, 50, {aid})
    assert chunks and all(index.rows[i].article_id == aid for rows, _ in chunks for i in rows)
    assert loaded.dense().sentences(qvec, 5, set()) == []


def test_vectors_and_titles_are_the_stored_ones(loaded):
    index = loaded.index()
    rows = [0, 3, len(index.rows) - 1]
    got = loaded.store().get("sentences", ids=[index.rows[i].id for i in rows], embeddings=True)
    stored = dict(zip(got["ids"], got["embeddings"]))
    assert np.allclose(loaded.dense().vectors(rows), [stored[index.rows[i].id] for i in rows])
    aids = sorted(index.articles)[:2]
    titles = loaded.store().title_vectors(aids)
    assert all(np.allclose(loaded.dense().titles(aids)[a], titles[a]) for a in aids)


def test_chunk_layout_covers_every_chunk_once(loaded):
    index = loaded.index()
    members, starts, first = chunk_layout(index)
    stored_chunks = loaded.store().counts()["chunks"]
    assert len(starts) == stored_chunks
    assert (members[starts] == first).all()
    assert set(members.tolist()) == set(range(len(index.rows)))  # every sentence is in some chunk


def test_answers_are_the_same_through_chroma(loaded, settings, embedder):
    hnsw = Engine(settings.model_copy(update={"exact_limit": 0}), embedder=embedder)
    hnsw._dense = (hnsw.index().generation, ChromaSearch(hnsw.store(), hnsw.index()))
    for q in QUESTIONS + ["Who said 'a secret place for terrorists'?", "What did Rudd say about encryption?"]:
        a, b = loaded.ask(q), hnsw.ask(q)
        assert [(x.text, x.start, x.article.id) for x in a.quotes] == [(x.text, x.start, x.article.id) for x in b.quotes], q
        assert [x.score for x in a.quotes] == pytest.approx([x.score for x in b.quotes], abs=1e-4)
        assert a.abstained == b.abstained


def test_generation_file_mirrors_the_store_and_is_gone_while_writing(engine, corpus, settings):
    if settings.chroma_url:
        pytest.skip("the file is kept beside the embedded store only")
    engine.ingest([corpus])
    store = engine.store()
    info = read_generation(settings.store)
    assert info == {"generation": store.generation, "schema": 2, "model": engine.embedder.name}
    with store.write_lock():
        assert not (settings.store / GENERATION_FILE).exists()
        assert engine.generation() == store.generation  # asked of the store meanwhile
    assert read_generation(settings.store)["generation"] == store.generation
    (corpus / "extra.txt").write_text("Extra article\n\nA ferry ran aground near Lynmouth on Friday.\n")
    engine.ingest([corpus])
    assert read_generation(settings.store)["generation"] == store.generation != info["generation"]


def test_rebuild_starts_a_new_epoch_so_old_caches_are_never_read(engine, corpus, settings):
    engine.ingest([corpus])
    before = engine.store().generation
    engine.index()
    engine.dense()
    engine.ingest([corpus], rebuild=True)
    after = engine.store().generation
    # the same number of writes, but another store: its caches are not the old ones
    assert before.split(".")[1] == after.split(".")[1] and before != after
    assert engine.ask("Who claimed responsibility for the attack?").quotes


_COLD = """
import sys
from qabot.cli import cli
try:
    cli(["ask", "--json", "Who claimed responsibility for the attack?"], standalone_mode=False)
finally:
    print("CHROMADB_IMPORTED" if "chromadb" in sys.modules else "NO_CHROMADB", file=sys.stderr)
"""


def test_a_cold_ask_reads_only_the_caches(loaded, settings):
    if settings.chroma_url:
        pytest.skip("a server store is always asked")
    loaded.dense()  # the first reader of a generation makes the caches
    env = {**os.environ, "QABOT_STORE": str(settings.store)}
    cold = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True, env=env, timeout=120)
    assert cold.returncode == 0, cold.stderr
    assert "NO_CHROMADB" in cold.stderr
    assert json.loads(cold.stdout)["quotes"][0]["text"] == loaded.ask("Who claimed responsibility for the attack?").quotes[0].text
    # without the file (a write under way, or killed) the reader asks the store
    (settings.store / GENERATION_FILE).unlink()
    slow = subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True, env=env, timeout=120)
    assert slow.returncode == 0 and "CHROMADB_IMPORTED" in slow.stderr
    assert json.loads(slow.stdout) == json.loads(cold.stdout)


def test_shortlist_search_scores_its_shortlist_exactly_and_finds_the_nearest(loaded, settings, embedder, monkeypatch):
    if settings.chroma_url:
        pytest.skip("a large server store is searched through the server's index")
    import qabot.dense

    # 8 components for a corpus of a few dozen sentences: the projection loses something, as
    # 64 of 384 do for a large store
    monkeypatch.setattr(qabot.dense, "REDUCED_DIM", 8)
    big = Engine(settings.model_copy(update={"exact_limit": 0}), embedder=embedder)
    short = big.dense()
    assert isinstance(short, ShortlistSearch)
    assert short.reduced.shape == (len(loaded.index().rows), 8)
    exact = loaded.dense()
    # a shortlist of a few per result: the approximation has to do real work
    monkeypatch.setattr(ShortlistSearch, "SHORTLIST", 3)
    monkeypatch.setattr(ShortlistSearch, "MIN_SHORTLIST", 0)
    same = 0
    for q in QUESTIONS:
        qvec = embedder.encode([q])[0]
        got, want = short.sentences(qvec, 5), exact.sentences(qvec, 5)
        truth = np.asarray(exact.matrix) @ qvec
        assert all(abs(c - truth[i]) < 1e-5 for i, c in got)      # cosines are exact, not approximate
        assert got[0][0] == want[0][0], q                         # the nearest is never missed
        same += len({i for i, _ in got} & {i for i, _ in want})
        chunks = short.chunks(qvec, 3)
        assert [r for r, _ in chunks][0] == [r for r, _ in exact.chunks(qvec, 3)][0]
    assert same >= 0.8 * 5 * len(QUESTIONS)   # 26 of 30 with these 8 components
    aid = sorted(loaded.index().articles)[0]
    assert {loaded.index().rows[i].article_id for i, _ in short.sentences(qvec, 10, {aid})} == {aid}


def test_answers_are_the_same_through_the_shortlist(loaded, settings, embedder):
    if settings.chroma_url:
        pytest.skip("embedded store only")
    big = Engine(settings.model_copy(update={"exact_limit": 0}), embedder=embedder)
    for q in QUESTIONS:
        a, b = loaded.ask(q), big.ask(q)
        assert [(x.text, x.start) for x in a.quotes] == [(x.text, x.start) for x in b.quotes], q


def test_vector_caches_are_written_in_place_and_read_back_mapped(tmp_path):
    from qabot.cache import cached_arrays

    calls = []

    def build(scratch):
        calls.append(scratch)
        if scratch is None:
            big = np.zeros((3, 2), dtype=np.float32)
        else:
            big = np.lib.format.open_memmap(scratch / "big.npy", mode="w+", dtype=np.float32, shape=(3, 2))
        big[:] = 7
        return {"big": big, "small": np.arange(3)}

    folder = tmp_path / "cache"
    got = cached_arrays(folder, "v", "loc", "e.1", build)
    # the process that makes the arrays maps them from the cache, as a later reader does
    assert isinstance(got["big"], np.memmap) and str(folder) in str(got["big"].filename)
    assert (got["big"] == 7).all() and got["small"].tolist() == [0, 1, 2]
    again = cached_arrays(folder, "v", "loc", "e.1", build)
    assert len(calls) == 1 and (again["big"] == 7).all()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]   # no scratch folder left
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    unwritable = cached_arrays(blocked, "v", "loc", "e.1", build)        # no cache: built in memory
    assert calls[-1] is None and (unwritable["big"] == 7).all()


def test_the_graph_is_search_grade_only_where_it_is_searched(engine, corpus, settings):
    engine.ingest([corpus])
    hnsw = engine.store()._cols["qabot_sentences"].configuration["hnsw"]
    built = (hnsw["ef_construction"], hnsw.get("max_neighbors", 16))
    if settings.chroma_url:
        assert built == (64, 16)   # a large server store is searched through its graph
    else:
        assert built == (32, 8)    # an embedded store never is: qabot searches its own copy


def test_row_reader_reads_what_the_matrix_holds_without_mapping_it(tmp_path):
    from qabot.dense import RowReader

    rng = np.random.default_rng(0)
    data = rng.standard_normal((500, 384)).astype(np.float32)
    np.save(tmp_path / "m.npy", data)
    mapped = np.load(tmp_path / "m.npy", mmap_mode="r")
    reader = RowReader(mapped)
    (tmp_path / "m.npy").unlink()   # a newer generation removed it: the open file still reads
    rows = np.array([7, 8, 9, 499, 0, 8, 250, 251, 3], dtype=np.int64)  # runs, repeats, any order
    assert np.array_equal(reader.read(rows), data[rows])
    assert np.array_equal(RowReader(data).read(rows), data[rows])  # in memory: indexed
    assert reader.read(np.array([], dtype=np.int64)).shape == (0, 384)


def test_vector_files_hold_each_article_versions_vectors_and_follow_its_life(engine, corpus, settings):
    from qabot.dense import build_arrays
    from qabot.store import VECTOR_DIR

    engine.ingest([corpus])
    store, index = engine.store(), engine.index()
    folder = settings.store / VECTOR_DIR
    versions = store.versions()
    if settings.chroma_url:
        # a server store's readers may be elsewhere: they ask the server, and nothing is kept here
        aid, v = next(iter(versions.items()))
        assert not folder.exists() and store.sentence_vectors(aid, v, np.arange(1)) is None
        return
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{a}-{v}.npy" for a, v in versions.items())
    # each file holds what Chroma holds for the article's sentences, in sentence order (Chroma
    # keeps cosine-space vectors normalised again, so they agree to float32 rounding)
    got = store.get("sentences", ids=index.rows.ids(), embeddings=True)
    stored = dict(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))
    for aid, v in versions.items():
        rows = list(index.by_article[aid])
        numbers = index.rows.n[rows[0]:rows[-1] + 1]
        assert np.allclose(store.sentence_vectors(aid, v, numbers),
                           [stored[index.rows[i].id] for i in rows], atol=1e-6)
    # a reader builds the same matrix from the files as from Chroma alone
    from_files = np.array(build_arrays(store, index)["sentences"])
    for p in folder.iterdir():
        p.rename(p.with_suffix(".off"))
    from_chroma = np.array(build_arrays(store, index)["sentences"])
    assert from_files.shape == from_chroma.shape and np.allclose(from_files, from_chroma, atol=1e-6)
    for p in folder.iterdir():
        p.rename(p.with_suffix(".npy"))
    # an edited article gets a new file and loses the old one; a deleted one loses its file
    seed = corpus / "westminster_whatsapp.txt"
    seed.write_text(seed.read_text(encoding="utf-8") + "\nA new closing paragraph.\n", encoding="utf-8")
    (corpus / "harbour.txt").unlink()
    engine.ingest([corpus], prune=True)
    after = engine.store().versions()
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{a}-{v}.npy" for a, v in after.items())
    # an orphan (a write killed after its file, before its rows) goes at the next repair
    (folder / "gone-123456-0123456789ab.npy").write_bytes(b"x")
    engine.store().repair()
    assert not (folder / "gone-123456-0123456789ab.npy").exists()
    # --rebuild starts with no files
    engine.ingest([corpus], rebuild=True)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{a}-{v}.npy" for a, v in engine.store().versions().items())
