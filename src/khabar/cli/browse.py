"""Commands that read the store: articles, search, entities, dates, events, quotes, timelines, stories; and serve."""

from __future__ import annotations

from typing import Any

import click

from ..errors import E, KhabarError
from .base import (
    STORIES_SHOWN,
    _config,
    _print_json,
    _read_store,
    _store,
    _table,
    _user_errors,
    cli,
    json_option,
    out,
)


# -- browse --------------------------------------------------------------------------------------
@cli.command()
@click.option("--limit", "-n", type=click.IntRange(min=0), default=None, help="Show at most N articles.")
@click.option("--outlet", help="Only this outlet.")
@click.option("--since", help="Only articles dated on or after YYYY-MM-DD.")
@click.option("--until", help="Only articles dated on or before YYYY-MM-DD.")
@click.option("--status", type=click.Choice(["ok", "no_text", "unsupported_language", "too_large"]))
@json_option
@click.pass_context
@_user_errors
def articles(ctx: click.Context, limit: int | None, outlet: str | None, since: str | None,
             until: str | None, status: str | None, as_json: bool) -> None:
    """List stored articles (current versions).

    \b
    Example:
      khabar articles --since 2026-02-01 --outlet "Live Hindustan"
    """
    from ..query import date_option

    since, until = date_option(since, "--since"), date_option(until, "--until")
    with _read_store(ctx) as store:
        rows = store.list_articles(limit=limit, outlet=outlet, since=since, until=until, status=status)
    if as_json:
        _print_json([dict(r) for r in rows])
        return
    out.print(_table(f"{len(rows)} articles", ["id", "date", "outlet", "lang", "status", "title"],
                     [[r["id"], r["dct"], r["outlet"], r["language"], r["status"],
                       (r["title"] or "")[:80]] for r in rows]))


@cli.command()
@click.argument("article_id")
@click.option("--version", "version", type=click.IntRange(min=1), default=None, help="A stored earlier version.")
@click.option("--all-lines", is_flag=True, help="Also show boilerplate lines.")
@json_option
@click.pass_context
@_user_errors
def show(ctx: click.Context, article_id: str, version: int | None, all_lines: bool,
         as_json: bool) -> None:
    """Show one article: metadata with provenance, cleaned body, facts found.

    ARTICLE_ID may be a unique prefix.

    \b
    Example:
      khabar show cf99c38d
    """
    with _read_store(ctx) as store:
        art = store.get_article(article_id, version)
        versions = [dict(v) for v in store.versions(art.id)]
    if as_json:
        data = art.to_dict()
        data["versions"] = versions
        _print_json(data)
        return
    meta = [("id", art.id), ("version", f"{version or next(v['version'] for v in versions if v['is_current'])} of {len(versions)}"),
            ("source", f"{art.source_path} {art.record}".strip()), ("kind", art.source_kind),
            ("outlet", art.outlet), ("title", art.title), ("authors", ", ".join(art.authors) or None),
            ("published", art.published), ("dct", art.dct), ("language", art.language),
            ("wire", art.wire), ("dateline", art.dateline), ("status", art.status)]
    for name, value in meta:
        if value:
            source = art.provenance.get(name)
            out.print(f"[bold]{name:>10}[/] {value}" + (f"  [dim]({source})[/]" if source else ""))
    out.print()
    if art.blocks:
        for block in art.blocks:
            if all_lines or block.label in ("title", "subheading", "summary", "body"):
                out.print(f"[dim]{block.line:>3} {block.label:<11}[/] {art.text[block.start:block.end]}")
    else:  # no lines classified (a too_large article): plain text, rich would lay out every MB
        click.echo(art.text)
    out.print()
    out.print(f"[dim]{len(art.sentences)} sentences, {len(art.mentions)} mentions, "
              f"{len(art.timexes)} dates, {len(art.events)} events, {len(art.quotes)} quotes; "
              f"warnings: {len(art.warnings)}[/]")


@cli.command()
@click.argument("query")
@click.option("--limit", "-n", type=int, default=20, show_default=True)
@json_option
@click.pass_context
@_user_errors
def search(ctx: click.Context, query: str, limit: int, as_json: bool) -> None:
    """Full-text search in titles and bodies (Hindi and English).

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", prefix*, AND/OR/NOT.

    \b
    Example:
      khabar search 'पुतिन'
      khabar search '"वीडियो कॉल"'
      khabar search 'जिनपि*'
    """
    with _read_store(ctx) as store:
        rows = store.search(query, limit=limit)
    if as_json:
        _print_json([dict(r) for r in rows])
        return
    out.print(_table(f"{len(rows)} results for {query}", ["id", "date", "outlet", "title", "snippet"],
                     [[r["id"], r["dct"], r["outlet"], (r["title"] or "")[:60], r["snippet"]] for r in rows]))


@cli.command()
@json_option
@click.pass_context
@_user_errors
def stats(ctx: click.Context, as_json: bool) -> None:
    """Counts of what the store holds.

    \b
    Example:
      khabar stats --json
    """
    with _store(ctx) as store:  # on a new path: an empty store, made (its counts are 0)
        data = store.stats()
    if as_json:
        _print_json(data)
        return
    for key, value in data.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        elif isinstance(value, list):
            value = " … ".join(str(v) for v in value)
        out.print(f"[bold]{key:>18}[/] {value}")


# -- entities, dates, events, quotes ---------------------------------------------------------------
@cli.command()
@click.option("--type", "type_", help="person, location, organisation, group, event, or a fine type (COUNTRY, CITY, …).")
@click.option("--story", help="Only entities of this story.")
@click.option("--limit", "-n", type=int, default=50, show_default=True)
@json_option
@click.pass_context
@_user_errors
def entities(ctx: click.Context, type_: str | None, story: str | None, limit: int, as_json: bool) -> None:
    """List entities, most mentioned first.

    \b
    Example:
      khabar entities --type PERSON
    """
    from ..query import entity_list

    with _read_store(ctx) as store:
        rows = entity_list(store, type_=type_, story=story, limit=limit)
    if as_json:
        _print_json(rows)
        return
    out.print(_table(f"{len(rows)} entities", ["id", "name", "type", "mentions", "articles"],
                     [[r["entity_id"], r["name"], r["type"], r["mentions"], r["articles"]] for r in rows]))


@cli.command()
@click.argument("name")
@json_option
@click.pass_context
@_user_errors
def entity(ctx: click.Context, name: str, as_json: bool) -> None:
    """One entity by name (Hindi or English, any spelling): variants, articles, co-occurring
    entities and the timeline of its mentions.

    \b
    Example:
      khabar entity Putin
      khabar entity पुतिन
    """
    from ..query import entity_profile

    with _read_store(ctx) as store:
        data = entity_profile(store, _config(ctx), name)
    if as_json:
        _print_json(data)
        return
    out.print(f"[bold]{data['name']}[/]  {data['type'] or ''}  [dim]{data['id']}[/]")
    if data["kb"] and data["kb"]["roles"]:
        for role in data["kb"]["roles"]:
            out.print(f"  role: {role['title']} {role.get('of') or ''} {role.get('start') or ''}–{role.get('end') or ''}", markup=False)
    out.print("  variants: " + ", ".join(f"{k} ({v})" for k, v in data["variants"].items()), markup=False)
    if data["roles"]:
        out.print("  roles in text: " + "; ".join(data["roles"]), markup=False)
    out.print(_table("articles", ["id", "date", "outlet", "mentions", "title"],
                     [[a["id"], a["date"], a["outlet"], a["mentions"], (a["title"] or "")[:60]] for a in data["articles"]]))
    out.print("  with: " + ", ".join(f"{c['name']} ({c['articles']})" for c in data["co_occurring"]), markup=False)
    out.print("  timeline: " + ", ".join(f"{d}: {n}" for d, n in data["timeline"].items()), markup=False)


@cli.command()
@click.argument("article_id")
@json_option
@click.pass_context
@_user_errors
def dates(ctx: click.Context, article_id: str, as_json: bool) -> None:
    """Temporal expressions of one article, each with its value and reference date.

    \b
    Example:
      khabar dates cf99c38d
    """
    from ..query import article_dates

    with _read_store(ctx) as store:
        data = article_dates(store, article_id)
    if as_json:
        _print_json(data)
        return
    out.print(f"{data['id']}: {data['reference']}", markup=False)
    out.print(_table(f"{len(data['timexes'])} dates", ["text", "type", "value", "reference", "offsets", "also"],
                     [[t["text"], t["type"], t["value"], f"{t['reference']} ({t['reference_source']})",
                       f"{t['start']}-{t['end']}", ", ".join(t["alternatives"])] for t in data["timexes"]]))


def _actor_label(ev: Any, ident: str) -> str:
    """An actor as written, with its English name where that says something else."""
    name, en = ev.names.get(ident, ident), ev.english.get(ident)
    return f"{name} ({en})" if en and en != name else name


def _event_rows(events: list[Any]) -> list[list[Any]]:
    rows = []
    for ev in events:
        source = ", ".join(_actor_label(ev, i) for i in ev.source)
        target = ", ".join(_actor_label(ev, i) for i in ev.target)
        rows.append([ev.date or "-", ev.type or "-", ev.mode or "", source, target, ev.modality,
                     len(ev.articles), ev.reports[0].evidence[:90] if ev.reports else ""])
    return rows


_EVENT_COLUMNS = ["date", "type", "mode", "source", "target", "modality", "reports", "evidence"]


@cli.command()
@click.option("--actor", "actors", multiple=True, help="An actor taking part (repeat for a dyad).")
@click.option("--type", "type_", help="PLOVER type, e.g. CONSULT.")
@click.option("--since", help="Events dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", help="Events dated on or before.")
@click.option("--modality", type=click.Choice(["happened", "planned", "expected", "proposed", "possible", "ongoing", "denied", "hypothetical", "reported"]))
@click.option("--sector", help="An actor of this sector takes part (GOV, COP, JUD, MIL, CVL, ...).")
@json_option
@click.pass_context
@_user_errors
def events(ctx: click.Context, actors: tuple[str, ...], type_: str | None, since: str | None,
           until: str | None, modality: str | None, sector: str | None, as_json: bool) -> None:
    """Events merged across the articles that report them. --actor takes a name, an entity id
    or an actor code ("IND COP": any Indian police; "IND-Delhi COP": Delhi Police).

    \b
    Example:
      khabar events --actor पुतिन --actor "Xi Jinping" --since 2026-02
      khabar events --actor "IND COP" --type COERCE
      khabar events --sector GOV --json
    """
    from ..query import as_json as plain
    from ..query import date_option, merged_events

    since, until = date_option(since, "--since"), date_option(until, "--until")
    with _read_store(ctx) as store:
        found = merged_events(store, _config(ctx), actors, type_, since, until, modality, sector)
    if as_json:
        _print_json(plain(found))
        return
    out.print(_table(f"{len(found)} events", _EVENT_COLUMNS, _event_rows(found)))


@cli.command()
@click.option("--speaker", help="Only quotes of this speaker (any spelling).")
@json_option
@click.pass_context
@_user_errors
def quotes(ctx: click.Context, speaker: str | None, as_json: bool) -> None:
    """Quotes: who said what, with the cue and whether direct or reported.

    \b
    Example:
      khabar quotes --speaker Ushakov
    """
    from ..query import quotes as find_quotes

    with _read_store(ctx) as store:
        found = find_quotes(store, _config(ctx), speaker)
    if as_json:
        _print_json(found)
        return
    out.print(_table(f"{len(found)} quotes", ["date", "speaker", "cue", "kind", "text", "article"],
                     [[q["date"], q["speaker_name"], q["cue"], q["kind"], q["text"][:120], q["article"]] for q in found]))


@cli.command()
@click.argument("actor")
@click.argument("other", required=False)
@json_option
@click.pass_context
@_user_errors
def timeline(ctx: click.Context, actor: str, other: str | None, as_json: bool) -> None:
    """Events of an actor, or between two actors, over time, with counts per type.

    \b
    Example:
      khabar timeline Russia China
    """
    from ..query import actor_timeline
    from ..query import as_json as plain

    with _read_store(ctx) as store:
        data = actor_timeline(store, _config(ctx), actor, other)
    if as_json:
        _print_json(plain(data))
        return
    out.print("counts: " + (", ".join(f"{k} {v}" for k, v in data["counts"].items()) or "none"), markup=False)
    out.print(_table(f"{len(data['events'])} events", _EVENT_COLUMNS, _event_rows(data["events"])))


# -- stories -------------------------------------------------------------------------------------
@cli.command()
@click.option("--since", help="Stories active on or after YYYY-MM-DD.")
@click.option("--entity", help="Only stories mentioning this entity (any spelling).")
@click.option("--lang", help="Only stories with articles in this language (hi, en, …).")
@click.option("--limit", "-n", type=int, default=None,
              help=f"Show at most N stories, newest first (default: {STORIES_SHOWN} in the table,"
                   " all with --json; 0: all).")
@json_option
@click.pass_context
@_user_errors
def stories(ctx: click.Context, since: str | None, entity: str | None, lang: str | None, limit: int | None,
            as_json: bool) -> None:
    """Stories: articles on the same event across outlets, days and languages.

    The table shows the newest stories and a line saying how many more there are: laying out
    every row of a whole corpus (over a thousand) took a second, and no one reads it on a terminal.

    \b
    Example:
      khabar stories --since 2026-02-01 --entity पुतिन
      khabar stories -n 0
    """
    from ..query import as_json as plain
    from ..query import date_option
    from ..query import stories as list_stories

    if limit is not None and limit < 0:
        raise KhabarError(E.E050, detail=f"--limit {limit}: expected 0 (all) or a positive number")
    since = date_option(since, "--since")
    with _read_store(ctx) as store:
        found = list_stories(store, since=since, entity=entity, lang=lang, config=_config(ctx))
    if limit is None:
        limit = 0 if as_json else STORIES_SHOWN
    shown = found[:limit] if limit else found
    if as_json:
        _print_json(plain(shown))
        return
    out.print(_table(f"{len(found)} stories", ["id", "from", "to", "articles", "outlets", "langs", "title"],
                     [[s.id, s.first_date, s.last_date, s.n_articles, ", ".join(s.outlets),
                       ", ".join(s.languages), (s.title or "")[:70]] for s in shown]))
    if len(shown) < len(found):
        out.print(f"… {len(found) - len(shown)} more (khabar stories -n 0 shows all)", markup=False,
                  highlight=False)


@cli.command()
@click.argument("story_id")
@click.option("--why", is_flag=True, help="For each member: what joined it and to whom.")
@json_option
@click.pass_context
@_user_errors
def story(ctx: click.Context, story_id: str, why: bool, as_json: bool) -> None:
    """One story: summary with citations, sources, entities, events, and what each source adds.

    \b
    Example:
      khabar story st-234726c58f08
      khabar story st-234726c58f08 --why
    """
    from ..query import as_json as plain
    from ..query import story as story_view

    with _read_store(ctx) as store:
        view = story_view(store, story_id)
    if as_json:
        _print_json(plain(view))
        return
    out.print(f"[bold]{view.title or '(untitled)'}[/]  [dim]{view.id}[/]")
    out.print(f"{view.first_date} … {view.last_date} · {', '.join(view.outlets) or 'unknown outlets'}"
              f" · {', '.join(view.languages)}" + (f" · wire: {', '.join(view.wires)}" if view.wires else ""), markup=False)
    out.print("\n[bold]Summary[/]")
    for c in view.summary:
        out.print(f"• {c.text} [dim][{c.article_id} {c.start}-{c.end}][/]")
    out.print(_table("sources", ["id", "date", "outlet", "title"],
                     [[a.get("id"), a.get("date"), a.get("outlet"), (a.get("title") or "")[:60]] for a in view.articles]))
    if view.entities:
        out.print("entities: " + ", ".join(f"{name} ({n})" for _, name, n in view.entities[:15]), markup=False)
    for ev in view.events:
        out.print(f"event: {ev}", markup=False)
    for article_id, facts in view.adds.items():
        out.print(f"\n[bold]Only in {article_id}[/]")
        for c in facts[:8]:
            out.print(f"  {c.kind}: {c.text[:140]}", markup=False)
    if why:
        from ..stories.view import why_lines

        out.print("\n[bold]Why[/]")
        for line in why_lines(view):
            out.print(line, markup=False)



# -- serve, export, import -----------------------------------------------------------------------
@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8000, show_default=True, help="Port to listen on.")
@click.option("--sql", is_flag=True, help="Also mount datasette read-only at /sql/ (needs the sql extra).")
@click.pass_context
@_user_errors
def serve(ctx: click.Context, host: str, port: int, sql: bool) -> None:
    """Serve the store read-only: web pages at /, the HTTP API at /api, its reference at /api/docs.

    Ingest through POST /api/ingest is enabled only when KHABAR_TOKEN is set.

    \b
    Example:
      khabar --db khabar.db serve --port 8000
      khabar --db khabar.db serve --sql    # ad-hoc SQL at /sql/
    """
    from ..serve import run

    run(_config(ctx), host=host, port=port, sql=sql)
