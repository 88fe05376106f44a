"""Direct-case plurals of the actor dictionary's oblique plural forms (round ac1, issue 13).

Why: the actor dictionary lists a plural noun in its oblique form, the one that takes a
postposition ("सरकारों ने", "राज्य सरकारों को", "सेनाओं की"), but a subject without ने stands
in the direct case, which for a feminine noun differs: "राज्य सरकारें … काम करेंगी", "सभी राज्य
सरकारें एक साथ मिलकर काम करेंगी" (AU-2020-MAR-24). Such a subject found no actor (round tg7's
"Left": "सरकारें" 18 times over the 280 allowed corpus day files, 11 of them "राज्य सरकारें").
The rule is Hindi's feminine inflection, -ों -> -ें and -ओं -> -एं, applied to every oblique
plural form the dictionary lists, not a word list: a masculine noun's direct plural is its
singular (listed on its own where it is an actor), so the form made for it ("मजदूरें") is no
word and never matches. Over the allowed files the forms made that occur are "सरकारें" (18, of
which "राज्य सरकारें" 11), "सेनाएं" (2) and "स्वास्थ्य टीमें", "केंद्रीय टीमें" (1 each).
"""

# the oblique plural ending -> the direct plural ending of a feminine noun
_DIRECT = (("ों", "ें"), ("ओं", "एं"))


def direct_plurals(forms: list[str]) -> list[str]:
    """``forms`` with the direct plural of each oblique plural form added after it (its last word
    inflected: "राज्य सरकारों" -> "राज्य सरकारें"), unless the entry lists that form itself."""
    out: list[str] = []
    for form in forms:
        out.append(form)
        head, _, last = form.rpartition(" ")
        for oblique, direct in _DIRECT:
            if last.endswith(oblique) and len(last) > len(oblique) + 1:
                made = (head + " " if head else "") + last.removesuffix(oblique) + direct
                if made not in forms:
                    out.append(made)
    return out
