"""Places in another role than the measure's (round ev24): where people are sent ("कानपुर
भेजकर"), pass through ("X होते हुए") or attended a gathering ("दिल्ली की जमात में शामिल") is
neither the jurisdiction of an agentless measure nor the story's town; a place outside the home
country gets its country's government, never an Indian-style district administration. Sentences
from corpus/hindi-covid-2020 day files outside the event gold (hand sample, seed 2424)."""

from __future__ import annotations

from khabar.config import Config
from khabar.events.issuer import _administration
from khabar.model import Article
from khabar.pipeline import run_local


def sources(text: str, dct: str = "2020-04-11") -> list[list[str]]:
    art = Article(id="t", text=text, language="hi", dct=dct, source_kind="text")
    [art] = list(run_local([art], Config(), ["clean", "lang", "entities", "time", "events"]))
    return [ev.source for ev in art.events]


def test_sent_to_town_is_not_the_measures() -> None:
    # DJ-2020-ARP-11.txt: the young man is sent to Kanpur; the village is Kannauj's
    got = sources(
        "कन्नौज, जेएनएन । कन्नौज में भी कोरोना वायरस का पहला केस सामने आया है । संक्रमित युवक को "
        "कानपुर भेजकर आइसोलेशन में रखा गया है, वहीं पूरे गांव को होम क्वारंटाइन कर दिया गया है ।"
    )
    assert got and all(s == ["actor:Kannauj district administration"] for s in got)


def test_shifted_to_town_is_not_the_story_town() -> None:
    # DJ-2020-ARP-11.txt (Agra): the woman was moved to Mathura; the hospital sealed is Agra's
    got = sources(
        "आगरा में कोरोना संक्रमितों में आधी से ज्‍यादा संख्‍या जमातियों की है । जहां काेरोना "
        "पॉजीटिव महिला का इलाज किया गया था, बाद में उसे मथुरा शिफ्ट कर दिया गया । यह खबर आने के "
        "साथ अस्‍पताल को सील कर दिया गया था और यहां तैनात स्‍टाफ की जांच कराई गई थी ।"
    )
    assert ["actor:Agra district administration"] in got
    assert ["actor:Mathura district administration"] not in got


def test_gathering_attended_is_not_the_measures_place() -> None:
    # AU-2020-APR-01.txt: people back in Himachal from the Markaz are Himachal's to isolate
    got = sources(
        "दिल्ली के निजामुद्दीन में तब्लीगी जमात के आयोजन में शिरकत करने के बाद हिमाचल प्रदेश लौटे "
        "कुल 167 लोगों को पृथक रखा गया है  ।"
    )
    assert got == [["actor:Government of Himachal Pradesh"]]


def test_foreign_city_is_its_countrys_government() -> None:
    # PK-2020-MAR-07.txt: a quarantine hotel in China, dateline Beijing
    got = sources(
        "बीजिंग : चीन के क्वांझू शहर में शनिवार को एक होटल की इमारत गिरने से 70 लोग मलबे में दब "
        "गए.\nसमाचार एजेंसी शिन्हुआ के मुताबिक 70 लोग अब भी मलबे में दबे हैं. एजेंसी ने बताया कि "
        "होटल में उन लोगों को पृथक कर रखा गया था जो कोरोना वायरस से संक्रमित लोगों के संपर्क में "
        "आये थे.",
        dct="2020-03-07",
    )
    assert got == [["actor:Government of China"]]
    assert _administration(("JPN-Tokyo", "Tokyo"), "Tokyo")[1:] == ("JPN GOV", "Government of Japan")
    assert _administration(("IND-Kannauj", "Kannauj"), "Kannauj")[2] == (
        "Kannauj district administration"
    )


def test_town_in_its_own_role_is_kept() -> None:
    # negative: the town is where the measure is ("में", not sent there nor attended), and a
    # village "included in" a district is no gathering attended
    assert sources("कानपुर में पूरे इलाके को सील कर दिया गया है ।") == [
        ["actor:Kanpur district administration"]
    ]
    got = sources("कानपुर जिले में शामिल तीन गांवों को सील कर दिया गया है ।")
    assert got == [["actor:Kanpur district administration"]]


def test_bad_input_gives_no_event_and_no_error() -> None:
    # a sending verb with no place, an empty text, a lone place: nothing inferred, no traceback
    assert sources("भेजकर शिफ्ट होते हुए में शामिल") == []
    assert sources("") == []
    assert sources("कानपुर") == []
