"""Buttons under an answer that keep working after the bot restarts.

Both are ``discord.ui.DynamicItem``s: everything a click needs is in the ``custom_id``
(namespaced ``qabot:...``, at most 100 characters), or in the message the button sits on, so the
bot registers the two classes once (``Client.add_dynamic_items``) and no view state is kept.

- ``qabot:source:<article_id>:<start>:<end>`` shows the paragraph a quote comes from.
- ``qabot:more:<shown>`` asks again for the quotes after the first ``shown``; the question is
  read back from the header embed's footer (see ``format.Query``).
"""
from __future__ import annotations

import re
from typing import Any

import discord

from ..models import Quote

MAX_CUSTOM_ID = 100
MAX_SOURCE_BUTTONS = 10


class SourceButton(discord.ui.DynamicItem[discord.ui.Button],
                   template=r"qabot:source:(?P<article>[A-Za-z0-9_.\-]+):(?P<start>\d{1,9}):(?P<end>\d{1,9})"):
    """"Show source": the whole paragraph and the article's metadata, to the clicker only."""

    def __init__(self, article_id: str, start: int, end: int, label: str = "Show source", row: int | None = None) -> None:
        tail = f":{start}:{end}"
        room = MAX_CUSTOM_ID - len("qabot:source:") - len(tail)
        # an over-long id is cut to a prefix; Engine.article accepts a unique prefix
        self.article_id, self.start, self.end = article_id[:room], start, end
        super().__init__(discord.ui.Button(label=label[:80], style=discord.ButtonStyle.secondary,
                                           custom_id=f"qabot:source:{self.article_id}{tail}"), row=row)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /):
        return cls(match["article"], int(match["start"]), int(match["end"]),
                   label=getattr(item, "label", None) or "Show source")

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.client.get_cog("QA").source_button(interaction, self.article_id, self.start, self.end)


class MoreButton(discord.ui.DynamicItem[discord.ui.Button], template=r"qabot:more:(?P<shown>\d{1,3})"):
    """"More quotes": the next page of quotes for the same question, to the clicker only."""

    def __init__(self, shown: int, row: int | None = None) -> None:
        self.shown = shown
        super().__init__(discord.ui.Button(label="More quotes", style=discord.ButtonStyle.primary,
                                           custom_id=f"qabot:more:{shown}"), row=row)

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /):
        return cls(int(match["shown"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        await interaction.client.get_cog("QA").more_button(interaction, self.shown)


def answer_view(quotes: list[tuple[int, Quote]], more_after: int | None) -> discord.ui.View | None:
    """Buttons for a page of quotes: "Source N" for each (five to a row), then "More quotes"
    when ``more_after`` (the quotes shown so far) is given. None when there are no buttons."""
    view = discord.ui.View(timeout=None)
    for i, (n, q) in enumerate(quotes[:MAX_SOURCE_BUTTONS]):
        view.add_item(SourceButton(q.article.id, q.start, q.end, label=f"Source {n}", row=i // 5))
    if more_after is not None:
        view.add_item(MoreButton(more_after, row=min(4, (min(len(quotes), MAX_SOURCE_BUTTONS) + 4) // 5)))
    return view if view.children else None
