"""The Discord bot at its boundary: real discord.py types, a real engine and store, no gateway.

Interactions are real ``discord.Interaction``s built from gateway payloads (as discord.py's own
``test_app_commands_invoke.py`` does) and dispatched through the real command tree and view
store; only their three outbound calls (``response``, ``followup``, ``delete_original_response``)
are recorded instead of sent, and each recorded call is checked against the signature of the real
discord.py method it stands for. Messages, threads and DM channels are real discord.py objects
whose ``send`` / ``create_thread`` / ``reply`` are recorded the same way.
"""
from __future__ import annotations

import asyncio
import inspect
import itertools
import logging
import os
import re
import time

import discord
import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st

from qabot.config import Settings
from qabot.discord import format as fmt
from qabot.discord.bot import QabotBot, RedactToken, read_token, run_bot
from qabot.discord.ratelimit import Limits, RateLimit, parse_rate
from qabot.discord.views import MoreButton, SourceButton
from qabot.errors import QabotError
from qabot.models import Answer, ArticleRef, Quote

TOKEN = "MTA4OTk5OTk5OTk5OTk5OTk5OQ.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"
BOT_ID = 999_000_000_000_000_001
GUILD, CHANNEL = 10, 20
NONE = discord.AllowedMentions.none().to_dict()

HOSTILE = """\
Pigeon club row: **bold** claims @everyone <@&456> should read

A standfirst with @here and ``` fences that never close.
Mallory Tester ,
The rooftop pigeon club met on Friday to discuss <@123> and the **new loft** with @everyone watching.

"Everyone should see this @everyone @here <@123> <@&456> **bold** ```code``` > quote and ||spoiler|| [click](https://evil.example/phish)," Mallory Tester said about the pigeon loft.

> This paragraph starts like a block quote and tries to end the quote **early about the pigeon loft.

# A heading about the pigeon loft that should not render

- a list item about the pigeon loft ||spoiler|| [click](https://evil.example/phish) -# subtext

"The pigeons are fine ``` and nothing ``` can break out `here` <#789> </ask:1> <t:1700000000>," said club secretary Zed Quill about the pigeon loft.
"""

LONG_SENTENCES = " ".join(
    f"The canal restoration volunteers cleared section {i} of the towpath, removing reeds, silt and "
    f"shopping trolleys before the lock gates at bridge {i} were repainted in heritage green." for i in range(1, 45))
LONG = f"""\
Canal restoration reaches the final lock

Volunteers finish a decade of work on the old canal.
Ada Lovell ,
{LONG_SENTENCES}

{"Supercalifragilistic" * 260} is what the lock keeper shouted when the canal restoration volunteers finished.
"""


# -- fixtures ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def loaded(embedder, tmp_path_factory):
    """One real engine over the fixture corpus plus a hostile and a very long article."""
    from qabot.engine import Engine

    import shutil

    from tests.conftest import FIXTURES, SEED

    root = tmp_path_factory.mktemp("discord")
    corpus = root / "corpus"

    shutil.copytree(FIXTURES / "corpus", corpus)
    shutil.copy(SEED, corpus / SEED.name)
    (corpus / "pigeons.txt").write_text(HOSTILE, encoding="utf-8")
    (corpus / "canal.txt").write_text(LONG, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        for key in list(os.environ):
            if key.startswith("QABOT_"):
                mp.delenv(key)
        settings = Settings(store=root / "store")
    engine = Engine(settings, embedder=embedder)
    report = engine.ingest([corpus])
    assert report.failed == 0
    engine.ask("warm up")  # build the in-memory views once
    return engine


def make_bot(engine, **overrides) -> QabotBot:
    overrides = {"discord_user_rate": "1000/60", "discord_channel_rate": "1000/60", **overrides}
    settings = engine.settings.model_copy(update=overrides)
    bot = QabotBot(engine, settings)
    bot._connection.user = discord.ClientUser(state=bot._connection, data={
        "id": str(BOT_ID), "username": "qabot", "discriminator": "0", "avatar": None, "bot": True})
    return bot


def run(coro_fn, *args):
    """Run an async test body on a fresh loop."""
    return asyncio.run(coro_fn(*args))


async def installed(engine, **overrides) -> QabotBot:
    bot = make_bot(engine, **overrides)
    await bot.install()
    return bot


# -- recorders: real discord.py objects whose outbound calls are recorded ------------------------
def _check_call(real, kwargs: dict) -> None:
    """The recorded call must be one the real discord.py method accepts."""
    inspect.signature(real).bind(None, **kwargs)


class Response:
    def __init__(self, events: list) -> None:
        self.events = events
        self._done = False

    def is_done(self) -> bool:
        return self._done

    async def defer(self, **kwargs) -> None:
        _check_call(discord.InteractionResponse.defer, kwargs)
        assert not self._done, "responded twice"
        self._done = True
        self.events.append(("defer", kwargs))

    async def send_message(self, content=None, **kwargs) -> None:
        _check_call(discord.InteractionResponse.send_message, kwargs)
        assert not self._done, "responded twice"
        self._done = True
        self.events.append(("send_message", dict(kwargs, content=content)))


class Followup:
    def __init__(self, events: list) -> None:
        self.events = events

    async def send(self, content=None, **kwargs) -> None:
        _check_call(discord.Webhook.send, kwargs)
        self.events.append(("followup", dict(kwargs, content=content)))


class RecordedInteraction(discord.Interaction):
    """A real Interaction from a gateway payload; what it would send is recorded in ``events``."""

    def __init__(self, *, data: dict, state, events: list) -> None:
        super().__init__(data=data, state=state)
        self.events = events
        self._response = Response(events)
        self._followup = Followup(events)

    @property
    def response(self):
        return self._response

    @property
    def followup(self):
        return self._followup

    async def delete_original_response(self) -> None:
        self.events.append(("delete_original", {}))


_ids = itertools.count(1_000)


def user_payload(uid: int, bot: bool = False) -> dict:
    return {"id": str(uid), "username": f"user{uid}", "discriminator": "0", "avatar": None,
            "global_name": None, "bot": bot}


def member_payload(uid: int) -> dict:
    return {"user": user_payload(uid), "roles": [], "joined_at": None, "deaf": False, "mute": False, "flags": 0}


def channel_payload(kind: str, channel_id: int, parent_id: int = CHANNEL, owner_id: int = BOT_ID) -> dict:
    if kind == "dm":
        return {"id": str(channel_id), "type": 1}
    if kind == "thread":
        return {"id": str(channel_id), "type": 11, "name": "a thread", "guild_id": str(GUILD),
                "parent_id": str(parent_id), "owner_id": str(owner_id), "message_count": 0, "member_count": 1,
                "rate_limit_per_user": 0, "thread_metadata": {"archived": False, "auto_archive_duration": 1440,
                                                              "archive_timestamp": "2024-01-01T00:00:00+00:00",
                                                              "locked": False}}
    return {"id": str(channel_id), "type": 0, "name": "general", "guild_id": str(GUILD), "position": 0,
            "permission_overwrites": []}


def interaction_payload(*, user: int = 7, guild: int | None = GUILD, channel: int = CHANNEL,
                        kind: str = "text", **extra) -> dict:
    data = {"id": str(next(_ids)), "application_id": "1", "token": "interaction-token", "version": 1,
            "attachment_size_limit": 8_000_000, "locale": "en-US", "channel_id": str(channel),
            "channel": channel_payload(kind, channel)}
    if guild is None:
        data["user"] = user_payload(user)
    else:
        data["guild_id"] = str(guild)
        data["member"] = member_payload(user)
    data.update(extra)
    return data


def command(bot, name: str, events: list, /, **options) -> RecordedInteraction:
    """A slash-command interaction for ``/name`` with string ``options``."""
    where = {k: options.pop(k) for k in ("user", "guild", "channel", "kind") if k in options}
    opts = [{"type": 3, "name": k, "value": v} for k, v in options.items() if v is not None]
    data = interaction_payload(type=2, data={"id": "1", "name": name, "type": 1, "options": opts}, **where)
    return RecordedInteraction(data=data, state=bot._connection, events=events)


async def dispatch(bot, interaction) -> None:
    """What the command tree does with an incoming slash command, awaited."""
    try:
        await bot.tree._call(interaction)
    except discord.app_commands.AppCommandError as exc:
        await bot.tree._dispatch_error(interaction, exc)


async def slash(bot, name: str, /, **options) -> list:
    events: list = []
    await dispatch(bot, command(bot, name, events, **options))
    return events


async def click(bot, custom_id: str, message: dict, events: list, **where) -> None:
    """A button click, dispatched through the bot's view store as the gateway would."""
    data = interaction_payload(type=3, data={"custom_id": custom_id, "component_type": 2}, message=message, **where)
    interaction = RecordedInteraction(data=data, state=bot._connection, events=events)
    before = set(asyncio.all_tasks())
    bot._connection._view_store.dispatch_dynamic_items(2, custom_id, interaction)
    await asyncio.gather(*(set(asyncio.all_tasks()) - before - {asyncio.current_task()}))


def sent_message(sent: dict) -> dict:
    """The message payload Discord would hand back for what the bot sent (for button clicks)."""
    view = sent.get("view")
    return {"id": str(next(_ids)), "channel_id": str(CHANNEL), "author": user_payload(BOT_ID, bot=True),
            "content": sent.get("content") or "", "timestamp": "2024-01-01T00:00:00+00:00", "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [], "attachments": [],
            "embeds": [e.to_dict() for e in sent.get("embeds", [])], "pinned": False, "type": 0,
            "components": view.to_components() if view else []}


class RecordedThread(discord.Thread):
    """A real Thread whose ``send`` is recorded."""

    events: list

    async def send(self, content=None, **kwargs):
        _check_call(discord.abc.Messageable.send, kwargs)
        self.events.append(("send", dict(kwargs, content=content, channel=self.id)))


class RecordedDM(discord.DMChannel):
    events: list

    async def send(self, content=None, **kwargs):
        _check_call(discord.abc.Messageable.send, kwargs)
        self.events.append(("send", dict(kwargs, content=content, channel=self.id)))


class RecordedMessage(discord.Message):
    """A real Message; ``create_thread`` makes a RecordedThread, ``reply`` is recorded."""

    events: list

    async def create_thread(self, **kwargs):
        _check_call(discord.Message.create_thread, kwargs)
        self.events.append(("create_thread", dict(kwargs, message=self.id)))
        return thread(self._state, self.events, self.id)

    async def reply(self, content=None, **kwargs):
        _check_call(discord.Message.reply, kwargs)
        self.events.append(("reply", dict(kwargs, content=content)))


def thread(state, events: list, thread_id: int, owner: int = BOT_ID) -> RecordedThread:
    guild = state._get_or_create_unavailable_guild(GUILD)
    t = RecordedThread(guild=guild, state=state, data=channel_payload("thread", thread_id, owner_id=owner))
    t.events = events
    return t


def message(bot, events: list, content: str, *, channel=None, author: int = 7, mention: bool = True) -> RecordedMessage:
    state = bot._connection
    guild = state._get_or_create_unavailable_guild(GUILD)
    if channel is None:
        channel = discord.TextChannel(state=state, guild=guild, data=channel_payload("text", CHANNEL))
    data = {"id": str(next(_ids)), "channel_id": str(channel.id), "author": user_payload(author),
            "content": content, "timestamp": "2024-01-01T00:00:00+00:00", "edited_timestamp": None, "tts": False,
            "mention_everyone": False, "mentions": [user_payload(BOT_ID, bot=True)] if mention else [],
            "mention_roles": [], "attachments": [], "embeds": [], "pinned": False, "type": 0}
    if not isinstance(channel, discord.DMChannel):
        data["guild_id"] = str(GUILD)
        data["member"] = member_payload(author)
    m = RecordedMessage(state=state, channel=channel, data=data)
    m.events = events
    return m


# -- payload checks ------------------------------------------------------------------------------
MENTION = re.compile(r"@(everyone|here)|<@[!&]?\d+>|<#\d+>|</\w|<t:\d")


def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text.replace("\u200b", ""))


def assert_safe(payload: dict) -> None:
    """Every limit met, no mention possible, every quote still inside its block quote."""
    assert payload["allowed_mentions"].to_dict() == NONE
    embeds = payload.get("embeds") or []
    assert fmt.problems(payload.get("content"), embeds, payload.get("view")) == []
    texts = [payload.get("content") or ""]
    plain = []  # shown without markdown
    for e in embeds:
        texts += [e.title or "", e.description or ""]
        texts += [f.value for f in e.fields] + [f.name for f in e.fields]
        plain += [e.footer.text or "", e.author.name or ""]
    for t in texts + plain:
        assert not MENTION.search(t), t
    for t in texts:
        # a fence can only come from our own help text, which opens and closes it
        assert t.count("```") % 2 == 0, t


def quote_blocks(embed: discord.Embed) -> list[str]:
    """The block-quote lines of a quote embed's description (before the citation)."""
    body = embed.description.split("\n\n")[0]
    lines = body.split("\n")
    assert all(line.startswith("> ") for line in lines), body
    return [line[2:] for line in lines]


def followups(events: list) -> list[dict]:
    return [p for name, p in events if name == "followup"]


# -- the command tree ----------------------------------------------------------------------------
def test_command_tree_holds_five_commands_with_options_and_descriptions(loaded):
    async def body():
        bot = await installed(loaded)
        cmds = {c.name: c for c in bot.tree.get_commands()}
        assert sorted(cmds) == ["ask", "help", "said", "source", "who"]
        params = {name: [(p.name, p.required) for p in c.parameters] for name, c in cmds.items()}
        assert params == {"ask": [("question", True)], "who": [("name", True), ("topic", False)],
                          "said": [("phrase", True)], "source": [("id", True)], "help": []}
        for c in cmds.values():
            assert 1 <= len(c.description) <= 100 and c.description != "…"
            for p in c.parameters:
                assert p.description and p.description != "…" and len(p.description) <= 100
            payload = c.to_dict(bot.tree)  # what sync sends
            assert payload["name"] == c.name and payload["description"] == c.description
            assert 0 in payload["contexts"]  # guilds
        assert bot.allowed_mentions.to_dict() == NONE  # the client default, too
        bot.executor.shutdown()
    run(body)


def test_dms_off_removes_the_dm_context(loaded):
    async def body():
        bot = await installed(loaded, discord_dms=False)
        for c in bot.tree.get_commands():
            assert c.to_dict(bot.tree)["contexts"] == [0]
        bot.executor.shutdown()
    run(body)


# -- answers ---------------------------------------------------------------------------------------
def test_ask_defers_then_sends_cited_quote_embeds(loaded):
    async def body():
        bot = await installed(loaded)
        events = await slash(bot, "ask", question="What did Amber Rudd say about WhatsApp?")
        assert [e[0] for e in events] == ["defer", "followup"]
        assert events[0][1] == {"thinking": True}
        sent = events[1][1]
        assert_safe(sent)
        head, *quotes = sent["embeds"]
        assert "What did Amber Rudd say about WhatsApp?" in head.description
        assert head.footer.text == "asked: What did Amber Rudd say about WhatsApp?"
        assert len(quotes) == 3
        text = " ".join(unescape(" ".join(quote_blocks(e))) for e in quotes)
        assert "Rudd" in text and "WhatsApp" in text
        first = quotes[0]
        assert first.title.startswith("[1] UK demands access to Westminster attacker")
        assert "Ben Ariel" in first.description and "¶" in first.description  # the citation line
        assert first.author.name == "Rudd" or "Rudd" in (first.author.name or "")
        assert first.footer.text.startswith("/source westminster")
        ids = [c.custom_id for c in sent["view"].children]
        assert all(SourceButton.__discord_ui_compiled_template__.fullmatch(i) for i in ids[:3])
        assert ids[3:] in ([], ["qabot:more:3"])  # "more quotes" only when the engine has a fourth
        assert MoreButton.__discord_ui_compiled_template__.fullmatch("qabot:more:3")
        bot.executor.shutdown()
    run(body)


def test_link_when_the_article_has_a_url(loaded):
    async def body():
        bot = await installed(loaded)
        with_url = [a for a in loaded.index().articles.values() if a.url]
        assert with_url, "the fixture corpus has articles with URLs"
        art = with_url[0]
        events = await slash(bot, "source", id=art.id)
        embed = followups(events)[0]["embeds"][0]
        assert embed.url == art.url
        bot.executor.shutdown()
    run(body)


def test_no_answer_embed_shows_the_nearest_passages(loaded):
    async def body():
        bot = await installed(loaded)
        events = await slash(bot, "ask", question="What is the capital of Mongolia?")
        sent = followups(events)[0]
        assert_safe(sent)
        head, *nearest = sent["embeds"]
        assert head.description.startswith("I found nothing in the corpus")
        assert nearest and head.colour == fmt.COLOUR_NO_ANSWER
        assert not any(c.custom_id.startswith("qabot:more") for c in sent["view"].children)
        bot.executor.shutdown()
    run(body)


def test_who_said_source_and_help(loaded):
    async def body():
        bot = await installed(loaded)
        who = followups(await slash(bot, "who", name="Amber Rudd", topic="encryption"))[0]
        assert_safe(who)
        assert "Rudd" in who["embeds"][0].description
        assert who["embeds"][0].footer.text == "who: Amber Rudd\nabout: encryption"
        said = followups(await slash(bot, "said", phrase="no place for terrorists to hide"))[0]
        assert_safe(said)
        assert any("no place for terrorists to hide" in unescape(e.description) for e in said["embeds"][1:])
        unknown = followups(await slash(bot, "who", name="Zebediah Nobody"))[0]
        assert "Nobody called" in unknown["embeds"][0].description
        q = who["embeds"][1].footer.text.split(" ", 1)[1]
        src = followups(await slash(bot, "source", id=q))[0]
        assert_safe(src)
        assert "**" in src["embeds"][0].description and src["embeds"][0].title.startswith("UK demands")
        bad = await slash(bot, "source", id="no-such-article")
        assert [e[0] for e in bad] == ["defer", "delete_original", "followup"]
        assert bad[-1][1]["ephemeral"] is True and "no article with id" in bad[-1][1]["content"]
        helped = await slash(bot, "help")
        assert helped[0] == ("defer", {"thinking": True, "ephemeral": True})
        h = followups(helped)[0]
        assert_safe(h)
        assert h["ephemeral"] and "/ask" in h["embeds"][0].fields[0].value
        bot.executor.shutdown()
    run(body)


# -- hostile and very long inputs -----------------------------------------------------------------
def test_hostile_article_cannot_ping_or_break_formatting(loaded):
    async def body():
        bot = await installed(loaded)
        payloads = [followups(await slash(bot, "ask", question=q))[0] for q in (
            "What did Mallory Tester say about the pigeon loft?",
            "What did Zed Quill say about the pigeon loft? @everyone <@123> **x** ```",
            "heading about the pigeon loft",
        )]
        payloads.append(followups(await slash(bot, "said", phrase="@everyone @here"))[0])
        payloads.append(followups(await slash(bot, "who", name="Mallory Tester"))[0])
        seen = ""
        for p in payloads:
            assert_safe(p)
            for e in p["embeds"][1:]:
                lines = quote_blocks(e)  # still inside the block quote
                seen += "\n".join(lines)
                for line in lines:
                    # nothing at the start of a quoted line can start markdown of its own
                    assert not re.match(r"(#|-|>|\d+\. |```)", line), line
        pigeon = [a for a in loaded.index().articles.values() if a.title.startswith("Pigeon club")][0]
        src = followups(await slash(bot, "source", id=pigeon.id))[0]
        assert_safe(src)
        for p in payloads:  # the paragraph of every hostile quote, with the quote in bold
            for e in p["embeds"][1:]:
                src = followups(await slash(bot, "source", id=e.footer.text.split(" ", 1)[1]))[0]
                assert_safe(src)
                assert all(line.startswith("> ") for line in src["embeds"][0].description.split("\n")[1:])
        assert "@everyone" in unescape(seen) and "<@123>" in unescape(seen)  # shown, never pinging
        assert "\\*\\*bold\\*\\*" in seen and "\\`\\`\\`" in seen
        bot.executor.shutdown()
    run(body)


@pytest.mark.parametrize("query", [fmt.Query("ask", "What did @everyone say about <@123> and **x**?"),
                                   fmt.Query("who", "Amber Rudd", "encryption"), fmt.Query("said", "no place")])
def test_the_question_travels_in_the_footer(query):
    footer = query.footer()
    assert not MENTION.search(footer)
    assert fmt.Query.from_footer(footer) == query
    assert fmt.Query("ask", "x" * 1001).footer() is None


def test_escaped_quotes_read_back_verbatim():
    raw = 'He said "@everyone <@&456> **x** ```y``` > z ||s|| [a](https://e.x/p) _u_ ~t~ \\ <#1>"'
    assert unescape(fmt.escape(raw)) == raw
    assert "\n" not in fmt.escape(raw)


def test_very_long_question_and_article_fit_every_limit(loaded):
    async def body():
        bot = await installed(loaded)
        long_q = ("Which canal restoration volunteers cleared the towpath and repainted the lock gates " * 30)[:2000]
        sent = followups(await slash(bot, "ask", question=long_q))[0]
        assert_safe(sent)
        assert sent["embeds"][0].footer.text is None  # too long to carry: no "more quotes"
        assert not any(c.custom_id.startswith("qabot:more") for c in sent["view"].children)
        sent = followups(await slash(bot, "ask", question="What did the lock keeper shout when the canal volunteers finished?"))[0]
        assert_safe(sent)
        canal = [loaded.index().article(i) for i, a in loaded.index().articles.items() if a.title.startswith("Canal")][0]
        assert canal.paragraphs
        for p in canal.paragraphs:
            src = followups(await slash(bot, "source", id=f"{canal.id}:{p.start}:{p.end}"))[0]
            assert_safe(src)
            assert src["embeds"][0].description.endswith(fmt.TRIMMED) or len(canal.text[p.start:p.end]) < 3000
        too_long = await slash(bot, "ask", question="x" * 2001)
        assert [e[0] for e in too_long] == ["send_message"]  # refused at once, nothing deferred
        assert too_long[0][1]["ephemeral"] and "2,001 characters" in too_long[0][1]["content"]
        bot.executor.shutdown()
    run(body)


def _quote(text: str, n: int, title: str = "T", speaker: str | None = None, url: str | None = None) -> Quote:
    ref = ArticleRef(id=f"article-{n}-abcdef", title=title, path=f"/corpus/{n}.txt", author="A. Writer", date="2024",
                     url=url)
    return Quote(text=text, start=0, end=len(text), score=0.9, paragraph=n, speaker=speaker, article=ref)


def test_answer_page_trims_at_sentences_and_keeps_every_limit(loaded):
    prompts = make_bot(loaded).prompts
    sentence = "The council met again on Tuesday to talk about the harbour wall. "
    quotes = [_quote(sentence * 120, n, title="Title " * 100, speaker="Speaker " * 60, url="https://x.example/a")
              for n in range(1, 21)]
    answer = Answer(question="Why " * 600, abstained=False, quotes=quotes)
    page = fmt.answer_page(prompts, answer, query=fmt.Query("ask", "why"), page_size=20, more=True)
    assert fmt.problems(None, page.embeds) == []
    assert len(page.embeds) <= 10 and page.more
    for e in page.embeds[1:]:
        body = " ".join(quote_blocks(e))
        assert body.endswith(fmt.TRIMMED.strip())
        assert body[: -len(fmt.TRIMMED)].endswith("harbour wall.")  # cut at a sentence end


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.text(min_size=1, max_size=6000), min_size=1, max_size=12),
       question=st.text(min_size=1, max_size=2500), speaker=st.one_of(st.none(), st.text(min_size=1, max_size=400)))
def test_any_text_fits(loaded, texts, question, speaker):
    prompts = make_bot(loaded).prompts
    answer = Answer(question=question, abstained=False,
                    quotes=[_quote(t, n, title=t[:400] or "t", speaker=speaker) for n, t in enumerate(texts, 1)])
    page = fmt.answer_page(prompts, answer, query=fmt.Query("ask", question), page_size=12, more=True)
    assert fmt.problems(None, page.embeds) == []
    for e in page.embeds[1:]:
        assert not MENTION.search(e.description)


@pytest.mark.parametrize("text, limit, expected", [
    ("One two three. Four five six.", 100, "One two three. Four five six."),
    ("One two three. Four five six seven.", 24, "One two three. …"),
    ("Alpha beta gamma delta epsilon", 20, "Alpha beta gamma …"),
    ("x" * 50, 10, "x" * 8 + " …"),
])
def test_trim_cuts_at_sentences_then_words_and_always_shows_it(text, limit, expected):
    out = fmt.trim(text, limit)
    assert out == expected and len(out) <= limit


# -- the 3-second rule, and errors -----------------------------------------------------------------
class RecordingEngine:
    """The real engine, with each call noted in the interaction's event list."""

    def __init__(self, engine, events: list, fail: bool = False) -> None:
        self.engine, self.events, self.fail = engine, events, fail
        self.settings = engine.settings

    def __getattr__(self, name):
        real = getattr(self.engine, name)

        def call(*args, **kwargs):
            self.events.append(("engine." + name, {}))
            if self.fail:
                raise RuntimeError("boom: the store fell over")
            return real(*args, **kwargs)
        return call


@pytest.mark.parametrize("name, options", [
    ("ask", {"question": "What did Amber Rudd say about WhatsApp?"}),
    ("who", {"name": "Amber Rudd"}),
    ("said", {"phrase": "secret place"}),
    ("source", {"id": "westminster"}),
])
def test_deferral_comes_before_any_retrieval(loaded, name, options):
    async def body():
        events: list = []
        bot = await installed(RecordingEngine(loaded, events))
        await dispatch(bot, command(bot, name, events, **options))
        names = [e[0] for e in events]
        assert names[0] == "defer" and any(n.startswith("engine.") for n in names), names
        assert names[-1] == "followup"
        bot.executor.shutdown()
    run(body)


def test_unexpected_errors_are_ephemeral_with_a_correlation_id_in_the_log(loaded, caplog):
    async def body():
        events: list = []
        bot = await installed(RecordingEngine(loaded, events, fail=True))
        await dispatch(bot, command(bot, "ask", events, question="What did Amber Rudd say?"))
        bot.executor.shutdown()
        return events

    caplog.set_level(logging.ERROR, logger="qabot.discord")
    events = run(body)
    names = [e[0] for e in events]
    assert names == ["defer", "engine.ask", "delete_original", "followup"]
    sent = events[-1][1]
    assert sent["ephemeral"] is True and sent["allowed_mentions"].to_dict() == NONE
    ref = re.search(r"ref `([0-9a-f]{8})`", sent["content"]).group(1)
    assert "boom" not in sent["content"]  # the details go to the log only
    record = [r for r in caplog.records if ref in r.getMessage()]
    assert record and record[0].exc_info and "boom" in caplog.text


# -- safety: rate limits and the allow-list ----------------------------------------------------------
def test_rate_limits_per_user_and_channel(loaded):
    async def body():
        now = [0.0]
        bot = make_bot(loaded, discord_user_rate="2/60", discord_channel_rate="3/60")
        bot.limits = Limits("2/60", "3/60", clock=lambda: now[0])
        await bot.install()
        ok = [await slash(bot, "source", id="westminster", user=1) for _ in range(2)]
        assert all(e[0][0] == "defer" for e in ok)
        limited = await slash(bot, "source", id="westminster", user=1)
        assert [e[0] for e in limited] == ["send_message"]
        assert limited[0][1]["ephemeral"] and "Try again in 60 s" in limited[0][1]["content"]
        assert (await slash(bot, "source", id="westminster", user=2))[0][0] == "defer"  # 3rd in the channel
        busy = await slash(bot, "source", id="westminster", user=3)
        assert "channel is busy" in busy[0][1]["content"]
        assert (await slash(bot, "source", id="westminster", user=3, channel=21))[0][0] == "defer"
        now[0] = 61.0
        assert (await slash(bot, "source", id="westminster", user=1))[0][0] == "defer"
        assert (await slash(bot, "help", user=1))[0][0] == "defer"  # /help is never limited
        bot.executor.shutdown()
    run(body)


def test_rate_parsing():
    assert parse_rate("5/60") == (5, 60.0)
    with pytest.raises(ValueError, match="5/60"):
        parse_rate("five a minute")
    r = RateLimit("1/10", clock=lambda: 0.0)
    assert r.retry_after("k") == 0
    r.hit("k")
    assert r.retry_after("k") == 10


def test_allow_list_of_guilds_and_channels(loaded):
    async def body():
        bot = await installed(loaded, discord_allowed_guilds=[GUILD], discord_allowed_channels=[CHANNEL])
        assert (await slash(bot, "help"))[0][0] == "defer"
        other_guild = await slash(bot, "help", guild=11)
        assert other_guild[0][0] == "send_message" and "not enabled in this server" in other_guild[0][1]["content"]
        other_channel = await slash(bot, "help", channel=22)
        assert "not enabled in this channel" in other_channel[0][1]["content"]
        # a thread counts as its parent channel
        assert (await slash(bot, "help", channel=30, kind="thread"))[0][0] == "defer"
        bot.executor.shutdown()
        no_dms = await installed(loaded, discord_dms=False)
        refused = await slash(no_dms, "help", guild=None, channel=40, kind="dm")
        assert refused[0][0] == "send_message" and refused[0][1]["ephemeral"]
        no_dms.executor.shutdown()
    run(body)


# -- buttons survive a restart ------------------------------------------------------------------
def test_buttons_work_on_a_fresh_bot_after_a_restart(loaded):
    async def body():
        first = await installed(loaded, top_k=1)
        sent = followups(await slash(first, "ask", question="What did Amber Rudd say about WhatsApp?"))[0]
        first.executor.shutdown()
        shown = [e for e in sent["embeds"][1:]]
        msg = sent_message(sent)

        restarted = await installed(loaded, top_k=1)  # nothing carried over but the message itself
        source_id = sent["view"].children[0].custom_id
        events: list = []
        await click(restarted, source_id, msg, events)
        assert [e[0] for e in events] == ["defer", "followup"]
        assert events[0][1] == {"thinking": True, "ephemeral": True}
        src = events[1][1]
        assert_safe(src)
        assert src["ephemeral"]
        quoted = unescape(" ".join(quote_blocks(shown[0])))
        assert quoted[:40] in unescape(src["embeds"][0].description).replace("**", "")

        assert [c.custom_id for c in sent["view"].children][-1] == "qabot:more:1"
        events = []
        await click(restarted, "qabot:more:1", msg, events)
        more = followups(events)[0]
        assert_safe(more)
        assert more["ephemeral"] and len(more["embeds"]) == 2 and more["embeds"][1].title.startswith("[2] ")
        assert more["embeds"][0].footer.text == sent["embeds"][0].footer.text  # so it can page on
        assert more["embeds"][1].description != sent["embeds"][1].description
        restarted.executor.shutdown()
    run(body)


# -- mentions, threads and conversations ---------------------------------------------------------
def test_mention_opens_a_thread_and_follow_ups_use_its_conversation(loaded):
    async def body():
        bot = await installed(loaded)
        cog = bot.get_cog("QA")
        events: list = []
        await cog.on_message(message(bot, events, f"<@{BOT_ID}> What did Amber Rudd say about WhatsApp?"))
        assert [e[0] for e in events] == ["create_thread", "send"]
        assert events[0][1]["name"] == "What did Amber Rudd say about WhatsApp?"
        answer = events[1][1]
        assert_safe(answer)
        thread_id = answer["channel"]
        conv = bot.conversations[thread_id][0]
        assert len(conv.turns) == 1

        # a follow-up in that thread, without a mention: the same conversation, rewritten
        t = thread(bot._connection, events, thread_id)
        events.clear()
        await cog.on_message(message(bot, events, "What did she say about encrypted messaging?", channel=t,
                                     mention=False))
        follow = events[-1][1]
        assert_safe(follow)
        assert bot.conversations[thread_id][0] is conv and len(conv.turns) == 2
        assert "(asked as: What did Amber Rudd say about encrypted messaging?)" in unescape(follow["embeds"][0].description)
        assert follow["embeds"][0].footer.text == "asked: What did Amber Rudd say about encrypted messaging?"

        # another thread has its own conversation
        other = thread(bot._connection, events, 31)
        await cog.on_message(message(bot, events, "What did she say?", channel=other, mention=False))
        assert bot.conversations[31][0] is not conv and len(bot.conversations[31][0].turns) == 1
        bot.executor.shutdown()
    run(body)


def test_mentions_only_threads_and_dms(loaded):
    async def body():
        bot = await installed(loaded, discord_thread_mentions_only=True)
        assert not bot.intents.message_content  # not needed when only mentions are read
        cog = bot.get_cog("QA")
        events: list = []
        t = thread(bot._connection, events, 32)
        await cog.on_message(message(bot, events, "What did Rudd say?", channel=t, mention=False))
        assert events == []  # ignored
        await cog.on_message(message(bot, events, f"<@{BOT_ID}> What did Rudd say?", channel=t))
        assert [e[0] for e in events] == ["send"]
        # someone else's thread: only mentions, whatever the setting
        events.clear()
        foreign = thread(bot._connection, events, 33, owner=5)
        everyone = await installed(loaded)
        assert everyone.intents.message_content
        await everyone.get_cog("QA").on_message(message(everyone, events, "What did Rudd say?", channel=foreign,
                                                        mention=False))
        assert events == []
        # the bot's own messages and other bots are ignored
        await cog.on_message(message(bot, events, f"<@{BOT_ID}> hi", author=BOT_ID))
        assert events == []

        dm = RecordedDM(me=bot.user, state=bot._connection, data=channel_payload("dm", 40))
        dm.events = events
        await cog.on_message(message(bot, events, "Who claimed responsibility for the attack?", channel=dm,
                                     mention=False))
        assert [e[0] for e in events] == ["send"] and 40 in bot.conversations
        assert_safe(events[0][1])
        events.clear()
        quiet = await installed(loaded, discord_dms=False)
        await quiet.get_cog("QA").on_message(message(quiet, events, "Who claimed it?", channel=dm, mention=False))
        assert events == []
        for b in (bot, everyone, quiet):
            b.executor.shutdown()
    run(body)


def test_mention_rate_limited_gets_a_short_reply(loaded):
    async def body():
        bot = await installed(loaded, discord_user_rate="1/60")
        cog = bot.get_cog("QA")
        events: list = []
        await cog.on_message(message(bot, events, f"<@{BOT_ID}> What did Amber Rudd say?"))
        events.clear()
        await cog.on_message(message(bot, events, f"<@{BOT_ID}> And Apple?"))
        assert [e[0] for e in events] == ["reply"]
        assert "Try again" in events[0][1]["content"] and events[0][1]["allowed_mentions"].to_dict() == NONE
        bot.executor.shutdown()
    run(body)


# -- concurrency: the loop stays free -------------------------------------------------------------
def test_twenty_concurrent_asks_complete_and_the_loop_never_stalls(loaded):
    questions = ["What did Amber Rudd say about WhatsApp?", "How many homes will the sea wall protect?",
                 "When will the library stay open until 10 p.m.?", "What will the rooftop honey pay for?",
                 "What did the museum give back to the village?"]

    async def body():
        bot = await installed(loaded, discord_user_rate="100/60", discord_channel_rate="100/60")
        gaps: list[float] = []
        done = asyncio.Event()

        async def ticker():
            last = time.perf_counter()
            while not done.is_set():
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                gaps.append(now - last - 0.005)
                last = now

        tick = asyncio.create_task(ticker())
        await asyncio.sleep(0.02)
        results = await asyncio.gather(*(slash(bot, "ask", question=questions[i % 5] + f" ({i})", user=i)
                                         for i in range(20)))
        done.set()
        await tick
        bot.executor.shutdown()
        return results, gaps

    results, gaps = run(body)
    assert len(results) == 20
    for events in results:
        assert [e[0] for e in events] == ["defer", "followup"]
        assert_safe(events[1][1])
    assert len(gaps) > 10
    print(f"max stall {max(gaps) * 1000:.1f} ms over {len(gaps)} ticks")
    assert max(gaps) < 0.1, f"the event loop stalled for {max(gaps) * 1000:.0f} ms"


# -- the token -------------------------------------------------------------------------------------
def test_token_from_env_or_file_and_never_in_errors(tmp_path):
    s = Settings(store=tmp_path)
    assert read_token(s, {"DISCORD_TOKEN": f"  {TOKEN}\n"}) == TOKEN
    f = tmp_path / "token"
    f.write_text(TOKEN + "\n")
    assert read_token(Settings(store=tmp_path, discord_token_file=f), {}) == TOKEN
    with pytest.raises(QabotError, match="DISCORD_TOKEN") as e:
        read_token(s, {})
    with pytest.raises(QabotError) as e:
        read_token(s, {"DISCORD_TOKEN": TOKEN[:20] + " " + TOKEN[20:]})
    assert TOKEN[:20] not in str(e.value)


def test_redaction_filter_covers_messages_arguments_and_tracebacks():
    record = logging.LogRecord("discord.http", logging.INFO, __file__, 1, "token %s here", (TOKEN,), None)
    RedactToken(TOKEN).filter(record)
    assert TOKEN not in record.getMessage() and "[token]" in record.getMessage()
    try:
        raise RuntimeError(f"bad {TOKEN}")
    except RuntimeError as exc:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), (type(exc), exc, exc.__traceback__))
    RedactToken(TOKEN).filter(record)
    assert TOKEN not in logging.Formatter().format(record)


def test_running_the_bot_never_prints_or_logs_the_token(tmp_path, monkeypatch, caplog, capfd):
    """The real login path (no gateway here, so it fails to connect): nothing shows the token."""
    from click.testing import CliRunner

    from qabot.cli import cli

    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    caplog.set_level(logging.DEBUG, logger="discord")
    caplog.set_level(logging.DEBUG, logger="qabot")
    with pytest.raises(QabotError) as e:
        run_bot(None, Settings(store=tmp_path / "store"))
    assert TOKEN not in str(e.value)
    result = CliRunner().invoke(cli, ["discord"])
    assert result.exit_code != 0
    out, err = capfd.readouterr()
    for text in (out, err, caplog.text, result.output, repr(result.exception)):
        assert TOKEN not in text
        assert TOKEN.split(".")[2] not in text  # not even the secret part
