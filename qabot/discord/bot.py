"""The Discord bot: a ``commands.Bot`` with its dependencies injected, and ``run_bot``.

The bot owns no question-answering logic. It holds the engine, the settings and prompts, a small
thread pool where the engine's (synchronous, CPU-bound) calls run so the event loop stays free,
the rate limits, the allow-list and one ``Conversation`` per thread or DM channel. The slash
commands, mentions and buttons are in ``cogs/qa.py``; embeds in ``format.py``.

The token is read from ``DISCORD_TOKEN`` or the file named by ``discord_token_file``; it is never
printed or logged (``RedactToken`` is on the log handler as a second fence).
"""
from __future__ import annotations

import asyncio
import functools
import logging
import os
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from ..config import Settings
from ..errors import QabotError
from ..prompts import Prompts
from .ratelimit import Limits, parse_rate

log = logging.getLogger("qabot.discord")
T = TypeVar("T")


def conversation_class():
    """``qabot.session.Conversation`` (one conversation per thread); without that module, a
    stand-in with the same ``ask(engine, question, k)`` that asks each question on its own."""
    try:
        from ..session import Conversation
    except ImportError:  # pragma: no cover - only before session.py lands
        return StatelessConversation
    return Conversation


class StatelessConversation:
    """Fallback for ``qabot.session.Conversation``: no memory, each question asked as is."""

    def ask(self, engine, question: str, k: int | None = None):
        return engine.ask(question, k=k)


def read_token(settings: Settings, environ: dict[str, str] | None = None) -> str:
    """The bot token, from ``DISCORD_TOKEN`` or else the file ``settings.discord_token_file``.

    Raises:
        QabotError: when there is none or it cannot be read; the message never holds the token.
    """
    env = os.environ if environ is None else environ
    token = (env.get("DISCORD_TOKEN") or "").strip()
    if not token and settings.discord_token_file:
        path = settings.discord_token_file
        try:
            token = path.read_text(encoding="utf-8").strip()
        except (OSError, UnicodeDecodeError) as exc:
            raise QabotError(f"cannot read the Discord token file {path}: {type(exc).__name__}") from None
        if not token:
            raise QabotError(f"the Discord token file {path} is empty")
    if not token:
        raise QabotError("no Discord token: set DISCORD_TOKEN, or QABOT_DISCORD_TOKEN_FILE to a file holding it "
                         "(Developer Portal → your application → Bot → Reset Token)")
    if any(c.isspace() for c in token):
        raise QabotError("the Discord token has white space in it; paste just the token")
    return token


class RedactToken(logging.Filter):
    """Replaces the token wherever it appears in a log record (message, arguments, traceback)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.token:
            return True
        try:
            msg = record.getMessage()
        except Exception:  # a bad format string: leave it to the handler
            msg = str(record.msg)
        if self.token in msg:
            record.msg, record.args = msg.replace(self.token, "[token]"), None
        if record.exc_info and not record.exc_text:
            text = logging.Formatter().formatException(record.exc_info)
            if self.token in text:
                record.exc_text = text.replace(self.token, "[token]")
        elif record.exc_text and self.token in record.exc_text:
            record.exc_text = record.exc_text.replace(self.token, "[token]")
        return True


class QabotBot(commands.Bot):
    """The bot, with everything it uses passed in (nothing global).

    Args:
        engine: answers questions (``ask``, ``who``, ``said``, ``article``, ``index``).
        settings: the ``discord_*`` settings, ``top_k``, ``prompts_dir``, ``raise_errors``.
        prompts: the templates (default: loaded from ``settings.prompts_dir``).
        workers: threads the engine's calls run on; more than a few only adds GIL contention.
        conversation_factory: makes a new conversation (default ``qabot.session.Conversation``).
        max_conversations: conversations remembered; the least recently used are dropped.
    """

    def __init__(self, engine, settings: Settings, *, prompts: Prompts | None = None, workers: int = 4,
                 conversation_factory: Callable[[], Any] | None = None, max_conversations: int = 1000,
                 clock: Callable[[], float] | None = None) -> None:
        intents = discord.Intents.default()
        # message content is privileged; it is needed only to read thread messages that do not
        # mention the bot (mentions and DMs carry their content anyway)
        intents.message_content = not settings.discord_thread_mentions_only
        super().__init__(command_prefix=commands.when_mentioned, intents=intents, help_command=None,
                         allowed_mentions=discord.AllowedMentions.none())
        self.engine = engine
        self.settings = settings
        self.prompts = prompts or Prompts(settings.prompts_dir)
        for name in ("discord_user_rate", "discord_channel_rate"):
            try:
                parse_rate(getattr(settings, name))
            except ValueError as exc:
                raise QabotError(f"QABOT_{name.upper()}: {exc}") from None
        self.limits = Limits(settings.discord_user_rate, settings.discord_channel_rate,
                             **({"clock": clock} if clock else {}))
        self.executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="qabot-engine")
        self.conversation_factory = conversation_factory or conversation_class()
        self.conversations: OrderedDict[int, tuple[Any, asyncio.Lock]] = OrderedDict()
        self.max_conversations = max_conversations
        self.tree.on_error = self._tree_error

    # -- wiring ------------------------------------------------------------------------------
    async def install(self) -> None:
        """Add the cog and the persistent buttons (everything but syncing)."""
        from .cogs.qa import QA
        from .views import MoreButton, SourceButton

        await self.add_cog(QA(self))
        self.add_dynamic_items(SourceButton, MoreButton)
        contexts = app_commands.AppCommandContext(guild=True, dm_channel=self.settings.discord_dms,
                                                  private_channel=False)
        for command in self.tree.get_commands():
            command.allowed_contexts = contexts

    async def setup_hook(self) -> None:
        await self.install()
        guild = self.settings.discord_guild
        if guild:
            target = discord.Object(id=guild)
            self.tree.copy_global_to(guild=target)
            synced = await self.tree.sync(guild=target)
            log.info("synced %d slash commands to guild %s", len(synced), guild)
        else:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally (they can take a while to appear)", len(synced))

    async def on_ready(self) -> None:
        log.info("logged in as %s (id %s); %d guild(s)", self.user, self.user and self.user.id, len(self.guilds))

    async def on_message(self, message: discord.Message) -> None:
        """No prefix commands: messages are handled by the QA cog's listener."""

    async def close(self) -> None:
        await super().close()
        self.executor.shutdown(wait=False, cancel_futures=True)

    async def _tree_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Errors the QA cog did not handle (its ``cog_app_command_error`` sees its own first)."""
        if getattr(interaction.command, "binding", None) is not None:
            return
        log.error("slash command %r failed", getattr(interaction.command, "name", None), exc_info=error)

    # -- services for the cog ----------------------------------------------------------------
    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn(*args, **kwargs)`` on the engine's thread pool and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))

    @property
    def user_id(self) -> int | None:
        return self.user.id if self.user else None

    def conversation(self, key: int) -> tuple[Any, asyncio.Lock]:
        """The conversation of thread (or DM channel) ``key``, and the lock that keeps its turns
        in order; made on first use (also for threads from before a restart)."""
        if key in self.conversations:
            self.conversations.move_to_end(key)
            return self.conversations[key]
        entry = (self.conversation_factory(), asyncio.Lock())
        self.conversations[key] = entry
        while len(self.conversations) > self.max_conversations:
            self.conversations.popitem(last=False)
        return entry

    def gate(self, guild_id: int | None, channel_id: int | None, parent_id: int | None = None) -> str | None:
        """Why the bot will not answer here, or None when it will: DMs off, or a guild or
        channel outside the allow-list (a thread counts as its parent channel)."""
        s = self.settings
        if guild_id is None:
            return None if s.discord_dms else "I don't answer direct messages here; ask me in a server channel."
        if s.discord_allowed_guilds and guild_id not in s.discord_allowed_guilds:
            return "I'm not enabled in this server."
        if s.discord_allowed_channels and channel_id not in s.discord_allowed_channels \
                and (parent_id is None or parent_id not in s.discord_allowed_channels):
            return "I'm not enabled in this channel; ask me in one of the channels I answer in."
        return None


def _setup_logging(token: str) -> logging.Handler:
    handler = logging.StreamHandler()
    handler.addFilter(RedactToken(token))
    discord.utils.setup_logging(handler=handler, level=logging.INFO, root=True)
    return handler


def run_bot(engine, settings: Settings) -> None:
    """Log in and serve until interrupted (``qabot discord``).

    Raises:
        QabotError: no token, a refused token, a missing intent or no connection; the message
            says how to fix it and never holds the token.
    """
    token = read_token(settings)
    root = logging.getLogger()
    level = root.level
    handler = _setup_logging(token)
    try:
        bot = QabotBot(engine, settings)
        bot.run(token, log_handler=None)
    except discord.LoginFailure:
        raise QabotError("Discord refused the token; make a new one (Developer Portal → Bot → Reset Token) "
                         "and put it in DISCORD_TOKEN") from None
    except discord.PrivilegedIntentsRequired:
        raise QabotError("Discord refused the Message Content intent: turn it on (Developer Portal → Bot → "
                         "Privileged Gateway Intents) or set QABOT_DISCORD_THREAD_MENTIONS_ONLY=1") from None
    except QabotError:
        raise
    except (OSError, asyncio.TimeoutError) as exc:  # aiohttp's connection errors are OSErrors
        text = f"{type(exc).__name__}: {exc}".replace(token, "[token]")
        raise QabotError(f"cannot reach Discord ({text}); check the network and proxy settings") from None
    except Exception as exc:
        log.error("the Discord bot stopped", exc_info=exc)  # through RedactToken
        if settings.raise_errors:
            raise
        text = f"{type(exc).__name__}: {exc}".replace(token, "[token]")
        raise QabotError(f"the Discord bot stopped: {text} (see the log above)") from None
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
