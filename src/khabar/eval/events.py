"""``khabar eval events``: event coding and extraction quality on three gold sets, in one run.

- ``plover-gsr``: the 322 English PLOVER gold standard sentences; event-type accuracy (legacy
  names such as DEMAND read as their 2021 type) and source/target actor P/R/F1 (an actor matches
  when it shares a content word with a gold actor text, one to one).
- ``hindi-disaster``: the annotated Hindi disaster documents (train split, the only one with gold);
  trigger identification and classification P/R/F1 (overlapping spans) and argument P/R/F1 for
  place, time and casualties (overlapping span, same role).
- ``seeds``: the two seed articles through the whole pipeline against seeds-gold; core and
  secondary event recall, precision, field accuracy of the matched core events, quote recall and
  speaker accuracy. Needs the lang, entities and time stages.
- ``hindi-covid-dev``: the whole corpus day files of the Hindi COVID event gold through ingest's
  reader and the stages, scored by the reference scorer's rules (:mod:`.event_gold`), for all
  articles and for the tune and check halves.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from ..config import Config
from ..errors import E, KhabarError
from ..events.english import code_sentence
from ..events.lexicon import ontology
from ..events.merge import MergedEvent, merge_events
from ..events.stage import analyse
from ..model import Article
from .event_gold import evaluate_gold
from .report import EvalReport, data_digest, require_data

COLUMNS = ["dataset", "metric", "precision", "recall", "f1", "accuracy", "n"]
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "and",
        "in",
        "on",
        "to",
        "for",
        "from",
        "its",
        "their",
        "his",
        "her",
        "by",
        "with",
        "at",
    ]
)


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 6), round(r, 6), round(f, 6)


def _row(dataset: str, metric: str, **scores: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(dataset=dataset, metric=metric, **scores)
    return row


# ---- PLOVER gold standard records ------------------------------------------------------------


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP}


def _actor_match(pred: list[str], gold: list[str]) -> int:
    used: set[int] = set()
    hits = 0
    for p in pred:
        for gi, g in enumerate(gold):
            if gi not in used and _words(p) & _words(g):
                used.add(gi)
                hits += 1
                break
    return hits


def _gold_actors(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(a.get("actorText", "")).strip() for a in value if isinstance(a, dict)]


def eval_plover(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Rows for all records (dataset ``plover-gsr``) and for its two halves: ``plover-gsr:tune``
    (even positions in the file) to develop English rules on, ``plover-gsr:check`` (odd) to
    report once (round en5, as hindi-covid-dev's halves)."""
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise KhabarError(E.E041, where=str(path), detail=str(exc)) from exc
    records = [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")][:limit]
    return (
        _plover_rows("plover-gsr", records)
        + _plover_rows("plover-gsr:tune", records[0::2])
        + _plover_rows("plover-gsr:check", records[1::2])
    )


def _plover_rows(name: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    onto = ontology()
    correct = 0
    counts = {"source": [0, 0, 0, 0], "target": [0, 0, 0, 0]}  # tp_pred, n_pred, tp_gold, n_gold
    for rec in records:
        text = rec["text"]
        coded = code_sentence(text, 0, len(text))
        pred_type = coded[0].type if coded else None
        correct += pred_type == onto.normalize(rec["event"])
        for role in ("source", "target"):
            gold = _gold_actors(rec.get(role))
            chunks = (coded[3] if role == "source" else coded[4]) if coded else []
            pred = [c.text for c in chunks]
            hits = _actor_match(pred, gold)
            c = counts[role]
            c[0] += hits
            c[1] += len(pred)
            c[2] += hits
            c[3] += len(gold)
    rows = [
        _row(name, "event_type", accuracy=round(correct / max(1, len(records)), 6), n=len(records))
    ]
    for role, c in counts.items():
        p, r, f = _prf(c[0], c[1], c[2], c[3])
        rows.append(_row(name, f"{role}_actor", precision=p, recall=r, f1=f, n=c[3]))
    return rows


# ---- Hindi disaster corpus -------------------------------------------------------------------

_TAG = re.compile(r"<(/?)([A-Za-z_][\w-]*)([^>]*?)(/?)>|([^<]+)")
_ROLES = {"PLACE-ARG": "place", "TIME-ARG": "time", "CASUALTIES-ARG": "casualties"}


def parse_disaster_xml(
    raw: str,
) -> tuple[str, list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """(text, triggers [(start, end, type)], arguments [(start, end, role)]) of one gold file.

    The text is the <W> tokens joined by single spaces, so offsets are into that text.
    """
    parts: list[str] = []
    pos = 0
    stack: list[tuple[str, int, str]] = []
    triggers: list[tuple[int, int, str]] = []
    args: list[tuple[int, int, str]] = []
    in_word = False
    for m in _TAG.finditer(raw):
        closing, name, attrs, selfclose, chars = m.groups()
        if chars is not None:
            if in_word:
                word = unicodedata.normalize("NFC", html.unescape(chars)).strip()
                if word:
                    if parts:
                        parts.append(" ")
                        pos += 1
                    parts.append(word)
                    pos += len(word)
            continue
        if name == "W":
            in_word = not closing
            continue
        if (
            selfclose
            or name in {"DOCUMENT", "P", "LINK", "EVENT-COREF-LINK"}
            or name.startswith("?")
        ):
            continue
        if not closing:
            type_ = re.search(r'TYPE="([^"]+)"', attrs or "")
            stack.append((name, pos + (1 if parts else 0), type_.group(1) if type_ else ""))
        else:
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == name:
                    _, start, type_name = stack.pop(k)
                    if name.endswith("_EVENT"):
                        triggers.append((start, pos, type_name))
                    elif name in _ROLES:
                        args.append((start, pos, _ROLES[name]))
                    break
    return "".join(parts), triggers, args


def _disaster_docs(folder: Path) -> list[tuple[str, str, list[Any], list[Any]]]:
    seen: set[str] = set()
    docs = []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.suffix == ".xml"):
        try:
            raw = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        if "<W>" not in raw:
            continue
        text, triggers, args = parse_disaster_xml(raw)
        digest = hashlib.sha1(text.encode()).hexdigest()
        if not triggers or digest in seen:
            continue
        seen.add(digest)
        docs.append((path.stem, text, triggers, args))
    return docs


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _run_stages(articles: list[Article], config: Config, names: Iterable[str]) -> list[Article]:
    from ..pipeline import available_stages, run_local

    have = available_stages()
    wanted = [n for n in names if n in have]
    return list(run_local(articles, config, wanted)) if wanted else articles


def eval_disaster(folder: Path, config: Config, limit: int | None = None) -> list[dict[str, Any]]:
    docs = _disaster_docs(folder)[:limit]
    articles = [
        Article(id=name, text=text, language="hi", source_kind="text") for name, text, _, _ in docs
    ]
    articles = _run_stages(articles, config, ("clean", "lang", "entities", "time"))
    disaster = ontology().disaster_types
    ident = [0, 0, 0, 0]
    klass = [0, 0, 0, 0]
    arg_counts: dict[str, list[int]] = {r: [0, 0, 0, 0] for r in _ROLES.values()}
    for art, (_, _, gold_t, gold_a) in zip(articles, docs, strict=True):
        analyse(art)
        preds = [e for e in art.events if e.type in disaster]
        spans = [(e.trigger_start, e.trigger_end, e.type) for e in preds]
        for counts, typed in ((ident, False), (klass, True)):

            def same(p: tuple[int, int, Any], g: tuple[int, int, Any], typed: bool = typed) -> bool:
                return _overlaps((p[0], p[1]), (g[0], g[1])) and (not typed or p[2] == g[2])

            counts[0] += sum(any(same(p, g) for g in gold_t) for p in spans)
            counts[1] += len(spans)
            counts[2] += sum(any(same(p, g) for p in spans) for g in gold_t)
            counts[3] += len(gold_t)
        pred_args = {
            (a.start, a.end, a.role) for e in preds for a in e.arguments if a.role in arg_counts
        }
        for role, c in arg_counts.items():
            pr = [a for a in pred_args if a[2] == role]
            gl = [a for a in gold_a if a[2] == role]
            c[0] += sum(any(_overlaps(p[:2], g[:2]) for g in gl) for p in pr)
            c[1] += len(pr)
            c[2] += sum(any(_overlaps(p[:2], g[:2]) for p in pr) for g in gl)
            c[3] += len(gl)
    rows = []
    for metric, c in (("trigger_identification", ident), ("trigger_classification", klass)):
        p, r, f = _prf(*c)
        rows.append(_row("hindi-disaster", metric, precision=p, recall=r, f1=f, n=c[3]))
    total = [sum(c[i] for c in arg_counts.values()) for i in range(4)]
    for role, c in [*arg_counts.items(), ("all", total)]:
        p, r, f = _prf(*c)
        rows.append(_row("hindi-disaster", f"argument_{role}", precision=p, recall=r, f1=f, n=c[3]))
    return rows


# ---- seeds -----------------------------------------------------------------------------------


def _names(ev: MergedEvent, ids: list[str]) -> set[str]:
    return {ev.names.get(i, i.split(":", 1)[-1]) for i in ids}


def _gold_sets(g: dict[str, Any], key: str) -> list[set[str]]:
    main = set(g.get(key) or [])
    return [main] + [set([x] if isinstance(x, str) else x) for x in g.get(f"{key}_also_ok") or []]


def match_event(g: dict[str, Any], ev: MergedEvent) -> dict[str, bool] | None:
    """Field-by-field agreement of a merged event with a gold event; None when it is another
    event (different type or actors). A visit's target may be given as its place (Beijing for
    China): the place is the more precise statement of where the visit went."""
    types = {g["type"], *(g.get("type_also_ok") or [])}
    if ev.type not in types:
        return None
    src, tgt = _names(ev, ev.source), _names(ev, ev.target)
    if g.get("symmetric"):
        actors_ok = any(src | tgt == s for s in _gold_sets(g, "source"))
    else:
        loc = g.get("location")
        golds_t = _gold_sets(g, "target") + ([{loc}] if isinstance(loc, str) else [])
        actors_ok = any(src == s for s in _gold_sets(g, "source")) and any(
            tgt == t for t in golds_t
        )
    if not actors_ok:
        return None
    dates = {g.get("date"), *(g.get("date_also_ok") or [])}
    modalities = {g.get("modality"), *(g.get("modality_also_ok") or [])}
    return {
        "date": ev.date in dates,
        "modality": ev.modality in modalities,
        "reported_by": {a + ".txt" for a in ev.articles} == set(g.get("reported_by") or []),
    }


def compare_seeds(
    merged: list[MergedEvent], articles: list[Article], gold: dict[str, Any]
) -> dict[str, Any]:
    """Scores of merged events and quotes against seeds-gold, with the gold events missed."""
    golds = [g for g in gold["events"] if g.get("type")]
    matched: dict[str, dict[str, bool]] = {}
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(golds):
        for i, ev in enumerate(merged):
            fields = match_event(g, ev)
            if fields is not None:
                pairs.append((-sum(fields.values()), g["tier"] != "core", gi, i, fields))
    for _, _, gi, i, fields in sorted(pairs, key=lambda p: p[:4]):
        gid = golds[gi]["id"]
        if gid not in matched and i not in used:  # best-agreeing pairs first, core before secondary
            matched[gid] = fields
            used.add(i)
    core = [g["id"] for g in golds if g["tier"] == "core"]
    secondary = [g["id"] for g in golds if g["tier"] != "core"]
    full = [gid for gid in core if gid in matched and all(matched[gid].values())]
    by_doc = {a.id + ".txt": a for a in articles}
    q_hit = q_speaker = 0
    for q in gold["quotes"]:
        art = by_doc.get(q["doc"])
        if art is None:
            continue
        at = art.text.find(q["text"].rstrip(".।")[:60])
        cands = [p for p in art.quotes if at >= 0 and p.start <= at + 5 and at < p.end]
        if cands:
            q_hit += 1
            names = {m.entity_id: m.canonical for m in art.mentions}
            spk = names.get(cands[0].speaker) if cands[0].speaker else None
            q_speaker += spk == q.get("speaker") or (
                spk is not None and spk == q.get("speaker_inferred")
            )
    n_pred_q = sum(len(a.quotes) for a in articles)
    return {
        "core_recall": len([c for c in core if c in matched]) / len(core),
        "core_full_match": len(full) / len(core),
        "secondary_recall": len([s for s in secondary if s in matched]) / max(1, len(secondary)),
        "precision": len(used) / len(merged) if merged else 0.0,
        "field_accuracy": {
            f: sum(matched[c][f] for c in core if c in matched)
            / max(1, len([c for c in core if c in matched]))
            for f in ("date", "modality", "reported_by")
        },
        "missed_core": [c for c in core if c not in matched],
        "partial_core": {
            c: [f for f, ok in matched[c].items() if not ok]
            for c in core
            if c in matched and c not in full
        },
        "unmatched_predictions": [i for i in range(len(merged)) if i not in used],
        "quote_recall": q_hit / len(gold["quotes"]),
        "quote_precision": q_hit / n_pred_q if n_pred_q else 0.0,
        "quote_speaker_accuracy": q_speaker / q_hit if q_hit else 0.0,
        "n_core": len(core),
        "n_quotes": len(gold["quotes"]),
    }


def seed_articles(folder: Path) -> list[Article]:
    return [
        Article(
            id=p.stem,
            text=unicodedata.normalize("NFC", p.read_text(encoding="utf-8")),
            source_path=str(p),
            source_kind="seed",
        )
        for p in sorted(folder.glob("*.txt"))
    ]


def eval_seeds(data_dir: Path, config: Config) -> tuple[list[dict[str, Any]], list[str]]:
    from ..pipeline import available_stages, run_local

    gold_path = require_data(data_dir, "seeds-gold", "seeds.yaml")
    try:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise KhabarError(E.E041, where=str(gold_path), detail=str(exc).splitlines()[0]) from exc
    needed = {"lang", "entities", "time", "events"}
    missing = sorted(needed - set(available_stages()))
    if missing:
        return [], [f"seeds: not scored, pipeline stages missing: {', '.join(missing)}"]
    seeds = data_dir.parent / "seeds"
    if not seeds.is_dir():
        seeds = Path(__file__).resolve().parents[3] / "examples"
    articles = list(run_local(seed_articles(seeds), config))
    s = compare_seeds(merge_events(articles), articles, gold)
    rows = [
        _row(
            "seeds",
            "core_events",
            precision=round(s["precision"], 6),
            recall=round(s["core_recall"], 6),
            n=s["n_core"],
        ),
        _row(
            "seeds", "core_events_all_fields", recall=round(s["core_full_match"], 6), n=s["n_core"]
        ),
        _row("seeds", "secondary_events", recall=round(s["secondary_recall"], 6)),
        _row(
            "seeds",
            "quotes",
            precision=round(s["quote_precision"], 6),
            recall=round(s["quote_recall"], 6),
            accuracy=round(s["quote_speaker_accuracy"], 6),
            n=s["n_quotes"],
        ),
    ]
    notes = [
        f"seeds: missed core events: {', '.join(s['missed_core']) or 'none'}",
        f"seeds: partly wrong core events: {s['partial_core']}",
    ]
    return rows, notes


def eval_covid(
    config: Config, predictions_out: Path | None = None, gold_path: Path | None = None
) -> tuple[list[dict[str, Any]], list[Path]]:
    """Rows of the Hindi COVID event gold (or of ``gold_path``, a gold in its schema, named
    ``gold:<file stem>``): all articles, then the tune and check halves."""
    figures, paths, _ = evaluate_gold(config.data_dir, config, predictions_out, gold_path)
    base = "hindi-covid-dev" if gold_path is None else f"gold:{gold_path.stem}"
    rows = []
    for part, s in figures.items():
        name = base if part == "all" else f"{base}:{part}"
        rows += [
            _row(
                name, "core_events", precision=s["precision"], recall=s["core_recall"], n=s["core"]
            ),
            _row(name, "secondary_events", recall=s["secondary_recall"]),
            _row(name, "actors", accuracy=s["actors"], n=s["assigned"]),
            _row(name, "actors_lenient", accuracy=s["actors_lenient"], n=s["assigned"]),
            # each side alone (strict English rule): "actors" needs both, and the gold's targets
            # are mostly English descriptions ("shopping malls in Delhi") no Hindi span carries
            _row(name, "source_actor", accuracy=s["source"], n=s["assigned"]),
            _row(name, "target_actor", accuracy=s["target"], n=s["assigned"]),
            _row(name, "date", accuracy=s["date"], n=s["assigned"]),
            _row(name, "modality", accuracy=s["modality"], n=s["assigned"]),
            _row(name, "full", precision=s["full_precision"], recall=s["full_recall"]),
            _row(name, "full_lenient", recall=s["full_recall_lenient"]),
            _row(name, "timex_span", recall=s["timex_recall"], n=s["timex_gold"]),
            _row(name, "timex_value", accuracy=s["timex_value_acc"]),
        ]
    return rows, paths


ALL_DATASETS = ("plover-gsr", "hindi-disaster", "seeds", "hindi-covid-dev")


def evaluate(
    config: Config,
    limit: int | None = None,
    datasets: tuple[str, ...] = ALL_DATASETS,
    predictions_out: Path | None = None,
    gold_path: Path | None = None,
) -> EvalReport:
    """All event scores in one report; ``limit`` caps the Hindi disaster documents (for the gate:
    the other sets take seconds). ``gold_path``: only that gold, in the Hindi COVID gold's
    schema, is scored (the other datasets are the development data's own)."""
    data = config.data_dir
    if gold_path is not None:
        datasets = ("hindi-covid-dev",)
    report = EvalReport("events", COLUMNS)
    paths: list[Path] = []
    started = time.perf_counter()
    if "plover-gsr" in datasets:
        path = require_data(data, "events", "plover-gsr", "PLOVER_GSR_CAMEO.json")
        paths.append(path)
        report.rows.extend(eval_plover(path))
    if "hindi-disaster" in datasets:
        folder = require_data(data, "events", "hindi-disaster", "Hindi_Train")
        paths.append(folder)
        report.rows.extend(eval_disaster(folder, config, limit))
        report.notes.append(
            "hindi-disaster: place arguments come from the entities stage; time from the time stage when installed, else a small Hindi time-word pattern"
        )
    if "seeds" in datasets:
        rows, notes = eval_seeds(data, config)
        paths.append(data / "seeds-gold" / "seeds.yaml")
        report.rows.extend(rows)
        report.notes.extend(notes)
    if "hindi-covid-dev" in datasets:
        rows, gold_paths = eval_covid(config, predictions_out, gold_path)
        paths.extend(gold_paths)
        report.rows.extend(rows)
        report.notes.append(
            f"{rows[0]['dataset'] if rows else 'hindi-covid-dev'}: tune half = even positions of"
            " the sorted article ids, check half = odd"
        )
    report.notes.append(f"elapsed {time.perf_counter() - started:.1f} s")
    report.data_digest = data_digest(paths)
    return report
