"""Events and timexes of whole corpus day files scored against a Hindi event gold.

The gold (schema of ``events/hindi-covid-events-dev``, shared with the hidden set) names articles
by day file and line range, and gives for each event its evidence sentence, PLOVER type, actors,
date and modality. Evaluation does what a user does: every day file the gold names goes through
ingest's reader and the installed stages (dumps split into articles as ``khabar ingest`` splits
them), and each event or timex found is placed back on its line of the day file. That makes one
prediction record per fact in the format of the reference scorer ``shared/tools/score_events.py``
(``--predictions`` writes them, so the two can be compared on the same file), and the scoring here
follows its matching rules: one-to-one max-weight assignment of type-compatible predictions
overlapping a gold evidence sentence, precision over predictions compatible with any gold event,
field accuracy on assigned pairs, strict (English name) and lenient (Hindi surface) actor rules.

Tuning discipline: the articles are split by a fixed rule (sorted gold ids, even positions =
the *tune* half, odd = the *check* half); errors are read on the tune half only, and both halves
are reported.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..config import Config
from ..errors import E, KhabarError
from ..events.names import english_names
from ..model import Article, Event
from .report import read_gold_yaml, require_data

GOLD_PARTS = ("events", "hindi-covid-events-dev", "hindi-covid-events-dev.yaml")
_CORPUS_ROOT = ("corpus", "hindi-covid-2020", "Corpora")
_EN_STOP = frozenset(
    {
        "of",
        "the",
        "a",
        "an",
        "and",
        "in",
        "on",
        "for",
        "to",
        "at",
        "by",
        "with",
        "its",
        "their",
        "s",
    }
)
_HI_STOP = frozenset(
    {"के", "की", "का", "ने", "से", "को", "में", "पर", "और", "व", "एवं", "तथा", "भी", "ही", "द्वारा", "साथ"}
)
_HI_TITLES = frozenset(
    {"सरकार", "मंत्री", "मुख्यमंत्री", "प्रधानमंत्री", "राष्ट्रपति", "नेता", "डॉ", "श्री", "अध्यक्ष"}
    | {"उपमुख्यमंत्री", "केंद्रीय"}
)
_PRONOUNS = frozenset({"उन्होंने", "इन्होंने", "उसने", "उन्हें", "उसे", "वह", "वे", "हमने", "मैंने", "हम", "मैं"})
_DISASTER_TO_PLOVER = {
    "TERRORIST_ATTACK": "ASSAULT",
    "SUICIDE_ATTACK": "ASSAULT",
    "SHOOT_OUT": "ASSAULT",
    "NORMAL_BOMBING": "ASSAULT",
    "ARMED_CONFLICTS": "ASSAULT",
    "RIOTS": "PROTEST",
}
_HI_WORD = re.compile(r"[\u0900-\u0963\u0966-\u097F\w]+")


# ---- gold ------------------------------------------------------------------------------------


def load_gold(path: Path) -> dict[str, Any]:
    """The parsed gold file, checked for what scoring needs (one-line E041 otherwise)."""
    gold = read_gold_yaml(path)
    if not isinstance(gold, dict) or not isinstance(gold.get("articles"), list):
        raise KhabarError(E.E041, where=str(path), detail="no 'articles' list")
    for i, art in enumerate(gold["articles"], start=1):
        ok = isinstance(art, dict) and all(k in art for k in ("id", "file", "lines", "events"))
        if not ok:
            raise KhabarError(
                E.E041, where=str(path), detail=f"article {i} lacks id/file/lines/events"
            )
        for j, ev in enumerate(art["events"] or [], start=1):
            problem = _event_problem(ev)
            if problem:
                name = ev.get("id") if isinstance(ev, dict) else None
                name = name or f"{art['id']} event {j}"
                raise KhabarError(E.E041, where=str(path), detail=f"{name}: {problem}")
    return gold


def _event_problem(ev: Any) -> str | None:
    """What in one gold event the scorer could not read, or None: hand-made held-out golds get
    these wrong (an actor given where only its English name belongs), and scoring them would
    otherwise stop with a traceback deep in the actor rules."""
    if not isinstance(ev, dict) or "id" not in ev:
        return "an event needs an id"
    evidence = [ev.get("evidence"), *(ev.get("also_evidence") or [])]
    if not all(isinstance(e, dict) and "line" in e and "text" in e for e in evidence):
        return "evidence and also_evidence need line and text"
    for side in ("source", "target"):
        actors = ev.get(side) or []
        if not isinstance(actors, list) or not all(
            isinstance(a, dict) and isinstance(a.get("name"), str) for a in actors
        ):
            return f"{side} must be a list of actors, each with an English name"
        also = ev.get(f"{side}_also_ok") or []
        if not isinstance(also, list) or not all(isinstance(n, str) for n in also):
            return f"{side}_also_ok must list English names (strings), not actors"
    for key in ("type_also_ok", "modality_also_ok", "date_also_ok"):
        also = ev.get(key) or []
        if not isinstance(also, list) or not all(v is None or isinstance(v, str) for v in also):
            return f"{key} must be a list of strings (quote dates)"
    return None


def halves(gold: dict[str, Any]) -> dict[str, set[str]]:
    """The fixed split: sorted article ids, even positions tune, odd positions check."""
    ids = sorted(a["id"] for a in gold["articles"])
    return {"tune": set(ids[0::2]), "check": set(ids[1::2])}


# ---- predictions: day files through the pipeline, facts placed on file lines ------------------


def _line_col(raw_lines: list[str], text: str, first_line: int, offset: int) -> tuple[int, int]:
    """1-based line and column in the raw day file of an offset into an article's text, whose
    first line is ``first_line`` of the file (the text may be NFC-normalised: columns are mapped
    back through the raw line's prefixes)."""
    k = text.count("\n", 0, offset)
    line = first_line + k
    start = text.rfind("\n", 0, offset) + 1
    col = offset - start
    mine = text[start:].split("\n", 1)[0]
    raw = raw_lines[line - 1] if 0 < line <= len(raw_lines) else ""
    if raw == mine:
        return line, col
    for i in range(len(raw) + 1):
        if len(unicodedata.normalize("NFC", raw[:i])) >= col:
            return line, i
    return line, len(raw)


def _actors(art: Article, ev: Event, ids: list[str]) -> list[dict[str, Any]]:
    english = english_names(art, ev)
    out = []
    for ident in ids:
        ms = [m for m in art.mentions if m.entity_id == ident or m.metonym_for == ident]
        out.append(
            {
                "id": ident,
                "en": english.get(ident),
                "hi": sorted({m.text for m in ms}),
                "arg_text": sorted({a.text for a in ev.arguments if a.entity_id == ident}),
            }
        )
    return out


def _place(gold_spans: dict[str, list[tuple[int, int, str]]], path: str, line: int) -> str | None:
    for first, last, aid in gold_spans.get(path, []):
        if first <= line <= last:
            return aid
    return None


def predictions(gold: dict[str, Any], corpus: Path, config: Config) -> list[dict[str, Any]]:
    """One record per event and timex found in the gold's day files, in the reference format."""
    from ..clean.stage import read_clean
    from ..pipeline import available_stages, run_local

    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for a in gold["articles"]:
        spans[str(corpus / a["file"])].append((a["lines"]["first"], a["lines"]["last"], a["id"]))
    out: list[dict[str, Any]] = []
    stages = [n for n in available_stages() if n in {"lang", "entities", "time", "events"}]
    for path in sorted(spans):
        raw_lines = Path(path).read_text(encoding="utf-8").replace("\r\n", "\n").split("\n")
        for art in run_local(read_clean([path], config), config, stages, given=("blocks",)):
            first_line = int(art.extra.get("parent_line", 1))
            facts: list[tuple[str, int, int, dict[str, Any]]] = [
                (
                    "event",
                    ev.evidence_start,
                    ev.evidence_end,
                    {
                        "type": ev.type,
                        "source": _actors(art, ev, ev.source),
                        "target": _actors(art, ev, ev.target),
                        "date": ev.date,
                        "modality": ev.modality,
                        "trigger": ev.trigger,
                        "mode": ev.mode,
                        "anchor": ev.trigger_start,
                    },
                )
                for ev in art.events
            ]
            facts += [
                ("timex", t.start, t.end, {"type": t.type, "value": t.value, "anchor": t.start})
                for t in art.timexes
            ]
            for kind, start, end, fields in facts:
                line, col = _line_col(raw_lines, art.text, first_line, fields.pop("anchor"))
                s_line, s_col = _line_col(raw_lines, art.text, first_line, start)
                e_line, e_col = _line_col(raw_lines, art.text, first_line, end)
                s_col = s_col if s_line == line else 0
                e_col = e_col if e_line == line else len(raw_lines[line - 1])
                aid = _place(spans, path, line)
                if aid is None:
                    continue
                out.append(
                    {
                        "article": aid,
                        "kind": kind,
                        "line": line,
                        "start": s_col,
                        "end": e_col,
                        "text": raw_lines[line - 1][s_col:e_col],
                        "sys_article": art.id,
                        **fields,
                    }
                )
    return out


def write_predictions(records: Iterable[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


# ---- matching rules (those of shared/tools/score_events.py) ----------------------------------


def _wordch(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M") or ch == "_"


def find_word(line: str, text: str, k: int = 1) -> int:
    """Offset of the k-th whole-word occurrence of ``text`` in ``line``, or -1."""
    pos, seen = 0, 0
    while True:
        at = line.find(text, pos)
        if at < 0:
            return -1
        before = line[at - 1] if at > 0 else " "
        after = line[at + len(text)] if at + len(text) < len(line) else " "
        if not _wordch(before) and not _wordch(after):
            seen += 1
            if seen == k:
                return at
        pos = at + 1


def _find_text(line: str, text: str) -> int:
    at = line.find(text)
    if at < 0:
        at = unicodedata.normalize("NFC", line).find(unicodedata.normalize("NFC", text))
    return at


def en_words(s: str) -> set[str]:
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return {w for w in re.findall(r"[a-z0-9]+", s) if w not in _EN_STOP}


def _en_aliases(name: str) -> list[set[str]]:
    base = re.sub(r"\s*\([^)]*\)", "", name or "").strip()
    out = [base]
    for pattern in (r"(?i)government of (.+)", r"(?i)(.+) government"):
        m = re.fullmatch(pattern, base)
        if m:
            out.append(m.group(1))
    return [w for w in (en_words(a) for a in out) if w]


def _hi_words(s: str) -> set[str]:
    s = unicodedata.normalize("NFD", s or "").replace("\u093c", "").replace("\u0901", "\u0902")
    return {t for t in _HI_WORD.findall(unicodedata.normalize("NFC", s)) if t not in _HI_STOP}


def _hi_head_match(surface: str, as_written: str) -> bool:
    if not surface or surface in _PRONOUNS or not as_written or as_written in _PRONOUNS:
        return False
    sw = _hi_words(surface)
    words = [
        w for w in _HI_WORD.findall(unicodedata.normalize("NFC", as_written)) if w not in _HI_STOP
    ]
    gw = _hi_words(as_written)
    if not sw or not gw or sw & _PRONOUNS:
        return False
    head = _hi_words(words[-1]) if words else set()
    if head and not head & _HI_TITLES:
        return head <= sw
    return gw <= sw


def _actor_matches(pred: dict[str, Any], name: str, surfaces: set[str], lenient: bool) -> bool:
    pw = en_words(pred.get("en") or "")
    if pw and any(a <= pw for a in _en_aliases(name)):
        return True
    if lenient:
        mine = [t for t in list(pred.get("hi") or []) + list(pred.get("arg_text") or []) if t]
        return any(_hi_head_match(m, w) for m in mine for w in surfaces)
    return False


def _side_ok(
    pred: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    also: list[str],
    lenient: bool,
    surf: dict[str, set[str]],
) -> bool:
    if not pred and not gold:
        return True
    if not pred or (not gold and not also):
        return False
    names = [g["name"] for g in gold]

    def m(p: dict[str, Any], n: str) -> bool:
        return _actor_matches(p, n, surf.get(n, set()), lenient)

    if not all(any(m(p, n) for n in names + also) for p in pred):
        return False
    if all(any(m(p, n) for p in pred) for n in names):
        return True
    return bool(also) and any(m(p, a) for p in pred for a in also)


def _actors_ok(
    pred: dict[str, Any], g: dict[str, Any], lenient: bool, surf: dict[str, set[str]]
) -> tuple[bool, bool, bool]:
    src, tgt = pred.get("source") or [], pred.get("target") or []
    if g.get("symmetric"):
        ok = _side_ok(
            src + tgt, g.get("source") or [], g.get("source_also_ok") or [], lenient, surf
        )
        return ok, ok, ok
    s = _side_ok(src, g.get("source") or [], g.get("source_also_ok") or [], lenient, surf)
    t = _side_ok(tgt, g.get("target") or [], g.get("target_also_ok") or [], lenient, surf)
    return s and t, s, t


def _date_ok(pred_date: str | None, g: dict[str, Any]) -> bool:
    also = g.get("date_also_ok") or []
    if pred_date in (None, ""):
        return g.get("date") is None or None in also
    return bool(pred_date == g.get("date") or pred_date in also)


def assign(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Max-weight one-to-one pairs (row, col) among positive weights (Hungarian method)."""
    n_r = len(weights)
    n_c = len(weights[0]) if weights else 0
    n = max(n_r, n_c)
    if n == 0:
        return []
    big = max((w for row in weights for w in row), default=0.0)
    cost = [
        [big - (weights[i][j] if i < n_r and j < n_c else 0.0) for j in range(n)] for i in range(n)
    ]
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    p, way = [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv = [float("inf")] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], float("inf"), 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return [
        (p[j] - 1, j - 1)
        for j in range(1, n + 1)
        if p[j] - 1 < n_r and j - 1 < n_c and weights[p[j] - 1][j - 1] > 0
    ]


def _overlaps(p: dict[str, Any], spans: list[tuple[int, int, int]]) -> bool:
    return any(p["line"] == ln and p["start"] < e and s < p["end"] for ln, s, e in spans)


def _types(g: dict[str, Any]) -> set[Any]:
    return {g.get("type"), *(g.get("type_also_ok") or [])}


def score(
    gold: dict[str, Any], preds: list[dict[str, Any]], corpus: Path
) -> dict[str, dict[str, Any]]:
    """Per gold article: counts and the assigned pairs (the reference scorer's ``score``)."""
    by_art: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: {"event": [], "timex": []}
    )
    for p in preds:
        by_art[p["article"]][p["kind"]].append(p)
    out: dict[str, dict[str, Any]] = {}
    for art in gold["articles"]:
        aid = art["id"]
        flines = (corpus / art["file"]).read_text(encoding="utf-8").split("\n")
        head = art["lines"]["first"]
        golds = art["events"]
        spans: dict[str, list[tuple[int, int, int]]] = {}
        for ev in golds:
            spans[ev["id"]] = []
            for e in [ev["evidence"], *(ev.get("also_evidence") or [])]:
                at = _find_text(flines[e["line"] - 1], e["text"])
                if at < 0:
                    raise KhabarError(E.E041, detail=f"{ev['id']}: evidence not on its line")
                spans[ev["id"]].append((e["line"], at, at + len(e["text"])))
        surf: dict[str, set[str]] = defaultdict(set)
        for g in golds:
            for x in (g.get("source") or []) + (g.get("target") or []):
                if x.get("as_written"):
                    surf[x["name"]].add(x["as_written"])
        evs = [p for p in by_art[aid]["event"] if p["line"] != head]
        info: dict[tuple[int, int], dict[str, bool]] = {}
        weights = [[0.0] * len(golds) for _ in evs]
        for i, p in enumerate(evs):
            for j, g in enumerate(golds):
                ptype = _DISASTER_TO_PLOVER.get(p.get("type") or "", p.get("type"))
                if p.get("type") is None or ptype not in _types(g):
                    continue
                if not _overlaps(p, spans[g["id"]]):
                    continue
                a_s, a_l = _actors_ok(p, g, False, surf), _actors_ok(p, g, True, surf)
                mod = p.get("modality")
                f = {
                    "act": a_s[0],
                    "src": a_s[1],
                    "tgt": a_s[2],
                    "act_l": a_l[0],
                    "src_l": a_l[1],
                    "tgt_l": a_l[2],
                    "date": _date_ok(p.get("date"), g),
                    "mod": mod == g.get("modality") or mod in (g.get("modality_also_ok") or []),
                }
                info[i, j] = f
                weights[i][j] = (
                    1e6
                    + (1e3 if g["tier"] == "core" else 0)
                    + 8 * f["act"]
                    + 4 * f["act_l"]
                    + 2 * f["date"]
                    + f["mod"]
                )
        pairs = assign(weights)
        gts = []
        for t in art.get("timexes") or []:
            k = int(str(t.get("occurrence", "1 of 1")).split()[0])
            at = find_word(flines[t["line"] - 1], t["text"], k)
            if at < 0:
                raise KhabarError(E.E041, detail=f"{t['id']}: timex not on its line")
            gts.append((t, t["line"], at, at + len(t["text"])))
        txs = [p for p in by_art[aid]["timex"] if p["line"] != head]
        cand = sorted(
            (-(min(e, p["end"]) - max(s, p["start"])), gi, pi)
            for gi, (_, ln, s, e) in enumerate(gts)
            for pi, p in enumerate(txs)
            if p["line"] == ln and p["start"] < e and s < p["end"]
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        tmatch: dict[int, dict[str, Any]] = {}
        for _, gi, pi in cand:
            if gi not in used_g and pi not in used_p:
                used_g.add(gi)
                used_p.add(pi)
                tmatch[gi] = txs[pi]
        hit = [gi for gi, (t, *_) in enumerate(gts) if not t.get("optional") and gi in tmatch]
        out[aid] = {
            "n_core": sum(g["tier"] == "core" for g in golds),
            "n_sec": sum(g["tier"] != "core" for g in golds),
            "n_pred": len(evs),
            "n_compatible": len({i for i, _ in info}),
            "core_found": sum(golds[j]["tier"] == "core" for _, j in pairs),
            "sec_found": sum(golds[j]["tier"] != "core" for _, j in pairs),
            "pairs": [{**info[i, j], "core": golds[j]["tier"] == "core"} for i, j in pairs],
            "pair_ids": [(golds[j]["id"], evs[i]) for i, j in pairs],
            "missed": [g for j, g in enumerate(golds) if j not in {j for _, j in pairs}],
            "fps": [p for i, p in enumerate(evs) if i not in {i for i, _ in info}],
            "tx_gold": sum(1 for t, *_ in gts if not t.get("optional")),
            "tx_hit": len(hit),
            "tx_value": sum(tmatch[gi]["value"] == gts[gi][0]["value"] for gi in hit),
        }
    return out


def _ratio(a: float, b: float) -> float:
    return round(a / b, 6) if b else 0.0


def summary(res: dict[str, dict[str, Any]], ids: set[str] | None = None) -> dict[str, float]:
    """The reference scorer's summary figures over the articles in ``ids`` (all when None)."""
    arts = [a for aid, a in sorted(res.items()) if ids is None or aid in ids]

    def tot(k: str) -> int:
        return sum(int(a[k]) for a in arts)

    pairs = [p for a in arts for p in a["pairs"]]
    n = len(pairs)
    core = [p for p in pairs if p["core"]]
    return {
        "core": tot("n_core"),
        "core_found": tot("core_found"),
        "core_recall": _ratio(tot("core_found"), tot("n_core")),
        "secondary_recall": _ratio(tot("sec_found"), tot("n_sec")),
        "predicted": tot("n_pred"),
        "precision": _ratio(tot("n_compatible"), tot("n_pred")),
        "assigned": n,
        "actors": _ratio(sum(p["act"] for p in pairs), n),
        "actors_lenient": _ratio(sum(p["act_l"] for p in pairs), n),
        "source": _ratio(sum(p["src"] for p in pairs), n),
        "target": _ratio(sum(p["tgt"] for p in pairs), n),
        "date": _ratio(sum(p["date"] for p in pairs), n),
        "modality": _ratio(sum(p["mod"] for p in pairs), n),
        "full_recall": _ratio(sum(p["act"] and p["date"] for p in core), tot("n_core")),
        "full_precision": _ratio(sum(p["act"] and p["date"] for p in pairs), tot("n_pred")),
        "full_recall_lenient": _ratio(sum(p["act_l"] and p["date"] for p in core), tot("n_core")),
        "timex_gold": tot("tx_gold"),
        "timex_recall": _ratio(tot("tx_hit"), tot("tx_gold")),
        "timex_value_acc": _ratio(tot("tx_value"), tot("tx_hit")),
    }


def evaluate_gold(
    data_dir: Path,
    config: Config,
    predictions_out: Path | None = None,
    gold_path: Path | None = None,
) -> tuple[dict[str, dict[str, float]], list[Path], dict[str, dict[str, Any]]]:
    """Summaries for all articles and both halves, the gold paths used, and the raw result.
    ``gold_path``: another gold in the same schema over the same corpus (a set of one's own
    annotations, a held-out set kept outside the repository) instead of the development gold."""
    gold_path = gold_path or require_data(data_dir, *GOLD_PARTS)
    corpus = require_data(data_dir, *_CORPUS_ROOT)
    gold = load_gold(gold_path)
    preds = predictions(gold, corpus, config)
    if predictions_out is not None:
        write_predictions(preds, predictions_out)
    res = score(gold, preds, corpus)
    split = halves(gold)
    figures = {"all": summary(res), **{k: summary(res, v) for k, v in split.items()}}
    return figures, [gold_path], res
