"""``qabot repl``: a conversation with the corpus, in a terminal or through a pipe.

On a terminal it is a prompt_toolkit prompt (history file, line editing, completion of
``/commands`` and of speaker names after ``/who``) with answers rendered by rich. When standard
input is not a terminal, each line is one turn of one conversation, answered as plain text or,
with ``--json``, as one JSON object a line.

The loop only parses lines and renders: ``Repl.handle`` turns a line into a ``Reply`` by calling
the ``Conversation`` (``session``) and the engine; ``run_repl`` reads and prints. Both the reading
and the printing are injectable, so tests drive it without a terminal.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable, Iterable

from .config import Settings
from .errors import QabotError, QuestionError
from .models import Answer, Article, Quote
from .render import count
from .session import Conversation, paragraph_of

COMMANDS = {
    "/who": "NAME [TOPIC]  what NAME said, on TOPIC if given",
    "/said": "PHRASE  who said PHRASE",
    "/open": "N  the whole paragraph around quote N",
    "/source": "N  the article quote N comes from",
    "/new": "start a new conversation",
    "/stats": "what the store holds",
    "/help": "the commands",
    "/quit": "leave (Ctrl-D does too)",
}


@dataclass
class Reply:
    """What one line produced: an answer, a passage, a table of facts, a text, an error, or quit."""

    kind: str  # answer | open | source | stats | text | error | quit | none
    answer: Answer | None = None
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    article: Article | None = None
    quote: Quote | None = None
    span: tuple[int, int] | None = None


def history_path(settings: Settings) -> Path:
    """Where the REPL keeps its history: ``settings.history_file``, else ``repl_history`` beside
    the store folder."""
    if settings.history_file:
        return Path(settings.history_file).expanduser()
    return Path(settings.store).expanduser().resolve().parent / "repl_history"


def split_who(args: str, match: Callable[[str], list[str]]) -> tuple[str, str | None]:
    """(name, topic) of ``/who`` arguments: the longest run of leading words that names a known
    speaker is the name, the rest the topic. With no known name, the whole is the name."""
    words = args.split()
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if match(name):
            return name, " ".join(words[n:]) or None
    return " ".join(words), None


class Repl:
    """Turns lines into replies. One conversation; not thread-safe.

    Args:
        engine: the engine to ask.
        settings: for limits.
        prompts: the templates (help text).
    """

    def __init__(self, engine, settings: Settings, prompts) -> None:
        self.engine = engine
        self.settings = settings
        self.prompts = prompts
        self.conversation = Conversation()

    def handle(self, line: str, k: int | None = None) -> Reply:
        """The reply to one line (a question or a ``/command``).

        Raises:
            QabotError: for a question or command that cannot be answered (the caller shows it).
        """
        text = line.strip()
        if text.startswith("/"):
            cmd, _, args = text.partition(" ")
            return self.command(cmd.lower(), args.strip())
        answer = self.conversation.ask(self.engine, line, k=k)
        return Reply("answer", answer=answer)

    def command(self, cmd: str, args: str) -> Reply:
        if cmd in ("/quit", "/exit", "/q"):
            return Reply("quit")
        if cmd == "/new":
            self.conversation.reset()
            return Reply("text", text=self.prompts.render("new_conversation"))
        if cmd == "/help":
            stats = self._stats_or_none()
            return Reply("text", text=self.prompts.render(
                "help", articles=stats["articles"] if stats else 0, store=stats["store"] if stats else ""))
        if cmd == "/stats":
            return Reply("stats", data=self.engine.stats())
        if cmd == "/who":
            if not args:
                raise QabotError("usage: /who NAME [TOPIC], e.g. /who Amber Rudd warrants")
            name, topic = split_who(args, self.engine.speakers().match)
            answer = self.engine.who(name, topic)
            index = self.engine.index()
            self.conversation.record(f"What did {name} say" + (f" about {topic}?" if topic else "?"),
                                     answer, index.articles, naming=index.articles_with)
            return Reply("answer", answer=answer)
        if cmd == "/said":
            if not args:
                raise QabotError("usage: /said PHRASE, e.g. /said a secret place for terrorists")
            answer = self.engine.said(args)
            index = self.engine.index()
            self.conversation.record(f"Who said {args}?", answer, index.articles, naming=index.articles_with)
            return Reply("answer", answer=answer)
        if cmd in ("/open", "/source"):
            n = _number(cmd, args)
            quote = self.conversation.quote(n)
            if cmd == "/open":
                art, span = paragraph_of(self.engine, quote)
                return Reply("open", article=art, quote=quote, span=span)
            art = self.engine.article(quote.article.id)
            return Reply("source", article=art, quote=quote)
        known = ", ".join(COMMANDS)
        raise QabotError(f"unknown command {cmd}; the commands are {known}")

    def _stats_or_none(self) -> dict | None:
        try:
            return self.engine.stats()
        except QabotError:
            return None


def _number(cmd: str, args: str) -> int:
    try:
        n = int(args)
    except ValueError:
        raise QabotError(f"usage: {cmd} N, where N is the number of a quote of the last answer, e.g. {cmd} 1") from None
    if n < 1:
        raise QabotError(f"usage: {cmd} N, where N counts from 1")
    return n


# -- output -----------------------------------------------------------------------------------
def reply_json(reply: Reply) -> dict:
    """The JSON shape of a reply (``--json``): an answer is ``answer_json``."""
    from .render import answer_json, quote_json

    if reply.kind == "answer":
        return answer_json(reply.answer)
    if reply.kind == "open":
        a, b = reply.span
        return {"command": "open", "text": reply.article.text[a:b], "start": a, "end": b,
                "quote": quote_json(reply.quote)}
    if reply.kind == "source":
        return {"command": "source", "article": _source(reply.article, reply.quote)}
    if reply.kind == "stats":
        return {"command": "stats", **reply.data}
    if reply.kind == "error":
        return {"error": reply.text}
    return {"command": reply.kind, "text": reply.text}


def _source(art: Article, quote: Quote) -> dict:
    return {"id": art.id, "title": art.title, "author": art.author, "date": art.date, "source": art.source,
            "url": art.url, "path": art.path, "format": art.format, "paragraph": quote.paragraph,
            "start": quote.start, "end": quote.end}


def reply_text(reply: Reply, prompts) -> str:
    """Plain text of a reply (piped use without ``--json``)."""
    from .render import answer_text

    if reply.kind == "answer":
        return answer_text(reply.answer, prompts)
    if reply.kind == "open":
        a, b = reply.span
        text = reply.article.text
        q = reply.quote
        body = text[a:q.start] + "»" + text[q.start:q.end] + "«" + text[q.end:b]
        return f"{reply.article.title} · ¶{q.paragraph}\n{body}\n"
    if reply.kind == "source":
        src = _source(reply.article, reply.quote)
        return "\n".join(f"{k}: {v}" for k, v in src.items() if v not in (None, "")) + "\n"
    if reply.kind == "stats":
        return "\n".join(f"{k}: {v}" for k, v in reply.data.items()) + "\n"
    if reply.kind == "error":
        return f"error: {reply.text}\n"
    return reply.text.rstrip("\n") + "\n"


def reply_rich(reply: Reply, prompts):
    """A rich renderable of a reply (terminal use)."""
    from rich.text import Text

    from .render import answer_rich

    if reply.kind == "answer":
        return answer_rich(reply.answer, prompts)
    if reply.kind == "open":
        a, b = reply.span
        q = reply.quote
        art = reply.article
        out = Text(f"{art.title} · ¶{q.paragraph}\n", style="bold")
        out.append(art.text[a:q.start])
        out.append(art.text[q.start:q.end], style="bold black on yellow")
        out.append(art.text[q.end:b])
        return out
    if reply.kind == "source":
        src = _source(reply.article, reply.quote)
        out = Text()
        for k, v in src.items():
            if v in (None, ""):
                continue
            line = Text(f"{k:>9}: ", style="dim") + Text(str(v))
            if k == "url":
                line.stylize(f"link {v}", 11)
            elif k == "path" and Path(str(v)).exists():
                line.stylize(f"link {Path(str(v)).resolve().as_uri()}", 11)
            out.append_text(line)
            out.append("\n")
        return out
    if reply.kind == "stats":
        d = reply.data
        return Text(f"{count(d.get('articles', 0), 'article')} · {count(d.get('chunks', 0), 'chunk')} · "
                    f"{count(d.get('quotes', 0), 'quote')}\n"
                    f"store: {d.get('store')}\nmodel: {d.get('model')}")
    if reply.kind == "error":
        return Text(f"error: {reply.text}", style="red")
    return Text(reply.text)


# -- loops --------------------------------------------------------------------------------------
def run_repl(engine, settings: Settings, json_mode: bool = False, *, input: IO[str] | Iterable[str] | None = None,
             output: IO[str] | None = None, tty: bool | None = None, pt_input=None, pt_output=None) -> None:
    """Run the REPL until ``/quit``, end of input or Ctrl-D.

    Args:
        engine: the engine to ask.
        settings: limits, the history file, the prompts folder.
        json_mode: with piped input, print one JSON object a line.
        input: lines to read instead of standard input (piped use).
        output: where to print instead of standard output.
        tty: force the terminal (True) or piped (False) loop; default: whether stdin is a terminal.
        pt_input, pt_output: prompt_toolkit input and output for the terminal loop (tests).
    """
    from .prompts import Prompts

    prompts = Prompts(settings.prompts_dir)
    repl = Repl(engine, settings, prompts)
    if tty is None:
        tty = input is None and sys.stdin.isatty() and (output is None and sys.stdout.isatty())
    if tty:
        _terminal(repl, settings, output, pt_input, pt_output)
    else:
        _piped(repl, input if input is not None else sys.stdin, output or sys.stdout, json_mode)


def _piped(repl: Repl, lines: Iterable[str], out: IO[str], json_mode: bool) -> None:
    for raw in lines:
        line = raw.rstrip("\r\n")
        try:
            reply = repl.handle(line)
        except QabotError as exc:
            reply = Reply("error", text=str(exc))
        if reply.kind == "quit":
            break
        if json_mode:
            out.write(json.dumps(reply_json(reply), ensure_ascii=False) + "\n")
        else:
            out.write(reply_text(reply, repl.prompts))
            if reply.kind == "answer":
                out.write("\n")
        out.flush()


class _Completer:
    """Completes ``/commands``, and speaker names after ``/who``."""

    def __init__(self, repl: Repl) -> None:
        self.repl = repl
        self._names: list[str] | None = None

    def names(self) -> list[str]:
        if self._names is None:
            try:
                self._names = sorted(set(self.repl.engine.speakers().names.values()))
            except QabotError:
                self._names = []
        return self._names

    def get_completions(self, document, complete_event):
        from prompt_toolkit.completion import Completion

        text = document.text_before_cursor
        if text.startswith("/") and " " not in text:
            for cmd, meta in COMMANDS.items():
                if cmd.startswith(text.lower()):
                    yield Completion(cmd, start_position=-len(text), display_meta=meta)
        elif text.lower().startswith("/who "):
            typed = text[5:].lstrip()
            for name in self.names():
                if name.lower().startswith(typed.lower()) or any(
                        w.lower().startswith(typed.lower()) for w in name.split()) and typed:
                    yield Completion(name, start_position=-len(typed))


def _terminal(repl: Repl, settings: Settings, output, pt_input=None, pt_output=None) -> None:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.completion import Completer
    from prompt_toolkit.history import FileHistory
    from rich.console import Console

    class Comp(Completer):
        def __init__(self) -> None:
            self.inner = _Completer(repl)

        def get_completions(self, document, complete_event):
            yield from self.inner.get_completions(document, complete_event)

    hist = history_path(settings)
    hist.parent.mkdir(parents=True, exist_ok=True)
    session = PromptSession(history=FileHistory(str(hist)), completer=Comp(), complete_while_typing=False,
                            input=pt_input, output=pt_output)
    console = Console(file=output, highlight=False, soft_wrap=False) if output else Console(highlight=False)
    stats = repl._stats_or_none()
    console.print(f"[bold]qabot[/] · {count(stats['articles'] if stats else 0, 'article')} · /help for commands, "
                  "Ctrl-D to quit")
    while True:
        try:
            # prompt_toolkit answers an error inside its event loop with "Press ENTER to continue"
            # read from the same input: from a pipe (tests, scripts) that can wait, and allocate,
            # for ever. Only a real terminal gets that behaviour.
            line = session.prompt("qabot> ", set_exception_handler=pt_input is None)
        except KeyboardInterrupt:
            line = ""  # Ctrl-C at the prompt clears the line
        except EOFError:
            break
        if not line.strip():
            # an input that has gone away can keep answering with nothing: stop, don't spin
            if session.input.closed:
                break
            continue
        try:
            with console.status("[dim]searching…[/]", spinner="dots") if console.is_terminal else _null():
                reply = repl.handle(line)
        except KeyboardInterrupt:
            console.print("[yellow]cancelled[/]")
            continue
        except QuestionError as exc:
            console.print(f"[red]error:[/] {exc}", highlight=False)
            continue
        except QabotError as exc:
            console.print(f"[red]error:[/] {exc}", highlight=False)
            continue
        if reply.kind == "quit":
            break
        console.print(reply_rich(reply, repl.prompts))
        console.print()


class _null:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False
