"""Answers -> what people and programs read: JSON dicts, rich renderables, plain text.

Pure functions of the ``Answer`` (and the prompt templates), shared by the CLI, the REPL and
the Discord bot, so the three say the same thing.
"""
from __future__ import annotations

from pathlib import Path

from .layout import looks_like_caption
from .models import Answer, Quote
from .prompts import Prompts


def answer_json(answer: Answer) -> dict:
    """The JSON shape of ``ask`` (``repl --json`` adds ``rewritten``)."""
    out = {
        "question": answer.question,
        "abstained": answer.abstained,
        "quotes": [quote_json(q) for q in answer.quotes],
    }
    if answer.rewritten is not None:
        out["rewritten"] = answer.rewritten
    if answer.message:
        out["message"] = answer.message
    if answer.confidence is not None:
        out["confidence"] = answer.confidence
    if answer.missing:
        out["missing"] = answer.missing
    return out


def quote_json(q: Quote) -> dict:
    return {
        "text": q.text, "start": q.start, "end": q.end, "score": q.score, "paragraph": q.paragraph,
        "speaker": q.speaker, "article": q.article.model_dump(),
    }


def statement_json(q: Quote) -> dict:
    """The JSON shape of ``who`` and ``said`` results."""
    return {"speaker": q.speaker, "text": q.text, "start": q.start, "end": q.end, "score": q.score,
            "paragraph": q.paragraph, "article": q.article.model_dump()}


def count(n: int, noun: str) -> str:
    """"1 article", "3 articles"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def location(q: Quote) -> str:
    """Where in its article a quote is: "¶3", the standfirst (paragraph 0, under the headline), or
    the headline, byline or a picture's caption, which no paragraph holds."""
    if q.paragraph == 0:
        return "standfirst"
    if q.paragraph is not None:
        return f"¶{q.paragraph}"
    if q.start == 0 and q.text == q.article.title:
        return "headline"
    if q.article.author and q.text == q.article.author:
        return "byline"
    return "caption" if looks_like_caption(q.text) else "¶?"


def citation(prompts: Prompts, n: int, q: Quote) -> str:
    a = q.article
    return prompts.render(
        "citation", n=n, title=a.title, byline=f" — by {a.author}" if a.author else "",
        date=f", {a.date}" if a.date else "", paragraph=q.paragraph if q.paragraph is not None else "?",
        location=location(q),
        path=a.path, start=q.start, end=q.end, article_id=a.id, url=a.url or "", speaker=q.speaker or "")


def header(prompts: Prompts, answer: Answer) -> str:
    if answer.message:
        return answer.message
    if answer.kind == "who":
        return answer.question
    if answer.kind == "said":
        return prompts.render("said", phrase=answer.question, count=len(answer.quotes))
    if answer.abstained and answer.missing:
        return prompts.render("no_answer_missing", question=answer.question, missing=answer.missing,
                              count=len(answer.quotes))
    name = "no_answer" if answer.abstained else "answer"
    return prompts.render(name, question=answer.question, count=len(answer.quotes))


def answer_text(answer: Answer, prompts: Prompts) -> str:
    """Plain text: the header, then each quote as a block quote with its citation."""
    lines = [header(prompts, answer), ""]
    for n, q in enumerate(answer.quotes, 1):
        who = f"{q.speaker}: " if q.speaker else ""
        lines.append("> " + who + q.text.replace("\n", "\n> "))
        lines.append("  " + citation(prompts, n, q))
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def answer_rich(answer: Answer, prompts: Prompts):
    """A rich renderable: quotes as block quotes, the speaker in bold, the citation dim, links."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    parts = []
    if answer.rewritten and answer.rewritten != answer.question and answer.kind in ("ask", "who", "said"):
        parts.append(Text(prompts.render("asked_as", rewritten=answer.rewritten), style="dim italic"))
    head = header(prompts, answer)
    parts.append(Text(head, style="yellow" if answer.abstained else "bold"))
    for n, q in enumerate(answer.quotes, 1):
        body = Text()
        if q.speaker:
            body.append(q.speaker, style="bold")
            body.append(": ")
        body.append(q.text, style="dim" if answer.abstained else "")
        quote = Text("▌ ", style="cyan") + body
        cite = Text(citation(prompts, n, q), style="dim")
        link = q.article.url or (Path(q.article.path).resolve().as_uri() if q.article.path and Path(q.article.path).exists() else None)
        if link:
            cite.stylize(f"link {link}")
        parts.append(Padding(Group(quote, Padding(cite, (0, 0, 0, 2))), (1, 0, 0, 0)))
    return Group(*parts)
