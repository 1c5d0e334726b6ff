"""Incremental ingest into a real Chroma store: new, unchanged, changed, deleted, failed files."""
from __future__ import annotations

import pytest

from qabot.readers import read_path


def test_ingest_is_incremental_and_idempotent(engine, corpus):
    first = engine.ingest([corpus])
    assert (first.new, first.updated, first.unchanged, first.failed) == (7, 0, 0, 0)
    counts = engine.store().counts()
    assert counts["articles"] == 7 and counts["chunks"] == first.chunks > 0

    again = engine.ingest([corpus])
    assert (again.new, again.updated, again.unchanged, again.failed) == (0, 0, 7, 0)
    assert engine.store().counts() == counts

    harbour = corpus / "harbour.txt"
    harbour.write_text(harbour.read_text().replace("7 to 2", "8 to 1"))
    changed = engine.ingest([corpus])
    assert (changed.new, changed.updated, changed.unchanged) == (0, 1, 6)
    after = engine.store().counts()
    assert after["articles"] == 7 and after["chunks"] == counts["chunks"]
    answer = engine.ask("How did the harbour council vote on the sea wall?")
    assert "8 to 1" in answer.quotes[0].text

    (corpus / "orchard.md").unlink()
    kept = engine.ingest([corpus])
    assert kept.pruned == 0 and engine.stats()["articles"] == 7
    pruned = engine.ingest([corpus], prune=True)
    assert pruned.pruned == 1 and engine.stats()["articles"] == 6
    assert all(q.article.title != "Cider makers fear a poor apple harvest"
               for q in engine.ask("What destroyed the apple blossom?").quotes)


def test_bad_files_are_reported_and_the_rest_ingests(engine, corpus):
    (corpus / "broken.json").write_text("{not json")
    (corpus / "empty.txt").write_text("")
    errors = []
    report = engine.ingest([corpus, corpus / "nope.txt"], on_error=errors.append)
    assert report.new == 7 and report.failed == 3
    assert sorted((e.path.rsplit("/", 1)[-1], e.reason) for e in errors) == [
        ("broken.json", "malformed JSON: Expecting property name enclosed in double quotes (line 1, column 2)"),
        ("empty.txt", "empty file"),
        ("nope.txt", "no such file or folder"),
    ]


def test_store_rows_match_article_text(engine, corpus):
    """Rows carry offsets, not texts: every offset they hold is a span of the file's own text."""
    from qabot.models import Statement

    engine.ingest([corpus])
    store = engine.store()
    arts = {a.id: a for p in corpus.iterdir() for a in read_path(p)}
    records = store.load_records()
    assert set(records) == set(arts)
    for aid, rec in records.items():
        text = arts[aid].text
        assert rec.article.text == text
        assert all(text[s:e].strip() == text[s:e] != "" for _, s, e in rec.sentences)
        spans = {(s, e) for _, s, e in rec.sentences}
        assert rec.chunks and all(c and {tuple(x) for x in c} <= spans for c in rec.chunks)
        for raw in rec.statements:
            st = Statement.model_validate(raw)
            parts = st.content + [x for x in (st.cue, st.source) if x]
            assert st.content and all(text[c.start:c.end] == c.text for c in parts)
    assert sum(len(r.statements) for r in records.values()) > 0
    v = {aid: rec.article.content_hash[:12] for aid, rec in records.items()}
    for name, letter, field in (("sentences", "s", "sentences"), ("chunks", "c", "chunks")):
        rows = store.get(name)
        assert sorted(rows["ids"]) == sorted(f"{aid}:{v[aid]}:{letter}{i}"
                                             for aid, rec in records.items() for i in range(len(getattr(rec, field))))
        assert all(m == {"article_id": i.split(":")[0], "version": i.split(":")[1]}
                   for i, m in zip(rows["ids"], rows["metadatas"]))


def test_interrupted_write_is_repaired(engine, corpus):
    engine.ingest([corpus])
    store = engine.store()
    counts = store.counts()
    # a write that dies after the rows of a new version were written but before its record
    import numpy as np
    assert store._meta()["clean"] is True
    with pytest.raises(KeyboardInterrupt), store.write_lock():
        assert store._meta()["clean"] is False   # marked before anything is written
        store._write_rows("qabot_chunks", ["harbour-x:deadbeef0000:c0"], np.ones((1, 384), dtype=np.float32),
                      [{"article_id": "harbour-x", "version": "deadbeef0000"}])
        raise KeyboardInterrupt
    assert store.counts()["chunks"] == counts["chunks"] + 1
    assert store._meta()["clean"] is False
    report = engine.ingest([corpus])
    assert report.repaired == 1 and report.unchanged == 7
    assert store.counts() == counts
    assert store._meta()["clean"] is True


def test_a_store_left_clean_is_not_scanned_for_orphans(engine, corpus, monkeypatch):
    engine.ingest([corpus])
    store = engine.store()
    scans = []
    monkeypatch.setattr(type(store), "repair", lambda self: scans.append(1) or 0)
    engine.ingest([corpus])
    assert scans == []


def test_whole_collection_reads_are_paged(tmp_path):
    """Chroma 1.5 fails one get() of more than about 32,000 rows ("too many SQL variables"):
    repair, statements and the corpus view must page, or a large corpus cannot be ingested."""
    import numpy as np

    from qabot.store import Store

    store = Store(tmp_path / "big", dim=4)
    col = store._cols["qabot_sentences"]
    for i in range(0, 36_000, 4_000):
        col.upsert(ids=[f"x:v:s{j}" for j in range(i, i + 4_000)],
                   embeddings=np.random.default_rng(i).random((4_000, 4)).astype("float32"),
                   metadatas=[{"article_id": "x", "version": "v", "n": j} for j in range(i, i + 4_000)])
    assert len(store.get("sentences")["ids"]) == 36_000
    assert store.repair() == 36_000          # orphans of an article never committed
    assert store.counts()["sentences"] == 0


def test_pipelined_groups_store_what_the_model_gives_each_sentence(engine, corpus):
    """Small groups: each group is encoded while the next is segmented and the one before
    written, and every row still gets its own text's vector, in order, with progress per group."""
    import numpy as np

    from qabot.chunking import article_sentences
    from qabot.ingest import Ingester

    store = engine.store()
    seen = []
    with store.write_lock():
        report = Ingester(store, engine.embedder, engine.counter, group=2).run(
            [corpus], progress=lambda phase, done, total: seen.append((phase, done, total)))
    assert (report.new, report.failed) == (7, 0)
    assert [x for x in seen if x[0] == "embedding"] == [("embedding", n, 7) for n in (2, 4, 6, 7)]
    got = store.get("sentences", embeddings=True)
    assert len(got["ids"]) == report.sentences == store.counts()["sentences"]
    stored = dict(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))
    for aid in engine.index().articles:
        art = engine.index().article(aid)
        sentences = article_sentences(art, engine.counter)
        want = engine.embedder.encode([s.text for s in sentences])
        have = np.stack([stored[f"{aid}:{art.content_hash[:12]}:s{i}"] for i in range(len(sentences))])
        # int8 activations are scaled per batch, so a vector moves a little with its batch
        # neighbours; a row holding another sentence's vector would be far off
        sims = have @ want.T
        assert (np.diag(sims) > 0.97).all() and (np.diag(sims) >= sims.max(axis=1) - 0.02).all(), art.path


def test_an_upgraded_extractor_refreshes_stored_quotes_without_embedding_again(engine, corpus, monkeypatch):
    import qabot.ingest as ingest_mod

    # a store written by an older qabot whose extractor found nothing
    monkeypatch.setattr(ingest_mod, "EXTRACTOR_VERSION", 1)
    monkeypatch.setattr(ingest_mod, "extract", lambda article: [])
    first = engine.ingest([corpus])
    assert first.quotes == 0 and not engine.speakers().match("Amber Rudd")
    monkeypatch.undo()

    calls = []
    encode = engine.embedder.encode
    monkeypatch.setattr(engine.embedder, "encode", lambda texts, **kw: calls.append(len(texts)) or encode(texts, **kw))
    again = engine.ingest([corpus])
    assert (again.new, again.updated, again.unchanged) == (0, 0, first.new)
    assert again.refreshed == first.new and calls == []          # statements only: nothing embedded
    store = engine.store()
    assert {x for _, _, x in store.article_marks().values()} == {ingest_mod.EXTRACTOR_VERSION}
    assert store.counts()["quotes"] > 0
    answer = engine.ask("What did Amber Rudd say about WhatsApp?")
    assert answer.quotes[0].speaker == "Amber Rudd" and "secret place for terrorists" in answer.quotes[0].text
    # and once refreshed, an ingest has nothing left to do
    assert engine.ingest([corpus]).refreshed == 0


def test_the_same_corpus_from_another_place_replaces_the_stored_copy(engine, corpus, tmp_path, monkeypatch):
    """A repository cloned again (or moved) holds the same files under the same names: ingesting
    it replaces the copies stored from the old place instead of doubling every answer."""
    import shutil

    for place in ("first", "second"):
        (tmp_path / place).mkdir()
        shutil.copytree(corpus, tmp_path / place / "corpus")
    from pathlib import Path

    monkeypatch.chdir(tmp_path / "first")
    first = engine.ingest([Path("corpus")])
    assert first.new == 7
    monkeypatch.chdir(tmp_path / "second")
    moved = engine.ingest([Path("corpus")])
    # the JSON records carry ids of their own: the same wherever the file is
    assert (moved.new, moved.updated, moved.unchanged) == (0, 5, 2)
    assert engine.store().counts()["articles"] == 7
    quotes = engine.who("Amber Rudd").quotes
    assert len({q.text for q in quotes}) == len(quotes)
    # two copies under different names are two articles, each quoted once at most
    shutil.copy(tmp_path / "second" / "corpus" / "harbour.txt", tmp_path / "second" / "corpus" / "harbour-copy.txt")
    engine.ingest([Path("corpus")])
    assert engine.store().counts()["articles"] == 8
    answer = engine.ask("How did the harbour council vote on the sea wall?")
    assert len({q.text for q in answer.quotes}) == len(answer.quotes)
    said = engine.who("Tom Barrow").quotes
    assert len(said) == 2 and len({q.text for q in said}) == 2
    texts = [q.text for q in engine.said("We cannot keep sandbagging the high street").quotes]
    assert len(set(texts)) == len(texts) and sum("sandbagging" in t for t in texts) == 1


def test_copies_left_by_earlier_ingests_from_other_places_are_cleaned(engine, corpus, tmp_path, monkeypatch):
    """Stores written before copies were replaced hold one copy per place: the next ingest keeps
    the one read now."""
    import shutil
    from pathlib import Path

    from qabot.store import Store

    for place in ("first", "second", "third"):
        (tmp_path / place).mkdir()
        shutil.copytree(corpus, tmp_path / place / "corpus")
    monkeypatch.chdir(tmp_path / "first")
    engine.ingest([Path("corpus")])
    with monkeypatch.context() as m:  # as before: the stored copies were not looked at
        m.setattr(Store, "article_marks", lambda self: {})
        for place in ("second", "third"):
            monkeypatch.chdir(tmp_path / place)
            engine.ingest([Path("corpus")])
    assert engine.store().counts()["articles"] == 5 * 3 + 2
    report = engine.ingest([Path("corpus")], prune=True)
    assert (report.new, report.updated, report.unchanged, report.pruned) == (0, 0, 7, 0)
    assert engine.store().counts()["articles"] == 7
