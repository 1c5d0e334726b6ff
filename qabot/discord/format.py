"""Answers -> Discord payloads: embeds within Discord's limits, with quoted text made harmless.

Pure functions of the ``Answer`` / ``Article`` and the prompt templates (the wording comes from
``prompts/`` through ``qabot.render``), so they can be tested without a gateway.

Discord's limits (developer docs, "Embed Limits" and "Create Message")::

    message content        2,000    embeds per message        10
    embed title              256    embed description      4,096
    fields per embed          25    field name / value   256 / 1,024
    footer text            2,048    author name              256
    all embeds of a message together (title, description, field names and values,
    footer text, author name)                               6,000

Quoted text is escaped (``escape``) so that ``@everyone``, ``@here``, ``<@id>``, ``<@&id>`` and
markdown (``**``, backticks, ``> ``, ``#``, ``-``, masked links, ``||``) show literally and cannot
end the block quote, open a code block or ping anyone. ``allowed_mentions=AllowedMentions.none()``
is set on every send as well; escaping is the second fence, not the only one.

Long text is trimmed at a sentence end (else at a word break) and ends with ``TRIMMED`` (" …");
the "Show source" button / ``/source`` gives the whole paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterable

import discord

from ..models import Answer, Article, Quote
from ..prompts import Prompts
from ..render import citation, header

CONTENT = 2000
EMBEDS = 10
TITLE = 256
DESCRIPTION = 4096
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
AUTHOR = 256
TOTAL = 6000
TRIMMED = " …"

# headroom under the 6,000 total, for our own rounding
_TOTAL_BUDGET = TOTAL - 50
# quote embeds per message: one embed is the header
MAX_QUOTE_EMBEDS = EMBEDS - 1

COLOUR_ANSWER = discord.Colour.blurple()
COLOUR_NO_ANSWER = discord.Colour.light_grey()
COLOUR_SOURCE = discord.Colour.teal()
COLOUR_HELP = discord.Colour.blurple()

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*")
_SPACE = re.compile(r"\s")
_ANGLE = re.compile(r"<(?=[#/:]|a:|t:)")
_ZWSP = "\u200b"


# -- text ------------------------------------------------------------------------------------
def escape(text: str) -> str:
    """``text`` with Discord markdown and mentions neutralised, so it shows literally.

    ``discord.utils.escape_markdown`` handles ``* _ ~ | ` \\`` and line-start ``>``, ``#``, ``-``
    and masked links; a zero-width space after every ``@`` stops ``@everyone``, ``@here``,
    ``<@id>``, ``<@!id>`` and ``<@&id>`` (whatever the length of the id, which
    ``escape_mentions`` does not cover), and one after ``<`` stops channel, command, emoji and
    timestamp tags. Each line is escaped on its own, with its leading white space removed, so
    line-start markdown is caught wherever it sits.
    """
    lines = [discord.utils.escape_markdown(line.lstrip()) for line in text.split("\n")]
    out = "\n".join(lines).replace("@", "@" + _ZWSP)
    return _ANGLE.sub("<" + _ZWSP, out)


def _cut(text: str, room: int) -> str:
    """The longest head of ``text`` of at most ``room`` characters ending at a sentence end,
    else at a word break; a hard cut only when a single word is longer than half the room."""
    if room <= 0:
        return ""
    head = text[:room]
    best = None
    for m in _SENTENCE_END.finditer(head):
        end = m.end()
        if end == len(text) or (end < len(text) and text[end].isspace()):
            best = end
    if best is not None and best >= room // 2:
        return head[:best]
    spaces = [m.start() for m in _SPACE.finditer(text[: room + 1])]
    if spaces and spaces[-1] >= room // 3:
        return head[: spaces[-1]].rstrip()
    if best is not None:
        return head[:best]
    return head


def trim(text: str, limit: int, more: str = TRIMMED) -> str:
    """``text`` if it fits in ``limit`` characters, else its head cut at a sentence end (or a
    word break) followed by ``more``; never cut mid-word without the sign."""
    if len(text) <= limit:
        return text
    if limit <= len(more):
        return more.strip()[:limit]
    return _cut(text, limit - len(more)).rstrip() + more


def fit_escaped(text: str, limit: int, wrap=lambda s: s, more: str = TRIMMED) -> str:
    """``wrap(escape(text))``, with ``text`` trimmed (before escaping, so no escape sequence is
    split) until the result, plus ``more`` when trimmed, is at most ``limit`` characters."""
    out = wrap(escape(text))
    if len(out) <= limit:
        return out
    room = min(len(text), limit)
    while room > 0:
        head = _cut(text, room).rstrip()
        out = wrap(escape(head)) + more
        if len(out) <= limit:
            return out
        room -= max(1, len(out) - limit)
    return more.strip()[:limit]


def block_quote(text: str) -> str:
    """Already-escaped ``text`` as a Discord block quote: every non-blank line starts ``> ``."""
    lines = [line for line in text.split("\n") if line.strip()]
    return "\n".join("> " + line for line in lines) or "> …"


def plain(text: str, limit: int) -> str:
    """Text for fields Discord shows without markdown (author name, footer): white space folded,
    trimmed to ``limit``."""
    return trim(" ".join(text.split()), limit)


# -- state carried by a message, for the "more quotes" button -----------------------------------
@dataclass(frozen=True)
class Query:
    """What an answer message answered, so "more quotes" can ask again after a restart.

    It is written in the header embed's footer (plain text, shown to people as "asked: …"),
    and read back from the message the button is on.
    """

    kind: str  # "ask", "who" or "said"
    text: str  # the question (as rewritten, for follow-ups), the name, or the phrase
    topic: str | None = None  # who's topic

    PREFIX = {"ask": "asked: ", "who": "who: ", "said": "said: "}
    TOPIC = "about: "
    MAX = 1000  # longer queries are not written (no "more" button then)

    def footer(self) -> str | None:
        """The footer text, or None when the query is too long to carry."""
        if len(self.text) + len(self.topic or "") > self.MAX or "\n" in self.text:
            return None
        out = self.PREFIX[self.kind] + self.text
        if self.topic:
            out += "\n" + self.TOPIC + self.topic
        # footers show no markdown and never ping, but keep mention-like text inert all the same
        return _ANGLE.sub("<" + _ZWSP, out.replace("@", "@" + _ZWSP))

    @classmethod
    def from_footer(cls, text: str | None) -> "Query | None":
        """The query a footer written by ``footer`` carries, or None."""
        if not text:
            return None
        lines = text.replace(_ZWSP, "").split("\n")
        for kind, prefix in cls.PREFIX.items():
            if lines[0].startswith(prefix):
                topic = None
                if len(lines) > 1 and lines[1].startswith(cls.TOPIC):
                    topic = lines[1][len(cls.TOPIC):] or None
                text = lines[0][len(prefix):]
                return cls(kind, text, topic) if text else None
        return None


# -- payloads --------------------------------------------------------------------------------
@dataclass
class Page:
    """One message's worth of an answer: the embeds, and the quotes they show (for buttons)."""

    embeds: list[discord.Embed]
    quotes: list[tuple[int, Quote]]  # (number, quote) shown
    more: bool  # whether there may be more quotes to ask for


def _http_url(url: str | None) -> str | None:
    if url and re.match(r"https?://\S+$", url) and len(url) <= 2000:
        return url
    return None


def quote_ref(q: Quote) -> str:
    """The ``/source`` argument that opens ``q``'s paragraph: ``ARTICLE_ID:START:END``."""
    return f"{q.article.id}:{q.start}:{q.end}"


def _public(q: Quote) -> Quote:
    """``q`` with its article's path cut to the file name: the server's folders stay private."""
    if not q.article.path:
        return q
    return q.model_copy(update={"article": q.article.model_copy(update={"path": PurePath(q.article.path).name})})


def _quote_embed(prompts: Prompts, n: int, q: Quote, budget: int, colour: discord.Colour) -> discord.Embed:
    a = q.article
    cite = fit_escaped(citation(prompts, n, _public(q)), 600)
    title = fit_escaped(f"[{n}] {a.title}", TITLE)
    room = min(DESCRIPTION, budget) - len(cite) - 2
    body = fit_escaped(q.text, max(room, 40), wrap=block_quote)
    embed = discord.Embed(title=title, url=_http_url(a.url), description=f"{body}\n\n{cite}", colour=colour)
    if q.speaker:
        embed.set_author(name=plain(q.speaker, 100))
    embed.set_footer(text=plain(f"/source {quote_ref(q)}", 200))
    return embed


def answer_page(prompts: Prompts, answer: Answer, *, query: Query | None = None, first: int = 1,
                page_size: int | None = None, more: bool = False) -> Page:
    """The embeds for ``answer``: a header embed, then one embed per quote (numbered from
    ``first``), all within Discord's limits.

    Args:
        prompts: the templates (header and citation wording).
        answer: what the engine returned.
        query: written into the header's footer so "more quotes" can ask again; None for none.
        first: the number of the first quote (for "more quotes" pages).
        page_size: at most this many quotes (and never more than 9, one embed each).
        more: whether there are more quotes than ``page_size`` (callers ask for one extra).

    Returns:
        The page; ``page.more`` is False when the query could not be carried.
    """
    head = answer.message if answer.message else header(prompts, answer)
    if answer.rewritten and answer.rewritten != answer.question:
        head += f"\n(asked as: {answer.rewritten})"
    colour = COLOUR_NO_ANSWER if answer.abstained else COLOUR_ANSWER
    top = discord.Embed(description=fit_escaped(head, 1500), colour=colour)
    footer = query.footer() if query else None
    if footer:
        top.set_footer(text=footer)
    limit = min(page_size or MAX_QUOTE_EMBEDS, MAX_QUOTE_EMBEDS)
    shown = list(enumerate(answer.quotes[:limit], first))
    budget = DESCRIPTION
    while True:
        embeds = [top] + [_quote_embed(prompts, n, q, budget, colour) for n, q in shown]
        total = sum(len(e) for e in embeds)
        if total <= _TOTAL_BUDGET or not shown:
            break
        if budget <= 200:
            shown = shown[:-1]  # cannot shrink further: show fewer quotes
            budget = DESCRIPTION
            continue
        per = max(200, budget - (total - _TOTAL_BUDGET) // len(shown) - 1)
        budget = min(per, budget - 1)
    dropped = len(shown) < min(limit, len(answer.quotes))  # the 6,000 limit left some out
    return Page(embeds=embeds, quotes=shown, more=bool((more or dropped) and footer and not answer.abstained))


def source_embed(article: Article, start: int | None = None, end: int | None = None) -> discord.Embed:
    """An article's metadata and the paragraph holding ``[start:end]`` (the cited span in bold),
    or the article's opening when no span is given."""
    text = article.text
    embed = discord.Embed(title=fit_escaped(article.title, TITLE), url=_http_url(article.url), colour=COLOUR_SOURCE)
    for name, value in (("By", article.author), ("Date", article.date), ("Source", article.source)):
        if value:
            embed.add_field(name=name, value=fit_escaped(value, FIELD_VALUE), inline=True)
    paras = article.paragraphs
    if start is not None and end is not None and 0 <= start < end <= len(text):
        covering = [p for p in paras if p.start < end and start < p.end] or []
        lo = min([p.start for p in covering] + [start])
        hi = max([p.end for p in covering] + [end])
        numbers = [p.number for p in covering]
        label = "¶" + (f"{numbers[0]}" if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}") if numbers else ""
        body = _highlighted(text, lo, hi, start, end, 3500)
        embed.description = (f"{label}\n" if label else "") + body
        embed.add_field(name="Citation", value=fit_escaped(f"{article.id}:{start}:{end}", FIELD_VALUE), inline=False)
    else:
        opening = [p for p in paras if p.number >= 0][:3]
        raw = "\n".join(text[p.start:p.end] for p in opening) if opening else text[:3000]
        embed.description = fit_escaped(raw, 3500, wrap=block_quote)
        embed.add_field(name="Article", value=fit_escaped(article.id, FIELD_VALUE), inline=False)
    if article.path:
        embed.set_footer(text=plain(PurePath(article.path).name, 300))
    return embed


def _highlighted(text: str, lo: int, hi: int, start: int, end: int, limit: int) -> str:
    """``text[lo:hi]`` as a block quote with ``text[start:end]`` in bold, within ``limit``."""
    # keep the cited span in view: drop leading context first, then trailing
    if len(escape(text[lo:hi])) > limit - 10 and start - lo > limit // 4:
        lo = max(lo, start - limit // 4)
        while lo < start and not text[lo - 1].isspace():
            lo += 1
    before, cited, after = text[lo:start], text[start:end], text[end:hi]
    prefix = "… " if lo > 0 and before and not text[lo - 1] == "\n" else ""

    def render(c: str, a: str, cut: bool) -> str:
        parts = escape(before)
        mid = escape(c)
        mid = "\n".join(f"**{line}**" if line.strip() else line for line in mid.split("\n"))
        out = block_quote(prefix + parts + mid + escape(a))
        return out + (TRIMMED if cut else "")

    out = render(cited, after, False)
    if len(out) <= limit:
        return out
    keep = len(after)
    while keep > 0:
        keep = len(_cut(after, max(0, keep - (len(out) - limit) - 1)))
        out = render(cited, after[:keep].rstrip(), True)
        if len(out) <= limit:
            return out
        if keep == 0:
            break
    room = len(cited)
    while room > 0:
        room -= max(1, len(out) - limit)
        out = render(_cut(cited, room).rstrip(), "", True)
        if len(out) <= limit:
            return out
    return TRIMMED.strip()


def help_embed(prompts: Prompts, articles: int, commands: Iterable[tuple[str, str]],
               mentions_only: bool, dms: bool) -> discord.Embed:
    """The /help text: the opening paragraph of the ``help`` template (its command list is the
    REPL's), then the slash commands as the command tree describes them, and how mentions work."""
    text = prompts.render("help", articles=articles, store="this server's qabot store")
    intro = text.strip().split("\n\n")[0]
    embed = discord.Embed(title="qabot", description=fit_escaped(intro, DESCRIPTION), colour=COLOUR_HELP)
    lines = [f"/{name} — {desc}" for name, desc in commands]
    embed.add_field(name="Slash commands", value=fit_escaped("\n".join(lines), FIELD_VALUE), inline=False)
    threads = ("messages that mention me" if mentions_only else "every message")
    embed.add_field(name="Mentions and threads", value=trim(
        f"Mention me with a question in a channel and I answer in a new thread; in that thread, "
        f"{threads} continues the conversation." + (" Direct messages work too." if dms else ""),
        FIELD_VALUE), inline=False)
    return embed


def error_text(message: str, ref: str | None = None) -> str:
    """A short message for an ephemeral reply, with the correlation id when there is one."""
    out = escape(" ".join(message.split()))
    if ref:
        out = trim(out, CONTENT - 40) + f" (ref `{ref}`)"
    return trim(out, CONTENT)


# -- limits ----------------------------------------------------------------------------------
def problems(content: str | None = None, embeds: Iterable[discord.Embed] = (), view=None) -> list[str]:
    """Every way a message payload breaks Discord's limits (empty when it fits)."""
    out = []
    embeds = list(embeds)
    if content is not None and len(content) > CONTENT:
        out.append(f"content is {len(content)} > {CONTENT}")
    if len(embeds) > EMBEDS:
        out.append(f"{len(embeds)} embeds > {EMBEDS}")
    total = 0
    for i, e in enumerate(embeds):
        total += len(e)
        checks = [("title", e.title, TITLE), ("description", e.description, DESCRIPTION),
                  ("footer", e.footer.text, FOOTER), ("author", e.author.name, AUTHOR)]
        for name, value, limit in checks:
            if value is not None and len(value) > limit:
                out.append(f"embed {i} {name} is {len(value)} > {limit}")
        if len(e.fields) > FIELDS:
            out.append(f"embed {i} has {len(e.fields)} fields > {FIELDS}")
        for f in e.fields:
            if len(f.name or "") > FIELD_NAME or not f.name:
                out.append(f"embed {i} field name {f.name!r} is empty or > {FIELD_NAME}")
            if len(f.value or "") > FIELD_VALUE or not f.value:
                out.append(f"embed {i} field {f.name!r} value is empty or {len(f.value or '')} > {FIELD_VALUE}")
    if total > TOTAL:
        out.append(f"embeds total {total} > {TOTAL}")
    if view is not None:
        items = list(view.children)
        if len(items) > 25:
            out.append(f"{len(items)} components > 25")
        for item in items:
            item = getattr(item, "item", item)  # a DynamicItem wraps its button
            cid = getattr(item, "custom_id", None)
            if cid is not None and len(cid) > 100:
                out.append(f"custom_id {cid!r} > 100")
            label = getattr(item, "label", None)
            if label is not None and len(label) > 80:
                out.append(f"label {label!r} > 80")
    return out
