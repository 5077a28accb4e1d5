"""Kazakh suffix grammar as data: sound classes, archiphonemes, and the morphotactic graph.

A suffix is written as a template whose capital Latin letters are archiphonemes, realised by
vowel harmony (the word's front/back class) and by the sound that precedes them:

    A  а / е                      harmony
    I  ы / і                      harmony
    K  қ / к                      harmony (-лық/-лік, -мақ/-мек, 1pl -қ/-к)
    L  л · д · т                  plural, -лық, -лы, -ла:   л after vowels and р й у; д after л, nasals, з ж; т after voiceless
    D  д · т                      locative, past, -дай:      т after voiceless, else д
    N  н · д · т                  genitive:                  н after vowels and nasals; д after р й у л з ж; т after voiceless
    C  н · д · т                  accusative:                н after vowels; д after consonants but voiceless; т after voiceless
    B  н · д · т                  ablative:                  н after nasals; т after voiceless; else д
    G  ғ/г · қ/к                  dative, -ған, -ғы:         қ/к after voiceless, else ғ/г (by harmony)
    M  м · б · п                  negation -ма, -мақ:        м after vowels, р й у л; б after nasals, з ж; п after voiceless
    W  м · б · п                  -мен, 1sg -мын:            м after vowels, р й у л and nasals; б after з ж; п after voiceless
                                  (1pl -мыз follows M: дайынбыз, but дайынмын)
    (I)   ы/і after a consonant, nothing after a vowel      (epenthetic vowel: -(I)м, -(I)п)
    (S)   с after a vowel, nothing after a consonant       (3rd person possessive: -(S)I)
    Y     й after a vowel, А after a consonant             (present and converb -а/-е/-й)

Voiced stops б в г д at a word's end behave as voiceless (клубқа, педагогтар), as do the
letters of loanwords ф х ц ч щ һ. The graph below lists, for each state, the suffixes that may
follow and the state each leads to; ``END`` marks states where a word may stop.
"""

from __future__ import annotations

BACK_VOWELS = set("аоұыяё")
FRONT_VOWELS = set("әөүіеэ")
NEUTRAL_VOWELS = set("иую")  # и = ый/ій, у = ұу/үу/ы+у, ю = йу: harmony comes from before them
VOWELS = BACK_VOWELS | FRONT_VOWELS | set("ию")  # у is treated as a consonant (w) for suffixes
SONORANTS = set("рйу")
NASALS = set("мнң")
VOICED = set("зж")
VOICELESS = set("кқпстшщфхцчһбвгд")

# sound class of a final letter
V, SON, LAT, NAS, VCD, VL = "V", "SON", "L", "NAS", "VCD", "VL"


def sound_class(ch: str) -> str:
    if ch in VOWELS:
        return V
    if ch in SONORANTS:
        return SON
    if ch == "л":
        return LAT
    if ch in NASALS:
        return NAS
    if ch in VOICED:
        return VCD
    return VL


# archiphoneme -> consonant chosen by the preceding sound class
CONSONANT_ARCHI = {
    "L": {V: "л", SON: "л", LAT: "д", NAS: "д", VCD: "д", VL: "т"},
    "D": {V: "д", SON: "д", LAT: "д", NAS: "д", VCD: "д", VL: "т"},
    "N": {V: "н", SON: "д", LAT: "д", NAS: "н", VCD: "д", VL: "т"},
    "C": {V: "н", SON: "д", LAT: "д", NAS: "д", VCD: "д", VL: "т"},
    "B": {V: "д", SON: "д", LAT: "д", NAS: "н", VCD: "д", VL: "т"},
    "M": {V: "м", SON: "м", LAT: "м", NAS: "б", VCD: "б", VL: "п"},
    "W": {V: "м", SON: "м", LAT: "м", NAS: "м", VCD: "б", VL: "п"},
}
G_ARCHI = {("back", False): "ғ", ("back", True): "қ", ("front", False): "г", ("front", True): "к"}

END = "END"

# ---------------------------------------------------------------------------------------------
# Morphotactics. Each state maps to a list of (template, next state). A template of "" is an
# empty step. States in FINAL may end a word.
#
# Nominal chain:  N_STEM → [derivation] → PL → POSS → CASE → PRED
# Verbal chain:   V_STEM → VOICE{0,2} → NEG → tense/mood/person | participle → nominal chain
#                                         | converb | verbal noun → nominal chain
# ---------------------------------------------------------------------------------------------

# -ша/-ше makes both a manner adverb (қазақша, which inflects no further) and a diminutive noun
# (бөлімше, кітапша, жапырақша → жапырақшаларынан)
NOUN_DERIVATIONS = [
    ("LIK", "N_DER"), ("шI", "N_DER"), ("шIлIK", "N_DER"), ("сIз", "N_DER"), ("LI", "N_DER"),
    ("DAй", "N_DER"), ("шA", "N_ADV"), ("шA", "N_DER"), ("шIл", "N_DER"), ("LAс", "N_DER"), ("GI", "N_DER"),
    ("DAGI", "N_DER"), ("кер", "N_DER"), ("гер", "N_DER"), ("қор", "N_DER"), ("паз", "N_DER"),
    ("қой", "N_DER"), ("хана", "N_DER"), ("стан", "N_DER"), ("кеш", "N_DER"), ("нама", "N_DER"),
    ("шAK", "N_DER"), ("GIш", "N_DER"), ("тай", "N_DER"), ("жан", "N_DER"), ("аралық", "N_DER"), ("Aй", "V_STEM"), ("(I)рAK", "N_DER"), ("LAу", "N_DER"),
    ("LA", "V_STEM"), ("сIрA", "V_STEM"), ("Aр", "V_STEM"), ("сI", "V_STEM"), ("LAн", "V_STEM"),
]

NOMINAL = {
    # a noun stem, or a noun made by derivation / participle / verbal noun
    "N_STEM": [*NOUN_DERIVATIONS, ("", "N_BASE")],
    "N_DER": [*[(t, s) for t, s in NOUN_DERIVATIONS if s != "N_DER"], ("LIK", "N_BASE"), ("шIлIK", "N_BASE"),
              ("", "N_BASE")],
    "N_ADV": [("", END), ("LIK", "N_BASE")],
    "N_BASE": [("LAр", "N_PL"), ("", "N_PL")],
    "N_PL": [
        ("(I)м", "N_POSS12"), ("(I)ң", "N_POSS12"), ("(I)ңIз", "N_POSS"), ("(S)I", "N_POSS3"),
        ("(I)мIз", "N_POSS"), ("(I)ңDAр", "N_POSS"), ("(I)ңIзDAр", "N_POSS"), ("", "N_CASE"),
    ],
    "N_POSS12": [("A", "N_CASED"), ("", "N_CASE_REG"), ("", END)],
    "N_POSS": [("GA", "N_CASED"), ("", "N_CASE_REG"), ("", END)],
    "N_POSS3": [("н", "N_CASED"), ("нA", "N_CASED"), ("нDA", "N_LOC"), ("нAн", "N_CASED"), ("нIң", "N_GEN"),
                ("Wен", "N_CASED"), ("Wенен", "N_CASED"), ("ндAй", "N_CASED"), ("ншA", "N_CASED"),
                ("", "N_PRED"), ("", END)],
    "N_CASE": [("GA", "N_CASED"), ("", "N_CASE_REG"), ("", "N_PRED")],
    "N_CASE_REG": [("NIң", "N_GEN"), ("CI", "N_CASED"), ("DA", "N_LOC"), ("BAн", "N_CASED"),
                   ("Wен", "N_CASED"), ("Wенен", "N_CASED"), ("шA", "N_CASED"), ("DAй", "N_CASED")],
    "N_GEN": [("кI", "N_BASE"), ("", END)],
    "N_LOC": [("GI", "N_BASE"), ("", "N_PRED")],
    "N_CASED": [("", "N_PRED")],
    "N_PRED": [("", END), ("WIн", "N_END"), ("сIң", "N_END"), ("сIз", "N_END"), ("MIз", "N_END"),
               ("сIңDAр", "N_END"), ("сIзDAр", "N_END"), ("DIр", "N_END")],
    "N_END": [("", END)],
}

PERSON_A = [("", END), ("м", END), ("ң", END), ("ңIз", END), ("K", END), ("ңDAр", END),
            ("ңIзDAр", END)]
PERSON_B = [("", END), ("WIн", END), ("сIң", END), ("сIз", END), ("MIз", END),
            ("сIңDAр", END), ("сIзDAр", END)]

VERBAL = {
    # a reflexive or reciprocal voice may be followed by a causative only (жуындыр, таныстыр; not by a
    # reflexive: a Russian model's -сынын for -сының is no verb), a passive also by the reflexive
    # (делінген, есептелінбейді)
    "V_STEM": [("(I)л", "V_PASSIVE"), ("(I)н", "V_VOICED_NC"), ("(I)с", "V_VOICED_NC"), ("т", "V_VOICED"),
               ("DIр", "V_VOICED"), ("GIз", "V_VOICED"), ("", "V_VOICED")],
    "V_PASSIVE": [("(I)н", "V_VOICE2"), ("т", "V_VOICE2"), ("DIр", "V_VOICE2"), ("GIз", "V_VOICE2"), ("", "V_VOICE2")],
    "V_VOICED_NC": [("т", "V_VOICE2"), ("DIр", "V_VOICE2"), ("GIз", "V_VOICE2"), ("", "V_VOICE2")],
    "V_VOICED": [("(I)л", "V_VOICE2"), ("(I)н", "V_VOICE2"), ("(I)с", "V_VOICE2"), ("т", "V_VOICE2"),
                 ("DIр", "V_VOICE2"), ("GIз", "V_VOICE2"), ("", "V_VOICE2")],
    "V_VOICE2": [("MA", "V_NEG"), ("MAс", "V_AOR_NEG"), ("MAй", "V_NEG_Y"), ("", "V_POS")],
    "V_NEG_Y": [("Iнша", END), ("мIн", END), ("мIз", END), ("сIң", END), ("сIз", END), ("DI", "V_PERS_3"),
                ("тIн", "N_BASE"), ("", END)],
    "V_AOR_NEG": [("тAн", END), ("", "N_BASE"), *PERSON_B],
    "V_NEG": [("", "V_TENSE"), ("Y", "V_PRES"), ("уш", "V_AGENT")],
    "V_POS": [("", "V_TENSE"), ("Y", "V_PRES"), ("(I)п", "V_CONV_P"), ("Aр", "V_FUT"), ("р", "V_FUT_V"),
              ("у", "N_BASE"), ("уш", "V_AGENT"), ("(I)с", "N_BASE"), ("(I)м", "N_BASE"),
              ("GIш", "N_BASE"), ("GIр", "N_BASE"), ("(I)ндI", "N_BASE"), ("Mа", "N_BASE")],
    "V_AGENT": [("I", "N_BASE"), ("IлIK", "N_BASE")],
    "V_TENSE": [("DI", "V_PAST"), ("GAн", "V_PART"), ("Aтын", "V_PART"), ("йтIн", "V_PART"),
                ("MAK", "V_INTENT"), ("сA", "V_COND"), ("GAлI", END), ("GAнша", END),
                ("GAй", "V_OPT"), ("GI", "N_POSS_ONLY"), ("сIн", END), ("(I)ңIз", END), ("(I)ңDAр", END),
                ("(I)ңIздAр", END), ("шI", END), ("", END), ("AйIн", END), ("йIн", END), ("AйIK", END),
                ("йIK", END), ("(I)ңIзшI", END), ("Aр", "V_FUT"), ("р", "V_FUT_V"),
                ("(I)п", "V_CONV_P"), ("у", "N_BASE"), ("Y", "V_PRES")],
    "V_PAST": PERSON_A,
    "V_COND": PERSON_A,
    "V_OPT": PERSON_A,
    "V_PERS_3": [("", END)],
    "V_PRES": [("DI", "V_PERS_3"), *[p for p in PERSON_B if p[0]], ("", END), ("тIн", "N_BASE")],
    "V_FUT": [("", "N_BASE"), *PERSON_B],
    "V_FUT_V": [("", "N_BASE"), *PERSON_B],
    "V_INTENT": [*PERSON_B, ("шI", "N_BASE")],
    "V_CONV_P": [("", END), ("DI", END), ("пIн", END), ("пIз", END), ("сIң", END), ("сIз", END), ("тI", END),
                 ("тIр", END)],
    "V_PART": [("", "N_STEM"), *[p for p in PERSON_B if p[0]]],
    "N_POSS_ONLY": [("(I)м", END), ("(I)ң", END), ("(S)I", "N_POSS3"), ("(I)мIз", END), ("(I)ңIз", END)],
}

GRAPH: dict[str, list[tuple[str, str]]] = {**NOMINAL, **VERBAL}
