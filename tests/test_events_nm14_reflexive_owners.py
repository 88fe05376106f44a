"""Issue 13, round nm14, kind 4: a reflexive's target said as the agent's own where the agent is
a person (his followers) or a body named by a common noun ("कानिवेस्की ने अपने अनुयायियों से …
अपील" was "followers", "इन कंपनियों ने अपने ग्राहकों को …" "customers"). Real sentences (the
allowed corpus day files named) and negatives: a person's ministers (named by the place), a
spokesman's "we", an order to others' workers."""

from __future__ import annotations

from .hindi_events import analyser, events_of, role_names

analysed = analyser("2020-04-03")


def _targets(text: str, kind: str, dct: str) -> list[str]:
    art = analysed(text, dct)
    return [n for e in events_of(art, kind) for n in role_names(art, e, "target")]


def test_followers_of_a_leader() -> None:
    # PK-2020-APR-26.txt
    text = "कांधलवी ने अपने अनुयायियों से अपील की थी कि वे रमजान के महीने के दौरान अपने घरों में ही नमाज अदा करें."
    [name] = _targets(text, "REQUEST", "2020-04-26")
    assert name.startswith("followers of ") and name != "followers of "


def test_customers_of_the_companies() -> None:
    # AU-2020-ARP-04.txt
    text = "गौरतलब हो कि इन कंपनियों ने अपने ग्राहकों को कोविड-19 स्वास्थ्य बीमा पॉलिसी प्रदान की है ।"
    assert _targets(text, "AID", "2020-04-04") == ["customers of the companies"]


def test_employees_of_the_company() -> None:
    # DH-2020-MAR-04.txt
    text = "कंपनी ने एहतियातन अपने सभी कर्मचारियों को अगले कुछ दिनों के लिए घर से काम करने की सलाह दी है ।"
    assert _targets(text, "REQUEST", "2020-03-04") == ["all employees of the company"]


def test_a_persons_ministers_keep_their_place() -> None:
    # negative: NT-2020-MAR-21.txt, a chief minister's ministers are the state's, not his
    text = (
        "यूपी के मुख्यमंत्री योगी आदित्यनाथ ने अपने मंत्रियों को निर्देश दिया है कि वह जनता दरबार में "
        "ना जाएं और खुद को आइसोलेशन में रखें ।"
    )
    names = _targets(text, "COERCE", "2020-03-21")
    assert names and not any("of Yogi" in n for n in names)


def test_a_spokesmans_we_owns_nothing() -> None:
    # negative: NT-2020-MAR-19.txt, "हमने" is the body the speaker stands for: the member
    # companies are the confederation's, never the speaker's
    text = (
        "विक्रम किर्लोस्कर ने कहा, ‘हमने अपनी सदस्य कंपनियों से आग्रह किया है कि वह अपने कर्मचारियों "
        "को बनाए रखें और जितना संभव हो सके उनकी छंटनियां न करें ।"
    )
    names = _targets(text, "REQUEST", "2020-03-19")
    assert not any("Kirloskar" in n for n in names)
