"""Article -> sentences and chunks, each with character offsets into the article text.

The embedding model reads at most ``window`` word pieces (256 for all-MiniLM-L6-v2, two of them
special tokens) and silently drops the rest. So nothing here is ever longer than that: the
sentences of each paragraph are counted with the model's own tokenizer, and a sentence that
would not fit is cut at word-piece boundaries into pieces that do. Chunks are runs of whole
sentences of one paragraph, up to ``chunk_tokens``, each overlapping the one before by a sentence.
"""
from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path

from .models import Article, Chunk, Sentence
from .text import split_sentences


class TokenCounter:
    """Counts word pieces with the embedding model's tokenizer (the Rust ``tokenizers``, no torch)."""

    def __init__(self, model_dir: Path) -> None:
        self.model_dir = model_dir

    @cached_property
    def _tokenizer(self):
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
        tok.no_truncation()
        tok.no_padding()
        return tok

    @cached_property
    def window(self) -> int:
        """Word pieces the model reads, special tokens included."""
        cfg = self.model_dir / "sentence_bert_config.json"
        return int(json.loads(cfg.read_text()).get("max_seq_length", 256)) if cfg.exists() else 256

    @property
    def limit(self) -> int:
        """Word pieces of text that fit in the window beside [CLS] and [SEP]."""
        return self.window - 2

    def count(self, texts: list[str]) -> list[int]:
        """Word pieces of each text, without special tokens."""
        if not texts:
            return []
        return [len(e.ids) for e in self._tokenizer.encode_batch(texts, add_special_tokens=False)]

    def pieces(self, text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
        """Cut ``text[start:end]`` into spans of at most ``limit`` word pieces, at word-piece boundaries."""
        enc = self._tokenizer.encode(text[start:end], add_special_tokens=False)
        offsets = enc.offsets
        out = []
        i = 0
        while i < len(offsets):
            j = min(i + limit, len(offsets))
            # prefer not to cut inside a word: step back to a piece that starts after a space
            k = j
            while j < len(offsets) and k > i + limit // 2 and offsets[k][0] == offsets[k - 1][1]:
                k -= 1
            if j < len(offsets) and k > i + limit // 2:
                j = k
            a = start + offsets[i][0]
            b = start + (offsets[j][0] if j < len(offsets) else end - start)
            while b > a and text[b - 1].isspace():
                b -= 1
            out.append((a, b))
            i = j
        return out


def article_sentences(article: Article, counter: TokenCounter) -> list[Sentence]:
    """Every sentence of the article's paragraphs; over-long sentences cut to fit the model."""
    spans: list[tuple[int, int, int]] = []
    for p in article.paragraphs:
        for a, b in split_sentences(article.text, p.start, p.end):
            spans.append((p.number, a, b))
    counts = counter.count([article.text[a:b] for _, a, b in spans])
    out = []
    for (number, a, b), n in zip(spans, counts):
        parts = [(a, b)] if n <= counter.limit else counter.pieces(article.text, a, b, counter.limit)
        for x, y in parts:
            out.append(Sentence(article_id=article.id, paragraph=number, start=x, end=y, text=article.text[x:y]))
    return out


def chunk_sentences(article: Article, sentences: list[Sentence], counter: TokenCounter,
                    chunk_tokens: int = 128, overlap: int = 1) -> list[Chunk]:
    """Group sentences into chunks of one paragraph, at most ``chunk_tokens`` word pieces each
    (never more than the model's window), each sharing ``overlap`` sentences with the previous one."""
    budget = min(chunk_tokens, counter.limit)
    sizes = counter.count([s.text for s in sentences])
    chunks: list[Chunk] = []
    by_par: dict[int, list[int]] = {}
    for i, s in enumerate(sentences):
        by_par.setdefault(s.paragraph, []).append(i)
    for number, idx in by_par.items():
        i = 0
        while i < len(idx):
            j = i
            used = 0
            while j < len(idx) and (j == i or used + sizes[idx[j]] + 1 <= budget):
                used += sizes[idx[j]] + (1 if j > i else 0)
                j += 1
            members = [sentences[k] for k in idx[i:j]]
            a, b = members[0].start, members[-1].end
            chunks.append(Chunk(
                id=f"{article.id}:{article.content_hash[:8]}:c{len(chunks)}",
                article_id=article.id, paragraph=number, start=a, end=b, text=article.text[a:b],
                sentences=[(s.start, s.end) for s in members],
            ))
            if j >= len(idx):
                break
            i = max(i + 1, j - overlap)
    return chunks
