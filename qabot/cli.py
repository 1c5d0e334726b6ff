"""The ``qabot`` command line: parse, call the engine, render. No logic of its own."""
from __future__ import annotations

import json
import sys
from functools import wraps
from pathlib import Path

import click

from .config import Settings, load_settings
from .errors import QabotError, ReadError
from .render import count


def _settings(ctx: click.Context) -> Settings:
    return ctx.obj["settings"]


def _engine(ctx: click.Context):
    if "engine" not in ctx.obj:
        from .engine import Engine

        ctx.obj["engine"] = Engine(_settings(ctx))
    return ctx.obj["engine"]


def _prompts(ctx: click.Context):
    from .prompts import Prompts

    return Prompts(_settings(ctx).prompts_dir)


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def friendly(fn):
    """Turn qabot's errors into one-line messages (and unexpected ones too, unless
    ``QABOT_RAISE_ERRORS`` is set)."""
    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except QabotError as exc:
            raise click.ClickException(str(exc)) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            ctx = click.get_current_context()
            if _settings(ctx).raise_errors:
                raise
            raise click.ClickException(
                f"unexpected {type(exc).__name__}: {exc} (set QABOT_RAISE_ERRORS=1 for the traceback)") from exc
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="qabot")
@click.option("--store", type=click.Path(path_type=Path), default=None, envvar="QABOT_STORE",
              help="Store folder [env QABOT_STORE; default ~/.local/share/qabot/store].")
@click.option("--chroma-url", default=None, envvar="QABOT_CHROMA_URL",
              help="Use the Chroma server at this URL [env QABOT_CHROMA_URL].")
@click.pass_context
def cli(ctx: click.Context, store: Path | None, chroma_url: str | None) -> None:
    """qabot answers questions about news articles with their exact words, cited."""
    try:
        ctx.obj = {"settings": load_settings(store=store, chroma_url=chroma_url)}
    except Exception as exc:  # pydantic's ValidationError: show field: message lines
        errors = getattr(exc, "errors", None)
        if callable(errors):
            lines = [f"{'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in errors()]
            raise click.ClickException("invalid settings: " + "; ".join(lines)) from exc
        raise


@cli.command(name="ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--prune", is_flag=True, help="Remove stored articles whose files are gone.")
@click.option("--rebuild", is_flag=True, help="Start the store afresh (after an upgrade or damage).")
@click.option("--strict", is_flag=True, help="Exit non-zero if any file fails.")
@click.option("--wait", type=float, default=0.0, show_default=True,
              help="Seconds to wait for another ingest to finish.")
@click.option("--json", "json_", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
@friendly
def ingest_command(ctx, paths, prune, rebuild, strict, wait, json_):
    """Ingest article files and folders (default: the corpus folder)."""
    settings = _settings(ctx)
    paths = list(paths) or [settings.corpus]
    err = _console(stderr=True)
    engine = _engine(ctx)

    def on_error(exc: ReadError) -> None:
        err.print(f"[red]error:[/] {exc.path}: {exc.reason}", markup=True, highlight=False)

    bar = None
    progress_cb = None
    if sys.stderr.isatty() and not json_:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                       TimeRemainingColumn(), console=err, transient=True)
        tasks: dict[str, int] = {}

        def show(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = bar.add_task(phase.capitalize(), total=total)
            bar.update(tasks[phase], completed=done, total=total)

        progress_cb = show

        bar.start()
    try:
        report = engine.ingest(paths, prune=prune, rebuild=rebuild, wait=wait,
                               on_error=on_error, progress=progress_cb)
    finally:
        if bar is not None:
            bar.stop()
    counts = engine.stats()
    if json_:
        click.echo(json.dumps(report.as_dict() | {"store": counts}))
    else:
        out = _console()
        out.print(
            f"[bold]{report.new}[/] new, [bold]{report.updated}[/] updated, {report.unchanged} unchanged, "
            f"{'[red]' if report.failed else ''}{report.failed} failed{'[/]' if report.failed else ''}"
            + (f", {report.pruned} pruned" if report.pruned else "")
            + (f", {report.repaired} stale rows repaired" if report.repaired else "")
            + (f", quotes of {report.refreshed} re-extracted by this version" if report.refreshed else "")
            + f" · {report.chunks} chunks, {report.quotes} quotes written in {report.seconds:.1f} s"
            + f" · store: {count(counts['articles'], 'article')}, {count(counts['chunks'], 'chunk')}")
    if (report.failed and strict) or (report.failed and report.ingested == 0):
        ctx.exit(1)


def _questions(question: str):
    if question == "-":
        for line in sys.stdin:
            if line.strip():
                yield line.rstrip("\n")
    else:
        yield question


def _date_option(ctx, param, value):
    if value is None:
        return None
    from .filters import parse_date

    d = parse_date(value)
    if d is None:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD, 'March 26, 2017' or a year)")
    return d


@cli.command(name="ask")
@click.argument("question")
@click.option("-k", "k", type=click.IntRange(1, 20), default=None, help="Quotes to show (default 3).")
@click.option("--since", callback=_date_option, help="Only articles dated on or after this date.")
@click.option("--until", callback=_date_option, help="Only articles dated on or before this date.")
@click.option("--source", help="Only articles whose source, URL or file name names this.")
@click.option("--author", help="Only articles by this author.")
@click.option("--json", "json_", is_flag=True, help="Print JSON (one object a line with '-').")
@click.pass_context
@friendly
def ask_command(ctx, question, k, since, until, source, author, json_):
    """Answer QUESTION with quotes from the corpus ('-' reads one question a line from stdin)."""
    from .errors import QuestionError
    from .filters import Filters
    from .render import answer_json, answer_rich

    filters = Filters(since=since, until=until, source=source, author=author)
    engine = _engine(ctx)
    prompts = None if json_ else _prompts(ctx)
    out = _console()
    for q in _questions(question):
        try:
            answer = engine.ask(q, k=k, filters=filters or None)
        except QuestionError as exc:
            if question != "-":
                raise
            if json_:
                click.echo(json.dumps({"question": q, "error": str(exc)}))
            else:
                _console(stderr=True).print(f"[red]error:[/] {exc}")
            continue
        if json_:
            click.echo(json.dumps(answer_json(answer), ensure_ascii=False))
        else:
            out.print(answer_rich(answer, prompts))


def _print_statements(answer, json_: bool, prompts) -> None:
    from .render import answer_rich, statement_json

    if json_:
        click.echo(json.dumps([statement_json(q) for q in answer.quotes], ensure_ascii=False))
    else:
        _console().print(answer_rich(answer, prompts))


@cli.command(name="who")
@click.argument("name")
@click.argument("topic", required=False)
@click.option("-k", "k", type=click.IntRange(1, 50), default=10, show_default=True)
@click.option("--json", "json_", is_flag=True, help="Print a JSON list (one list a line with '-').")
@click.pass_context
@friendly
def who_command(ctx, name, topic, k, json_):
    """What NAME said, ranked by relevance to TOPIC when given ('-' reads NAME<TAB>TOPIC lines)."""
    engine = _engine(ctx)
    prompts = None if json_ else _prompts(ctx)
    lines = ([line.rstrip("\n").split("\t", 1) for line in sys.stdin if line.strip()]
             if name == "-" else [[name, topic]])
    for parts in lines:
        answer = engine.who(parts[0], parts[1] if len(parts) > 1 else None, k=k)
        if answer.message and not answer.quotes:
            if json_:
                click.echo(json.dumps([]))
                _console(stderr=True).print(answer.message)
                continue
            if name != "-":
                raise click.ClickException(answer.message)
        _print_statements(answer, json_, prompts)


@cli.command(name="said")
@click.argument("phrase")
@click.option("-k", "k", type=click.IntRange(1, 50), default=5, show_default=True)
@click.option("--json", "json_", is_flag=True, help="Print a JSON list (one list a line with '-').")
@click.pass_context
@friendly
def said_command(ctx, phrase, k, json_):
    """Who said PHRASE, exactly or in other words ('-' reads one phrase a line)."""
    engine = _engine(ctx)
    prompts = None if json_ else _prompts(ctx)
    for p in _questions(phrase):
        _print_statements(engine.said(p, k=k), json_, prompts)


@cli.command(name="stats")
@click.option("--json", "json_", is_flag=True)
@click.pass_context
@friendly
def stats_command(ctx, json_):
    """What the store holds: articles, chunks, quotes, location, size, model."""
    stats = _engine(ctx).stats()
    if json_:
        click.echo(json.dumps(stats))
        return
    size = stats["size_bytes"]
    _console().print(
        f"[bold]{count(stats['articles'], 'article')}[/] · {count(stats['chunks'], 'chunk')} · "
        f"{count(stats['sentences'], 'sentence')} · {count(stats['quotes'], 'quote')}\n"
        f"store: {stats['store']} ({stats['backend']}"
        + (f", {size / 1e6:.1f} MB" if size is not None else "") + f")\nmodel: {stats['model']}")


@cli.command(name="show")
@click.argument("article_id")
@click.option("--json", "json_", is_flag=True)
@click.pass_context
@friendly
def show_command(ctx, article_id, json_):
    """Print an article with its paragraph numbers."""
    art = _engine(ctx).article(article_id)
    if json_:
        data = art.model_dump()
        data["paragraphs"] = [{"number": p.number, "start": p.start, "end": p.end,
                               "text": art.text[p.start:p.end]} for p in art.paragraphs]
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    from rich.text import Text

    out = _console()
    out.print(Text(art.title, style="bold"))
    meta = " · ".join(x for x in (art.author and f"by {art.author}", art.date, art.source, art.url, art.path) if x)
    out.print(Text(meta, style="dim"))
    for p in art.paragraphs:
        out.print(Text(f"\n¶{p.number} ", style="cyan") + Text(art.text[p.start:p.end]))


@cli.command(name="quotes")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "json_", is_flag=True, help="Print JSON: {path: [quote, ...]}.")
@click.pass_context
@friendly
def quotes_command(ctx, files, json_):
    """Extract attributed statements from FILES (no store needed)."""
    from .quotes import extract_statements, statements_to_json
    from .readers import read_path

    result: dict[str, list] = {}
    err = _console(stderr=True)
    failed = 0
    max_bytes = int(_settings(ctx).max_file_mb * 1_000_000)
    for f in files:
        try:
            arts = read_path(f, max_bytes)
        except ReadError as exc:
            err.print(f"[red]error:[/] {exc.path}: {exc.reason}")
            failed += 1
            continue
        items = []
        for art in arts:
            body = art.paragraphs[0].start if art.paragraphs else len(art.text)
            items.extend(extract_statements(art.text, body))
        result[str(f)] = items
    if json_:
        click.echo(json.dumps({k: statements_to_json(v) for k, v in result.items()}, ensure_ascii=False))
    else:
        from rich.text import Text

        out = _console()
        for path, items in result.items():
            out.print(Text(path, style="bold"))
            for st in items:
                who = st.speaker or "(no speaker)"
                cue = st.cue.text if st.cue else ""
                out.print(Text(f"  {who}", style="bold") + Text(f" [{cue}] ", style="dim")
                          + Text(" … ".join(c.text for c in st.content)))
    if failed and not result:
        ctx.exit(1)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="qabot")


@cli.command(name="eval")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-n", "limit", type=int, default=None, help="Use only the first N questions after shuffling.")
@click.option("--seed", type=int, default=0, show_default=True, help="Shuffle seed for -n.")
@click.option("--no-baseline", is_flag=True, help="Skip the naive nearest-sentence baseline.")
@click.option("--hurried", is_flag=True, help="Ask each question as typed in a hurry: lower case, "
              "no apostrophes, no question mark.")
@click.option("--typos", is_flag=True, help="Ask each question with one slip of the keyboard (two letters "
              "swapped in one word; --seed chooses).")
@click.option("--json", "json_", is_flag=True)
@click.pass_context
@friendly
def eval_command(ctx, file, limit, seed, no_baseline, hurried, typos, json_):
    """Score answers on FILE (JSONL of {question, answers[]} or {question, expect[], abstain})."""
    import dataclasses
    import random

    from .evaluation import evaluate, hurried as in_a_hurry, load_items, with_typo

    items = load_items(file)
    if limit:
        random.Random(seed).shuffle(items)
        items = items[:limit]
    if hurried:
        items = [dataclasses.replace(it, question=in_a_hurry(it.question)) for it in items]
    if typos:
        rng = random.Random(seed)
        items = [dataclasses.replace(it, question=with_typo(it.question, rng)) for it in items]
    result = evaluate(_engine(ctx), items, baseline=not no_baseline)
    if json_:
        click.echo(json.dumps(result))
        return
    from rich.table import Table

    table = Table(title=f"{file} · {len(items)} questions")
    table.add_column("metric")
    table.add_column("qabot", justify="right")
    table.add_column("baseline", justify="right")
    table.add_column("difference", justify="right")
    for key, value in result["qabot"].items():
        base = result.get("baseline", {}).get(key)
        diff = result.get("difference", {}).get(key)
        table.add_row(key, str(value), "" if base is None else str(base),
                      "" if diff is None else f"{diff:+.4f}")
    _console().print(table)


@cli.command(name="repl")
@click.option("--json", "json_", is_flag=True, help="Non-terminal use: one JSON answer a line.")
@click.pass_context
@friendly
def repl_command(ctx, json_):
    """Talk to the corpus: follow-up questions, /who, /said, /open, /source (see /help)."""
    from .repl import run_repl

    run_repl(_engine(ctx), _settings(ctx), json_mode=json_)


@cli.command(name="discord")
@click.pass_context
@friendly
def discord_command(ctx):
    """Run the Discord bot over the same store (token from DISCORD_TOKEN)."""
    from .discord.bot import run_bot

    run_bot(_engine(ctx), _settings(ctx))
