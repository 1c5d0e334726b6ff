"""Slash commands, mentions, threads and buttons: parse, check, defer, call the engine off the
event loop, render with ``format``, send with no mentions allowed.

Every interaction goes: allow-list -> rate limit -> cheap input check (each answered at once,
ephemeral) -> ``response.defer`` -> the engine on the bot's thread pool -> ``followup.send``.
Errors reach the user as one short ephemeral line; unexpected ones carry a correlation id that
is in the log with the full traceback.
"""
from __future__ import annotations

import logging
import re
import uuid
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ...engine import clean_question
from ...errors import QabotError, QuestionError
from ...models import Answer
from .. import format as fmt
from ..views import answer_view

log = logging.getLogger("qabot.discord")
NONE = discord.AllowedMentions.none()
#: quotes per page for /who and /said (for /ask: the ``top_k`` setting)
LOOKUP_PAGE = 5
#: "more quotes" stops here
MAX_QUOTES = 20
THREAD_TYPES = (discord.ChannelType.public_thread, discord.ChannelType.private_thread,
                discord.ChannelType.news_thread)
_REF = re.compile(r"\s*(?P<id>[A-Za-z0-9_.\-]+?)(?:[:\s](?P<start>\d+)[:\-](?P<end>\d+)|\s*(?:#|¶|:p)\s*(?P<para>\d+))?\s*")


def new_ref() -> str:
    """A short correlation id for an error, shown to the user and written to the log."""
    return uuid.uuid4().hex[:8]


class QA(commands.Cog, name="QA"):
    """/ask, /who, /said, /source, /help; @mentions answered in threads; the answer buttons."""

    def __init__(self, bot) -> None:
        self.bot = bot

    # -- slash commands ----------------------------------------------------------------------
    @app_commands.command(name="ask", description="Ask about the news articles; the answer quotes them word for word")
    @app_commands.describe(question="Your question, e.g. What did Amber Rudd say about WhatsApp?")
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        await self.answer_command(interaction, fmt.Query("ask", question))

    @app_commands.command(name="who", description="What a person said in the articles, on a topic if you give one")
    @app_commands.describe(name="The person, e.g. Amber Rudd", topic="Only what they said about this, e.g. encryption")
    async def who(self, interaction: discord.Interaction, name: str, topic: str | None = None) -> None:
        await self.answer_command(interaction, fmt.Query("who", name, topic))

    @app_commands.command(name="said", description="Who said a phrase, word for word or in other words")
    @app_commands.describe(phrase="The words, e.g. no place for terrorists to hide")
    async def said(self, interaction: discord.Interaction, phrase: str) -> None:
        await self.answer_command(interaction, fmt.Query("said", phrase))

    @app_commands.command(name="source", description="The whole paragraph and article details for a citation")
    @app_commands.describe(id="The citation under a quote (ARTICLE:START:END), or an article id")
    async def source(self, interaction: discord.Interaction, id: str) -> None:
        m = _REF.fullmatch(id or "")
        if not m:
            await self._refuse(interaction, "Give the citation shown under a quote, like "
                                            "`westminster-whatsapp-1a2b3c:120:240`, or an article id.", raw=True)
            return
        if not await self._admit(interaction):
            return
        await interaction.response.defer(thinking=True)
        try:
            art = await self.bot.call(self.bot.engine.article, m["id"])
            start, end = _span(art, m)
            await self._followup(interaction, embeds=[fmt.source_embed(art, start, end)])
        except Exception as exc:
            await self._fail(interaction, exc, "source")

    @app_commands.command(name="help", description="What qabot can do and how to ask")
    async def help(self, interaction: discord.Interaction) -> None:
        if not await self._admit(interaction, rate=False):
            return
        await interaction.response.defer(thinking=True, ephemeral=True)
        try:
            await self._followup(interaction, embeds=[await self.help_embed()], ephemeral=True)
        except Exception as exc:
            await self._fail(interaction, exc, "help")

    async def help_embed(self) -> discord.Embed:
        try:
            count = await self.bot.call(lambda: len(self.bot.engine.index().articles))
        except QabotError:
            count = 0
        commands_ = [(c.name, c.description) for c in self.bot.tree.get_commands()
                     if isinstance(c, app_commands.Command)]
        return fmt.help_embed(self.bot.prompts, count, commands_, self.bot.settings.discord_thread_mentions_only,
                              self.bot.settings.discord_dms)

    # -- the steps ---------------------------------------------------------------------------
    async def _admit(self, interaction: discord.Interaction, rate: bool = True) -> bool:
        """Allow-list and rate limit; refuses (ephemeral, at once) and returns False when not."""
        parent = getattr(interaction.channel, "parent_id", None)
        reason = self.bot.gate(interaction.guild_id, interaction.channel_id, parent)
        if reason is None and rate:
            reason = self.bot.limits.acquire(interaction.user.id, interaction.channel_id)
        if reason is not None:
            await self._refuse(interaction, reason)
            return False
        return True

    async def _refuse(self, interaction: discord.Interaction, message: str, raw: bool = False) -> None:
        """An ephemeral one-liner instead of an answer; ``raw`` for our own text with markdown."""
        await interaction.response.send_message(message if raw else fmt.error_text(message),
                                                ephemeral=True, allowed_mentions=NONE)

    async def _followup(self, interaction: discord.Interaction, *, embeds: list[discord.Embed],
                        view: discord.ui.View | None = None, ephemeral: bool = False) -> None:
        kwargs: dict[str, Any] = {"embeds": embeds, "allowed_mentions": NONE, "ephemeral": ephemeral}
        if view is not None:
            kwargs["view"] = view
        await interaction.followup.send(**kwargs)

    async def _fail(self, interaction: discord.Interaction, exc: BaseException, what: str) -> None:
        """Tell the user in one ephemeral line; log unexpected errors with a correlation id."""
        if getattr(exc, "_qabot_ref", None):
            return  # already told (raise_errors re-raised it)
        if isinstance(exc, QabotError):
            ref, message = None, str(exc)
        else:
            ref = new_ref()
            try:
                exc._qabot_ref = ref
            except AttributeError:
                pass
            log.error("[%s] %s failed (user %s, guild %s, channel %s)", ref, what,
                      getattr(interaction.user, "id", None), interaction.guild_id, interaction.channel_id,
                      exc_info=exc)
            message = "Sorry, something went wrong on my side; it has been logged."
        try:
            if interaction.response.is_done():
                # the first follow-up after a public defer would be public: drop the "thinking" message first
                try:
                    await interaction.delete_original_response()
                except discord.HTTPException:
                    pass
                await interaction.followup.send(fmt.error_text(message, ref), ephemeral=True, allowed_mentions=NONE)
            else:
                await interaction.response.send_message(fmt.error_text(message, ref), ephemeral=True,
                                                        allowed_mentions=NONE)
        except discord.HTTPException:
            log.warning("[%s] could not tell the user about the error", ref)
        if ref and self.bot.settings.raise_errors:
            raise exc

    async def cog_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        original = getattr(error, "original", error)
        await self._fail(interaction, original, f"/{interaction.command.name if interaction.command else '?'}")

    # -- answers -----------------------------------------------------------------------------
    def page_size(self, kind: str) -> int:
        return self.bot.settings.top_k if kind == "ask" else LOOKUP_PAGE

    def _lookup(self, query: fmt.Query, k: int) -> Answer:
        """Runs on the thread pool: the engine call for ``query``."""
        engine = self.bot.engine
        if query.kind == "who":
            return engine.who(query.text, query.topic, k=k)
        if query.kind == "said":
            return engine.said(query.text, k=k)
        return engine.ask(query.text, k=k)

    async def answer_command(self, interaction: discord.Interaction, query: fmt.Query) -> None:
        """/ask, /who and /said: check, defer, look up off the loop, send the answer."""
        max_chars = self.bot.settings.max_question_chars
        try:  # cheap, so a bad question gets its ephemeral answer before any deferral
            text = clean_question(query.text, max_chars)
            topic = clean_question(query.topic, max_chars) if query.topic and query.topic.strip() else None
        except QuestionError as exc:
            await self._refuse(interaction, str(exc))
            return
        query = fmt.Query(query.kind, text, topic)
        if not await self._admit(interaction):
            return
        await interaction.response.defer(thinking=True)
        try:
            k = self.page_size(query.kind)
            if query.kind == "ask" and self._in_conversation(interaction):
                conv, lock = self.bot.conversation(interaction.channel_id)
                async with lock:
                    answer = await self.bot.call(conv.ask, self.bot.engine, text, k)
                embeds, view = self.render(answer, query, k, extra=False)
            else:
                # one quote more than a page: "more quotes" is offered only when there are more
                answer = await self.bot.call(self._lookup, query, k + 1)
                embeds, view = self.render(answer, query, k)
            await self._followup(interaction, embeds=embeds, view=view)
        except Exception as exc:
            await self._fail(interaction, exc, f"/{query.kind}")

    def _in_conversation(self, interaction: discord.Interaction) -> bool:
        """/ask in a thread (or DM) continues that thread's conversation."""
        channel = interaction.channel
        return interaction.guild_id is None or getattr(channel, "type", None) in THREAD_TYPES

    def render(self, answer: Answer, query: fmt.Query | None, k: int, first: int = 1, extra: bool = True
               ) -> tuple[list[discord.Embed], discord.ui.View | None]:
        """The embeds and buttons for an answer, at most ``k`` quotes of it.

        "More quotes" is offered when the answer holds more than ``k`` quotes (``extra``: the
        caller asked for one more than it shows) or, for a conversation turn (which must record
        exactly the quotes shown, so "the last quote" means the last one seen), a full page.
        """
        if query is not None and query.kind == "ask" and answer.kind not in ("ask",):
            query = None  # conversation turns about an earlier quote: nothing to page through
        elif query is not None and query.kind == "ask":
            query = fmt.Query("ask", answer.rewritten or answer.question)
        full = (len(answer.quotes) > k if extra else len(answer.quotes) >= k) and first - 1 + k < MAX_QUOTES
        page = fmt.answer_page(self.bot.prompts, answer, query=query, first=first, page_size=k, more=full)
        shown = first - 1 + len(page.quotes)
        return page.embeds, answer_view(page.quotes, shown if page.more else None)

    # -- buttons -----------------------------------------------------------------------------
    async def source_button(self, interaction: discord.Interaction, article_id: str, start: int, end: int) -> None:
        """"Show source": the paragraph of a quote, to the clicker only."""
        if not await self._admit(interaction, rate=False):
            return
        await interaction.response.defer(thinking=True, ephemeral=True)
        try:
            art = await self.bot.call(self.bot.engine.article, article_id)
            ok = 0 <= start < end <= len(art.text)
            await self._followup(interaction, embeds=[fmt.source_embed(art, start if ok else None, end if ok else None)],
                                 ephemeral=True)
        except Exception as exc:
            await self._fail(interaction, exc, "source button")

    async def more_button(self, interaction: discord.Interaction, shown: int) -> None:
        """"More quotes": the next page for the question the message answered, to the clicker only."""
        message = interaction.message
        embeds = message.embeds if message is not None else []
        query = fmt.Query.from_footer(embeds[0].footer.text if embeds else None)
        if query is None:
            await self._refuse(interaction, "I can't tell which question this was; ask it again with /ask.")
            return
        if not await self._admit(interaction):
            return
        await interaction.response.defer(thinking=True, ephemeral=True)
        try:
            size = self.page_size(query.kind)
            answer = await self.bot.call(self._lookup, query, min(MAX_QUOTES, shown + size) + 1)
            rest = answer.quotes[shown:]
            if not rest:
                raise QabotError("There are no more quotes for this question.")
            answer = answer.model_copy(update={"quotes": rest})
            embeds, view = self.render(answer, query, size, first=shown + 1)
            await self._followup(interaction, embeds=embeds, view=view, ephemeral=True)
        except Exception as exc:
            await self._fail(interaction, exc, "more button")

    # -- mentions, threads and DMs ---------------------------------------------------------
    @commands.Cog.listener("on_message")
    async def on_message(self, message: discord.Message) -> None:
        """A mention in a channel opens a thread on the message and answers there; in the bot's
        threads (and DMs), messages are the conversation's next turns."""
        bot = self.bot
        me = bot.user_id
        if me is None or message.author.bot or message.author.id == me \
                or message.type not in (discord.MessageType.default, discord.MessageType.reply):
            return  # bots (no loops), and system messages such as "thread created"
        mentioned = any(getattr(u, "id", None) == me for u in message.mentions)
        channel = message.channel
        in_thread = getattr(channel, "type", None) in THREAD_TYPES
        if message.guild is None:
            if not bot.settings.discord_dms:
                return
            target, key = channel, channel.id
        elif in_thread:
            ours = channel.id in bot.conversations or getattr(channel, "owner_id", None) == me
            if not (mentioned or (ours and not bot.settings.discord_thread_mentions_only)):
                return
            target, key = channel, channel.id
        elif mentioned:
            target, key = None, None
        else:
            return
        guild_id = message.guild.id if message.guild else None
        reason = bot.gate(guild_id, channel.id, getattr(channel, "parent_id", None))
        if reason is not None:
            if mentioned:
                await self._reply(message, reason)
            return
        question = _strip_mention(message.content or "", me)
        if not question:  # a bare mention gets the help; an image alone in a thread, nothing
            if mentioned:
                await (target or channel).send(embeds=[await self.help_embed()], allowed_mentions=NONE)
            return
        try:
            question = clean_question(question, bot.settings.max_question_chars)
        except QuestionError as exc:
            await self._reply(message, str(exc))
            return
        limited = bot.limits.acquire(message.author.id, channel.id)
        if limited is not None:
            await self._reply(message, limited)
            return
        if target is None:
            target = await self._open_thread(message, question)
            key = target.id if target is not message.channel else None
        await self.answer_turn(target, key, question)

    async def _open_thread(self, message: discord.Message, question: str):
        """A thread on ``message`` named after the question, or the channel when one cannot be made."""
        try:
            return await message.create_thread(name=fmt.plain(question, 100), auto_archive_duration=1440)
        except discord.HTTPException as exc:
            log.warning("cannot start a thread in channel %s (%s); answering in the channel", message.channel.id,
                        type(exc).__name__)
            return message.channel

    async def answer_turn(self, target, key: int | None, question: str) -> None:
        """Answer ``question`` in ``target`` as the next turn of conversation ``key`` (a thread or
        DM channel id; None: on its own)."""
        bot = self.bot
        k = self.page_size("ask")
        try:
            if key is None:
                answer = await bot.call(bot.engine.ask, question, k=k + 1)
            else:
                conv, lock = bot.conversation(key)
                async with lock:
                    answer = await bot.call(conv.ask, bot.engine, question, k)
            embeds, view = self.render(answer, fmt.Query("ask", question), k, extra=key is None)
            kwargs: dict[str, Any] = {"embeds": embeds, "allowed_mentions": NONE}
            if view is not None:
                kwargs["view"] = view
            await target.send(**kwargs)
        except Exception as exc:
            if isinstance(exc, QabotError):
                ref, text = None, str(exc)
            else:
                ref = new_ref()
                log.error("[%s] answering a message failed (channel %s)", ref, getattr(target, "id", None), exc_info=exc)
                text = "Sorry, something went wrong on my side; it has been logged."
            try:
                await target.send(fmt.error_text(text, ref), allowed_mentions=NONE)
            except discord.HTTPException:
                log.warning("[%s] could not tell the user about the error", ref)
            if ref and bot.settings.raise_errors:
                raise

    async def _reply(self, message: discord.Message, text: str) -> None:
        try:
            await message.reply(fmt.error_text(text), mention_author=False, allowed_mentions=NONE, delete_after=30)
        except discord.HTTPException:
            log.warning("could not reply to message %s", message.id)


def _strip_mention(content: str, me: int) -> str:
    return re.sub(rf"<@!?{me}>", " ", content).strip()


def _span(art, m: re.Match) -> tuple[int | None, int | None]:
    if m["start"] is not None:
        start, end = int(m["start"]), int(m["end"])
        if not 0 <= start < end <= len(art.text):
            raise QabotError(f"{start}:{end} is outside the article {art.id} (0:{len(art.text)})")
        return start, end
    if m["para"] is not None:
        n = int(m["para"])
        para = next((p for p in art.paragraphs if p.number == n), None)
        if para is None:
            raise QabotError(f"the article {art.id} has no paragraph {n}")
        return para.start, para.end
    return None, None
