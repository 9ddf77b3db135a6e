"""The identifier detector that guards free text (SPEC 3, rule 1): measured on a labelled corpus,
then held to each kind, the referral directory, the student-number pattern, privacy of its own
output, and speed."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from types import ModuleType

import pytest

from supervision.contacts.deidentify import LABELS, Finding, Flag, IdentifierDetector
from tests.supervision import deidentify_heldout as heldout
from tests.supervision import deidentify_heldout_b as heldout_b
from tests.supervision import deidentify_heldout_c as heldout_c
from tests.supervision import deidentify_heldout_d as heldout_d
from tests.supervision import deidentify_heldout_e as heldout_e
from tests.supervision import deidentify_heldout_f as heldout_f
from tests.supervision import deidentify_heldout_g as heldout_g
from tests.supervision import deidentify_heldout_h as heldout_h
from tests.supervision import deidentify_heldout_i as heldout_i
from tests.supervision import deidentify_heldout_j as heldout_j
from tests.supervision import deidentify_heldout_k as heldout_k
from tests.supervision import deidentify_heldout_l as heldout_l
from tests.supervision import deidentify_heldout_m as heldout_m
from tests.supervision import deidentify_heldout_n as heldout_n
from tests.supervision.deidentify_corpus import (
    DIRECTORY_NUMBERS,
    IDENTIFYING,
    ORDINARY,
    STUDENT_ID_PATTERN,
)

TUNING_TEXTS = {text for _, text in IDENTIFYING} | set(ORDINARY)

MIN_RECALL = 0.99
MAX_FALSE_REFUSALS = 0.01
MIN_KIND_ACCURACY = 0.9
# The held-out corpora against targets of 0.98 and 0.02. After issue 12's ninth round (the tenth's
# figures for H and I are in their entries): A 0.997 and
# 0.003, B 0.996 and 0.009, C 1.000 and 0.006, D 0.984 and 0.004, E 0.978 and 0.002, F 0.978 and
# 0.002, G 0.983 and 0.003, H 0.970 and 0.019 — all eight seen (rules were written from their misses,
# so they flatter the detector: each measured 0.90–0.93 recall and 0.02–0.05 false refusals blind). I,
# written blind for the ninth round, is measured after it. See docs/privacy.md for what each misses.
# The floors are the measured figures, so a change can only hold or improve them.
HELD_OUT = {
    # corpus: (module, least recall, most false refusals)
    "A": (heldout, 0.99, 0.01),
    "B": (heldout_b, 0.99, 0.01),
    "C": (heldout_c, 0.99, 0.01),
    "D": (heldout_d, 0.98, 0.01),
    "E": (heldout_e, 0.97, 0.01),
    # F is SEEN: written blind, measured once after the sixth round (0.911, 0.053), then tuned on
    # in the seventh (0.978, 0.002).
    "F": (heldout_f, 0.97, 0.01),
    # G is SEEN: written blind, measured once after the seventh round (0.913, 0.022), then tuned on
    # in the eighth (0.982, 0.003).
    "G": (heldout_g, 0.98, 0.01),
    # H is SEEN: written blind, measured once after the eighth round (0.929, 0.034), then tuned on in
    # the ninth (0.970, 0.019); 0.975 and 0.019 after the eleventh.
    "H": (heldout_h, 0.975, 0.02),
    # I is SEEN: written blind, measured once after the ninth round (0.954, 0.029), then tuned on in
    # the tenth (0.986, 0.014); 0.986 and 0.007 after the eleventh.
    "I": (heldout_i, 0.985, 0.01),
    # J is SEEN: written blind, measured once after the tenth round (0.921, 0.052), then tuned on in
    # the eleventh (0.984, 0.037); 0.984 and 0.034 after the twelfth (public names).
    "J": (heldout_j, 0.98, 0.035),
    # K is SEEN: written blind, measured once after the eleventh round (0.940, 0.084; 38 of its 62 false
    # refusals public figures and characters), then tuned on in the twelfth (0.990, 0.033; the public
    # names' gazetteers were written apart from it, docs/privacy.md).
    "K": (heldout_k, 0.99, 0.034),
    # L is SEEN: written blind, measured once after the twelfth round (0.928, 0.024; the eleventh
    # round's detector: 0.925, 0.092), then tuned on in the thirteenth (0.941, 0.021).
    "L": (heldout_l, 0.94, 0.022),
    # M is SEEN: written blind, measured once after the thirteenth round (0.912, 0.043; the twelfth
    # round's detector: 0.912, 0.044; the eleventh's: 0.896, 0.110), then tuned on in the fourteenth
    # (0.937, 0.038).
    "M": (heldout_m, 0.93, 0.039),
    # N was written blind for the fourteenth round and measured once after it (0.927 recall, 0.055 false
    # refusals; the thirteenth round's detector the same, the twelfth's 0.927, 0.057, the eleventh's
    # 0.928, 0.135), short of the targets; these floors keep it from getting worse.
    "N": (heldout_n, 0.92, 0.056),
}


@pytest.fixture(scope="module")
def detector() -> IdentifierDetector:
    return IdentifierDetector(student_id_pattern=STUDENT_ID_PATTERN, allowed_numbers=DIRECTORY_NUMBERS)


def kinds(detector: IdentifierDetector, text: str) -> list[str]:
    return [finding.kind for finding in detector.find(text)]


# --- The corpus -----------------------------------------------------------------------------------


def test_corpus_recall_and_false_refusals(detector: IdentifierDetector) -> None:
    missed = [text for _, text in IDENTIFYING if not detector.find(text)]
    refused = [text for text in ORDINARY if detector.find(text)]
    caught = len(IDENTIFYING) - len(missed)
    recall = caught / len(IDENTIFYING)
    false_refusals = len(refused) / len(ORDINARY)
    print(
        f"\nde-identification: recall {recall:.3f} ({caught}/{len(IDENTIFYING)}), "
        f"false refusals {false_refusals:.3f} ({len(refused)}/{len(ORDINARY)})"
    )
    for text in missed:
        print(f"  missed:  {text}")
    for text in refused:
        print(f"  refused: {text}")
    assert recall >= MIN_RECALL, missed
    assert false_refusals <= MAX_FALSE_REFUSALS, refused


def texts_of(corpus: ModuleType) -> set[str]:
    return {text for _, text in corpus.IDENTIFYING} | set(corpus.ORDINARY)


@pytest.mark.parametrize("name", HELD_OUT)
def test_held_out_corpus_recall_and_false_refusals(name: str) -> None:
    corpus, min_recall, max_false_refusals = HELD_OUT[name]
    detector = IdentifierDetector(
        student_id_pattern=corpus.STUDENT_ID_PATTERN, allowed_numbers=corpus.DIRECTORY_NUMBERS
    )
    missed = [text for _, text in corpus.IDENTIFYING if not detector.find(text)]
    refused = [text for text in corpus.ORDINARY if detector.find(text)]
    recall = 1 - len(missed) / len(corpus.IDENTIFYING)
    false_refusals = len(refused) / len(corpus.ORDINARY)
    print(f"\nheld-out {name} de-identification: recall {recall:.3f}, false refusals {false_refusals:.3f}")
    assert recall >= min_recall, missed
    assert false_refusals <= max_false_refusals, refused


@pytest.mark.parametrize("name", HELD_OUT)
def test_held_out_corpus_is_large_holds_every_kind_and_shares_nothing(name: str) -> None:
    corpus = HELD_OUT[name][0]
    # A was written to be at least as large as the tuning corpus was before issue 12's batches, D
    # as large as the tuning corpus is now.
    assert len(corpus.IDENTIFYING) >= {"A": 303, "D": len(IDENTIFYING)}.get(name, 250)
    assert len(corpus.ORDINARY) >= {"A": 350, "D": len(ORDINARY)}.get(name, 300)
    assert {kind for kind, _ in corpus.IDENTIFYING} == set(LABELS)
    others = [TUNING_TEXTS] + [
        texts_of(module) for other, (module, _, _) in HELD_OUT.items() if other != name
    ]
    for other_texts in others:
        assert not texts_of(corpus) & other_texts


def test_corpus_is_big_enough_and_labelled_with_known_kinds() -> None:
    assert len(IDENTIFYING) >= 170
    assert len(ORDINARY) >= 170
    by_kind: dict[str, int] = defaultdict(int)
    for kind, _ in IDENTIFYING:
        assert kind in LABELS
        by_kind[kind] += 1
    assert set(by_kind) == set(LABELS), "every kind has identifying sentences"
    assert min(by_kind.values()) >= 5


@pytest.mark.parametrize("kind", list(LABELS))
def test_corpus_sentences_of_a_kind_report_that_kind(detector: IdentifierDetector, kind: str) -> None:
    sentences = [text for labelled, text in IDENTIFYING if labelled == kind]
    wrong = [text for text in sentences if kind not in kinds(detector, text)]
    accuracy = 1 - len(wrong) / len(sentences)
    print(f"\n{kind}: reported as such in {len(sentences) - len(wrong)}/{len(sentences)}")
    assert accuracy >= MIN_KIND_ACCURACY, wrong


# --- Each kind, including the tricky forms --------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("email", "Her email is priya.s99@gmail.com."),
        ("email", "her email is jess dot lee at gmail dot com"),
        ("email", "reach him at tom.h [at] yahoo [dot] com"),
        ("email", "he uses kaisersoze at outlook.com"),
        ("url", "His blog is https://example.org/about."),
        ("url", "Her page is www.example.net/me."),
        ("url", "Her site is emilyrosephoto.com.au now."),
        ("social_handle", "She posts as @sleepless_in_surgery."),
        ("social_handle", "Add him on snap: tomh_2001"),
        ("social_handle", "her insta is jess.lee99"),
        ("social_handle", "her discord tag is moonbeam#4821"),
        ("ip_address", "It came from 203.45.112.9 last night."),
        ("ip_address", "The alert showed 2001:db8:85a3::8a2e:370:7334."),
        ("phone", "Her mobile is 0412 345 678."),
        ("phone", "Call him on 0491570156."),
        ("phone", "Ring her at (02) 9876 5432."),
        ("phone", "His number is +61 423 456 789."),
        ("phone", "She's on +44 7700 900123 in London."),
        ("phone", "She works on 1300 975 312."),
        ("medicare", "Her card says 2123 45670 1."),
        ("medicare", "Medicare 2123456701 1"),
        ("tfn", "His TFN is 123 456 782."),
        ("tfn", "The payslip showed 123-456-782."),
        ("student_id", "His student number is 67272042."),
        ("student_id", "Student ID: S1234567, failing two units."),
        ("date", "She was admitted on 3/4/2002."),
        ("date", "It was 03-04-02 when it started."),
        ("date", "It started on 2002-04-03."),
        ("date", "It started on 3 April 2002."),
        ("date", "It started on April 3rd, 2002."),
        ("date", "She was born on 3 April."),
        ("date", "Her birthday is 9 October."),
        ("street_address", "She lives at 12 Smith St."),
        ("street_address", "He's at Unit 4/27 George Street."),
        ("street_address", "lives at 5 park road"),
        ("street_address", "Post it to PO Box 123."),
        ("person_name", "Priyanka said she hasn't slept."),
        ("person_name", "a guy called nikhil came by"),
        ("person_name", "Dr Patel told her to repeat."),
        ("person_name", "Mr Nguyen saw her crying."),
        ("person_name", "Emily Nguyen asked for help."),
        ("person_name", "My friend Will asked me to check on him."),
        ("person_name", "I had coffee with Rose after the exam."),
        ("person_name", "Grace Kim was in tears."),
        ("person_name", "Her partner mohammed doesn't know."),
        ("person_name", "Kwame and Oluwaseun came together."),
        ("person_name", "Aroha's whānau want her home."),
    ],
)
def test_each_kind_is_reported_as_that_kind(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Will try again next week.",
        "May be worth checking in before the exam block.",
        "Hope this is the right place to log it.",
        "She will mark the calendar.",
        "A grace period before she returns.",
        "It was a frank discussion.",
        "Rose early every day this week to study.",
        "On 5 May she felt worse.",
        "The results come out on 3 April.",
        "Since March 2024 things have got worse.",
        "Ward 7B, bed 12, room 3.14, 10 mg, PHQ-9 of 18, scored 65%, 2am, 3 hours, year 4.",
        "She's on placement at the Alfred and at Royal Prince Alfred Hospital.",
        "She moved from Sydney to Alice Springs.",
        "She spent 3 hours on the road.",
        "Her insta is private.",
        "I pointed her to headspace.org.au.",
        "",
    ],
)
def test_ordinary_text_passes(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


def test_medicare_and_tfn_checksums_decide(detector: IdentifierDetector) -> None:
    assert "medicare" in kinds(detector, "The card said 2123 45670 1.")
    assert "medicare" not in kinds(detector, "The card said 2123 45671 1.")  # check digit wrong
    assert "tfn" in kinds(detector, "The slip said 123 456 782.")
    assert "tfn" not in kinds(detector, "The slip said 123 456 783.")


def test_a_cue_names_the_kind_even_when_the_checksum_fails(detector: IdentifierDetector) -> None:
    assert "medicare" in kinds(detector, "Her Medicare number is 2123 45671 1.")
    assert "tfn" in kinds(detector, "His tax file number is 123 456 783.")


def test_one_finding_per_kind_in_a_stable_order(detector: IdentifierDetector) -> None:
    text = "Priyanka (0412 345 678) and Nikhil (0491 570 156) live at 12 Smith St; email a.b@example.com."
    assert kinds(detector, text) == ["email", "phone", "street_address", "person_name"]
    assert kinds(detector, text) == kinds(detector, text)


# --- Referral directory and student numbers -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I gave them Lifeline's number 13 11 14.",
        "Lifeline on 131114, 24/7.",
        "If it gets worse she'll call 000.",
        "I suggested 1300 659 467.",
        "The local team is on 02 9685 9800.",
        "The local team is on (02) 9685 9800.",
        "The local team is on +61 2 9685 9800.",
        "The local team is on 0296859800.",
    ],
)
def test_referral_directory_numbers_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


def test_a_local_number_passes_only_when_the_directory_holds_it() -> None:
    text = "The local team is on 02 9685 9800."
    assert IdentifierDetector().find(text) == [Finding("phone", "a phone number")]
    assert IdentifierDetector(allowed_numbers=["(02) 9685 9800"]).find(text) == []


def test_a_directory_number_does_not_hide_a_phone_number_around_it(detector: IdentifierDetector) -> None:
    assert "phone" in kinds(detector, "Her mobile is 0412 131 114.")


def test_national_service_websites_pass_and_other_addresses_do_not(detector: IdentifierDetector) -> None:
    assert detector.find("I showed her lifeline.org.au and https://www.beyondblue.org.au/get-support.") == []
    assert kinds(detector, "His blog is lifeline-stories.com.") == ["url"]


def test_a_platform_named_bare_passes_but_a_page_on_it_does_not(detector: IdentifierDetector) -> None:
    assert detector.find("She's been on reddit.com and www.instagram.com all night.") == []
    assert kinds(detector, "She posted on reddit.com/u/sleepless_med.") == ["url"]


def test_a_directory_website_passes_on_its_own_host_but_never_a_shared_platform() -> None:
    detector = IdentifierDetector(
        allowed_domains=["https://www.localclinic.org.au/students", "https://docs.google.com/ourform"]
    )
    assert detector.find("See localclinic.org.au/book for times.") == []
    assert kinds(detector, "See other.localclinic.org.au too.") == ["url"]
    assert kinds(detector, "Her diary is docs.google.com/document/d/1xYz.") == ["url"]


def test_student_number_pattern_is_the_programs_beside_common_university_formats() -> None:
    own = IdentifierDetector(student_id_pattern=r"\bMED-\d{5}\b")
    assert kinds(own, "She's MED-12345 on the portal.") == ["student_id"]
    assert kinds(IdentifierDetector(), "She's MED-12345 on the portal.") == []
    short = IdentifierDetector(student_id_pattern=r"\b[a-z]\d{5}\b")
    assert kinds(short, "she's x12345 on the portal") == ["student_id"]


@pytest.mark.parametrize(
    "text",
    [
        "Her zID is z5234871.",  # UNSW
        "She signed in as Z3456789.",
        "He's s4456123 at UQ.",  # UQ
        "She's 31245678 on the portal.",  # Monash, UQ, Western Sydney: eight digits
        "Her SID is 480123456.",  # Sydney: nine digits
        "student no. 1234567",  # a cue: Melbourne's seven digits
        "enrolment number 4412 3398",
        "z 5 2 3 4 8 7 1 on the sheet",  # typed apart
        "ｚ５２３４８７１ on the sheet",  # fullwidth
    ],
)
def test_common_australian_student_numbers_are_found_without_a_program_pattern(text: str) -> None:
    assert kinds(IdentifierDetector(), text) == ["student_id"]


@pytest.mark.parametrize(
    "text",
    [
        "Slept 3 hours a night for 3 weeks.",
        "She scored 1234 on the practice paper and 68 on the written.",
        "Born in 2001; exams 2025-2026.",
        "Rent is $1,250,000 for the house her parents want.",
        "Phone bill of 1800 dollars.",
        "Ward 12345, bed 7.",
        "Ref 2024/12345678 is the faculty's form number.",
    ],
)
def test_ordinary_numbers_are_not_student_numbers(text: str) -> None:
    assert "student_id" not in kinds(IdentifierDetector(), text)


def test_student_number_runs_after_medicare_tfn_and_phone_so_kinds_stay_accurate() -> None:
    greedy = IdentifierDetector(student_id_pattern=r"\d+")
    assert kinds(greedy, "The slip said 123 456 782.") == ["tfn"]
    assert kinds(greedy, "Her card says 2123 45670 1.") == ["medicare"]
    assert kinds(greedy, "Call 0412 345 678.") == ["phone"]


# --- Nothing of the text in findings or messages ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Her mobile is 0412 345 678.", "0412"),
        ("Priyanka said she isn't sleeping.", "Priyanka"),
        ("Mail priya.s99@gmail.com please.", "priya"),
        ("She lives at 12 Smith St.", "Smith"),
        ("Medicare 2123 45670 1.", "2123"),
        ("Born on 3 April.", "April"),
    ],
)
def test_findings_and_messages_never_hold_the_text(
    detector: IdentifierDetector, text: str, secret: str
) -> None:
    findings = detector.find(text)
    assert findings
    assert secret not in repr(findings)
    assert secret not in detector.message(findings)
    assert [field.name for field in dataclasses.fields(Finding)] == ["kind", "label"]


def test_message_names_the_kinds_found(detector: IdentifierDetector) -> None:
    one = detector.find("Call 0412 345 678.")
    assert detector.message(one) == (
        "This looks like it contains a phone number. Remove identifying details and try again."
    )
    two = detector.find("Priyanka gave me 0412 345 678.")
    assert detector.message(two) == (
        "This looks like it contains a phone number and a person's name. "
        "Remove identifying details and try again."
    )
    three = detector.find("Priyanka gave me 0412 345 678 and a@b.com.")
    assert detector.message(three).startswith(
        "This looks like it contains an email address, a phone number and a person's name."
    )
    assert detector.message([]) == ""


def test_a_date_of_birth_is_named_as_one(detector: IdentifierDetector) -> None:
    assert detector.find("He was born on 3 April.") == [Finding("date", "a date of birth")]
    assert detector.find("It was 3 April 2002.") == [Finding("date", "a full date")]


# --- Pathological input (catastrophic backtracking would take minutes, not this) ----------------


@pytest.mark.parametrize(
    "text",
    [
        "a" * 10_000,
        "1" * 10_000,
        "1 " * 5_000,
        "1-" * 5_000,
        "1:" * 5_000,
        "a." * 5_000,
        "x@" * 5_000,
        "@a" * 5_000,
        "a dot " * 2_000,
        "x at " * 2_500,
        "www." * 2_500,
        "Aaaa " * 2_000,
        "12 Smith " * 1_100,
        "lives at 5 " * 1_000,
        "born " * 2_000,
        "0412 345 678 " * 770,
        ("Priyanka 0412 345 678 x@y.com 12 Smith St 3/4/2002 " * 200)[:10_000],
    ],
    ids=lambda text: f"{text[:12]!r}x{len(text)}",
)
def test_pathological_input_is_read_whole(detector: IdentifierDetector, text: str) -> None:
    # How long each takes is measured in bench/deidentify.py against an ordinary note's rate in the
    # same run (never timed here); this checks each is read to the end without an error and that
    # every flag stays inside the text.
    flags = detector.flag(text)
    assert all(0 <= flag.start < flag.end <= len(text) for flag in flags)


# --- Where: offsets into the text as written ------------------------------------------------------


def spans(detector: IdentifierDetector, text: str) -> list[tuple[str, str]]:
    return [(flag.kind, text[flag.start : flag.end]) for flag in detector.flag(text)]


def test_flags_say_where_each_identifier_stands(detector: IdentifierDetector) -> None:
    text = "Priyanka said to ring 0412 345 678 or mail p.s@gmail.com; she lives at 12 Smith St."
    assert spans(detector, text) == [
        ("person_name", "Priyanka"),
        ("phone", "0412 345 678"),
        ("email", "p.s@gmail.com"),
        ("street_address", "12 Smith St"),
    ]
    assert detector.flag("A quiet call about exams.") == []
    assert [field.name for field in dataclasses.fields(Flag)] == ["kind", "label", "start", "end"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spoke with \u041cei about exams.", ("person_name", "\u041cei")),  # Cyrillic М
        ("Spoke with S\u03bfphie today.", ("person_name", "S\u03bfphie")),  # Greek ο
        ("Ｊｅｓｓｉｃａ rang late.", ("person_name", "Ｊｅｓｓｉｃａ")),  # fullwidth letters
        ("Her mob is ０４１２ ３４５ ６７８.", ("phone", "０４１２ ３４５ ６７８")),  # fullwidth digits
        ("Her mob is 0412\u200b345\u200b678.", ("phone", "0412\u200b345\u200b678")),  # zero-width spaces
        ("Her mob is 0 4 1 2 3 4 5 6 7 8 ok", ("phone", "0 4 1 2 3 4 5 6 7 8")),  # typed apart
        ("Her mob is O4I2 345 678.", ("phone", "O4I2 345 678")),  # letters for digits
        ("Mail ｐ．ｓ＠gmail.com now", ("email", "ｐ．ｓ＠gmail.com")),
        ("She's z𝟓𝟏𝟐𝟑𝟒𝟓𝟔 on Moodle.", ("student_id", "z𝟓𝟏𝟐𝟑𝟒𝟓𝟔")),  # mathematical digits
    ],
)
def test_look_alikes_and_compatibility_forms_are_read_as_what_they_look_like(
    detector: IdentifierDetector, text: str, expected: tuple[str, str]
) -> None:
    assert spans(detector, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Peer asked whether the notes are shared.",
        "Peer laughed it off but seemed tired.",
        "Peer's mood improved by the end.",
        "Will and Hope, she said, are what keep her going.",
        "Faith and Joy are the two words on her wall.",
        "Straße und Café — she's learning German.",
        "Résumé review with the careers office went well.",
    ],
)
def test_role_words_and_pairs_of_word_names_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Grace and Will are her housemates.",
        "Hope and Mark both failed the OSCE.",
        "Her flatmate Oyelaran found her.",
        "Mereana's nan is unwell.",
        "Lwazi feels out of place at college.",
        "Talked with Summer after the tutorial.",
    ],
)
def test_names_are_read_from_what_stands_around_them(detector: IdentifierDetector, text: str) -> None:
    assert kinds(detector, text) == ["person_name"]


@pytest.mark.parametrize(
    "text",
    [
        "Tupoutoa said the night shifts are too much.",
        "Ngaruia is struggling to keep up since the move.",
        "She told Adwenepa about the panic attacks.",
        "Kaufusi's exam is on Thursday and he hasn't slept.",
        "Oyinkansola failed the written paper and blames herself.",
        "Tawhirimatea, who is in my year, has stopped coming.",
        "the student, Mahlatse, he is very tired always",
        "his name Ikechukwu and he is in year 2",
        "ngaruia is struggling with the rent",
        "we talked to tupoutoa after the tutorial",
        "Grace said she hasn't told her parents.",
        "Faith is struggling with the rural term.",
        "Summer told me the ward makes her anxious.",
        "Maka Taumoepeau said the roster is impossible.",
        "Vailea feel very alone in the college.",
    ],
)
def test_a_name_no_list_knows_is_read_from_a_persons_place(detector: IdentifierDetector, text: str) -> None:
    flags = detector.flag(text)
    assert [flag.kind for flag in flags] == ["person_name"]
    # The flag points at the name as written, and nothing else.
    assert text[flags[0].start : flags[0].end].split("'")[0].rstrip(",").lower() in {
        "tupoutoa",
        "ngaruia",
        "adwenepa",
        "kaufusi",
        "oyinkansola",
        "tawhirimatea",
        "mahlatse",
        "ikechukwu",
        "grace",
        "faith",
        "summer",
        "maka taumoepeau",
        "vailea",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Clozapine is being considered by her psychiatrist.",
        "Clozapine went up to 300 mg last month.",
        "Norovirus went through the ward and half the team was off.",
        "Medibank said they won't cover the psychologist.",
        "Rostering said the swap was approved.",
        "UWorld says she's at 58 percent.",
        "Hashimoto's disease was diagnosed last year.",
        "Kakadu, which she visited in July, was the best break.",
        "Nan said she was proud of her.",
        "Sydney feels like home now.",
        "Christmas was lonely on the ward.",
        "the physio said it was a strain",
        "escitalopram is helping with the panic",
    ],
)
def test_rare_words_that_are_no_one_pass_in_a_persons_place(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fetuao reported panic before every viva.",
        "Salote seemed calmer by the end of the call.",
        "Kinikini his cousin drove him to the ED.",
        "Tupouto'a's flatmates locked her out.",
        "Gift told me about the unpaid fees.",
        "Legend said she is scared of the registrar.",
        "my housemate Creek keeps the heater on all night",
        "Caller met Tarcoola, a friend from the course, after class.",
    ],
)
def test_third_round_names_in_a_persons_place_are_refused(detector: IdentifierDetector, text: str) -> None:
    assert "person_name" in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Candy cane decorations were everywhere on the children's ward.",
        "Rusty bikes are all the clinical school has for students.",
        "Jack of diamonds was the card she drew in the icebreaker.",
        "Associate Dean approved the extension.",
        "Director's office rang back the same day.",
        "Mongolia feels close when she calls home.",
        "Kalgoorlie seemed hot and empty in January.",
        "Everyone said the new roster is worse.",
        "Pharmacy said the script was ready.",
        "Aldi and Lidl are where she shops.",
        "Her pain went from 7/10 to 3.5/10 after the block.",
        "Rehabilitation seemed slow but steady.",
    ],
)
def test_third_round_words_places_and_offices_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He streams at stream.fm/latenightwards most weekends.",
        "Her links are all at page.ee/mosiah.draws.",
        "The practice site is matauranga.co.nz, which names her.",
        "The form is on forms.example.sh/ask/3391 with her details.",
    ],
)
def test_addresses_under_unlisted_top_level_domains_are_web_addresses(
    detector: IdentifierDetector, text: str
) -> None:
    assert "url" in kinds(detector, text)


# --- Fourth round: what held-out C taught, as general rules ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wirrin phoned from the car park after the shift.",  # a verb of calling after a rare word
        "Kiah called about the unpaid placement hours.",
        "Justice rang because her flatmate locked her out.",  # an everyday-word name and a call
        "Patience raised the roster problem at the debrief.",
        "Hi, I am Bazgha, second year, can someone call me back?",  # an introduction
        "The caller was Sothea Keo, ringing from the bus stop.",
        "Li Na Vong called from the library after midnight.",  # a full name with a short part
        "Naveen has started seeing the GP about sleep.",  # a link, a start and a person's doing
        "Ash Karunaratne rang twice before the exam.",  # an everyday first name and a rare surname
        "Nilufar and Behrouz both withdrew from the unit.",  # a pair, then what both did
        "She said Dilnoza from her tutorial group is not eating.",  # someone from her group
        "He said June from his rotation keeps crying in the toilets.",
        "Autumn's parents want her to transfer.",  # a season's word owning a relative
        "Clement seemed to think the supervisor disliked him.",  # a mind's verb
        "Her student card says c3346120.",  # one letter and seven digits
        "Caller is at 8 The Strand, Townsville, room 4.",  # a street that is its own name
    ],
)
def test_fourth_round_names_and_numbers_are_refused(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "She was treated for Graves' disease in second year.",
        "He revised Kernig's and Brudzinski's signs on the bus.",  # eponyms joined by "and"
        "Her uncle had Hodgkin lymphoma as a teenager.",
        "They grabbed Hungry Jack's after the night shift.",  # a shop named like a person
        "Placement at John Hunter was the hardest term.",  # a hospital named after a person
        "Students from Ghana and Kenya said the rent is the worst part.",  # places someone is from
        "Roti canai with the cohort on Fridays helps.",  # a foreign phrase, not a name
        "he eats roti canai most nights",
        "Called 13HEALTH after midnight for advice.",  # a word glued to digits is a service
        "Dal and rice again this week, money is tight.",  # a thing listed with a thing
        "Lunar New Year without family was hard.",  # a feast
        "Ivy League offers for her brother made her feel behind.",
    ],
)
def test_fourth_round_eponyms_shops_feasts_and_places_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


# --- Fifth round: what held-out D taught, as general rules -----------------------------------------


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("person_name", "late one. peer said marco (her bf) has been checking her phone"),
        ("person_name", "june said she'd call the peer back tmrw"),  # a month's word before "said"
        ("person_name", "peer says frank from the gym keeps messaging her"),
        ("person_name", "told sam i'd swap shifts so the peer can talk longer"),
        ("person_name", "her housemate ivy found her crying and rang me"),
        ("person_name", "benny's mum drove down from newcastle"),
        ("person_name", "The surgical reg, Taufa Vainikolo, shouts at her every round."),
        ("person_name", "Ngaio, her older cousin, is the one she trusts."),
        ("person_name", "Dr K. Wijesekera is his supervisor on paeds."),
        ("person_name", "Thabo is the only tutor who noticed."),
        ("person_name", "Peer has been staying with the Nakamura family since the fire."),
        ("person_name", "Asked Ms Ferreira about special consideration."),
        ("person_name", "Everyone calls her Bea, short for Beatriz."),
        ("social_handle", "She posts as u/sleepless_in_stats and people guessed it was her."),
        ("social_handle", "his discord is kofi_plays_late, he's on it all night"),
        ("student_id", "JCU student jc512744 asked for the debrief notes."),
        ("street_address", "The flat is 4/17 Esplanade, near the lagoon."),
        ("street_address", "She was picked up outside 106 Canning Highway."),  # 106 is a service number
    ],
)
def test_fifth_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peer at Nhulunbuy said the clinic staff have been kind.",  # a place after "at"
        "Peer on Bruny Island says the ferry makes weekends hard.",
        "Follow-up booked for Monday; check-in after the exam.",  # English compounds
        "peer ok. sleeping better on melatonin, lowkey proud of her tbh",  # a drug and text-speak
        "Her grandfather died of mesothelioma last year.",
        "She works at Michel's Patisserie on weekends.",  # a business named like a person
        "The registrar apologised the next morning.",  # a common word, spelt the British way
        "Dean's list again, which she only mentioned when I asked.",
        "met peer, chatted 20 min, all good",
        "Risk: low; protective factors: partner, faith community, dog",
    ],
)
def test_fifth_round_places_words_and_businesses_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


# --- Sixth round: what held-out E taught, as general rules -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Oyelaran (Nigerian, 2nd yr) is worried about the fees.",  # described in a bracket
        "Tomasz, 47, ex-paramedic, finds the lectures slow.",  # an age and a former career
        "priya (indian, 3rd yr) asked abt the deferral form",
        "When Siosaia told me about the eviction I froze.",  # a run that opens with "when"
        "Farzaneh keeps apologising for taking up my time.",  # a doing in progress
        "He met a guy called Lwazi at the bus stop who helped him.",
        "A message by Tran Thi Mai was forwarded to the group.",
        "Arohanui just left for the airport without telling anyone.",  # an adverb before a doing
        "Ivy (her flatmate) found the note.",
    ],
)
def test_sixth_round_names_are_refused(detector: IdentifierDetector, text: str) -> None:
    assert "person_name" in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Semester exchange to Florence went badly; she lost her wallet twice.",  # a place named like a person
        "Her family came via Jordan before settling in Liverpool.",
        "Her cousin has Hashimoto's and she is scared she has it too.",  # a bare eponym
        "Dr Google convinced him it was a brain tumour.",  # a title on a common word
        'He said "I\'ve had enough of nights" and laughed.',  # a contraction
        "Ex-nurse, 38, juggling placement with two kids.",  # a prefixed compound
        "pt missed 4 tutes this wk, says flu",  # a counted thing
        "She only speaks Magyar with her grandmother.",  # a language, not a contact
        "Quitline 13 78 48 and Gambling Help 1800 858 858 given.",  # national lines
        "Sertraline has been making her nauseous in the mornings.",
    ],
)
def test_sixth_round_places_conditions_and_words_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


# --- Seventh round: what held-out F taught, as general rules -----------------------------------------


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("person_name", "TEMITOPE MISSED THE VIVA AND IS NOT ANSWERING"),  # a note in capitals
        ("person_name", "cAlLeD oLuWaSeUn, sHe Is OkAy NoW"),  # alternating case
        ("street_address", "MOVED TO 7/21 WATTLE ST, CAIRNS LAST WEEK"),
        ("person_name", "Her mentor DW keeps cancelling on her."),  # initials after a relation
        ("person_name", "PL said the roster change broke her."),  # initials before a person's verb
        ("person_name", "Caller: TM\nIssue: exam stress"),  # initials after a label
        ("person_name", "Dr R rang the program about her."),  # a title and one letter
        ("person_name", "Checked in with J.P. (his housemate) who found him."),
        ("person_name", "katarina novakovic again - same worries about the supp"),  # lowercase full name
        ("person_name", "Grace came in late and left before the debrief."),  # an everyday-word name comes
        ("person_name", "Hunter and his partner separated last month."),  # ...and is tied to someone
        ("person_name", "Told Adaeze Nwosu the forms were in."),  # a telling verb opening the note
        ("person_name", "Naw Say Paw finds the forms hard."),  # a Karen honorific
        ("person_name", "Sister Philomena Bature runs the after-school club."),
        ("person_name", "Oluwadamilare Smith messaged twice overnight."),  # a full name known in part
        ("person_name", "Tafadzwa Moyo's older brother paid the bond."),
        ("person_name", "Kalolaine Fifita, PNG exchange student, is overwhelmed."),  # a role and commas
        ("person_name", "Lusia Havili from Nukualofa says the fees doubled."),
        ("person_name", "checked in w tadesse gebru after the lecture"),  # a lowercase name one meets
    ],
)
def test_seventh_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "STUDENT OK, NIL RISK, F/U WITH GP NEXT WEEK",  # capitals with no one in them
        "sTrEsSeD aBoUt ExAmS, wIlL cHeCk In",
        "ED said she can go home; GP to review, PHQ 9 of 12, CBT started.",  # abbreviations
        "ICU was loud and the OSCE went badly.",
        "Gen Med A handover runs late every night.",  # a team's letter
        "Week 6 of Term 2 is the worst for her.",  # counted things
        "Chin community picnic helped with the isolation.",  # a people before a group word
        "Hazara elders at the mosque have been kind.",
        "She grew up in Kutupalong and came here at fourteen.",  # a camp
        "From Sarawak, misses the food.",  # a state the cities list leaves out
        "Her family runs a shop near Mbarara.",  # a town of the region
        "Busy day, sige lang, she's fine, next week na.",  # code-switching words
        "Yaar, the exam was brutal, she laughed.",
        "homesick and teary after the long weekend",  # an English compound
        "Both examiners disapproves of the format, she says.",  # forms of English words
        "thx for teh update, stduent is ok",  # swapped letters
        "Will is the hardest part of estate planning, apparently.",
        "Bill came in the mail and it was huge.",
        "Harcourts kept the bond for three months.",  # an estate agency
        "Samoan-Australian student, proud of it.",
        "Telehealth Link told her to wait.",  # a rare word before a common one
        "she had roti canai with friends after class",  # a foreign phrase where no one is met
    ],
)
def test_seventh_round_words_peoples_places_and_abbreviations_pass(
    detector: IdentifierDetector, text: str
) -> None:
    assert detector.find(text) == []


# Eighth round (from held-out G's misses, on new sentences): numbers spoken as a voicemail or dictation
# gives them, spelt and provider-only e-mail addresses, usernames where a platform is named, misspelt
# months and street types, lowercase streets, "00" international numbers, and names told by a contact
# noun, a student described in apposition, "called"/"known as", given pronouns, a person's doing at the
# start of a note, markdown emphasis and a title in capitals.
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("phone", "VM: um yeah it's me, ring me on oh four three three, double two seven, nine one oh"),
        ("medicare", "transcribed: my medicare is two nine five three, one two eight four oh, one"),
        ("tfn", "she read her tax file number out as eight six five, four three two, one oh nine"),
        ("date", "dictated: her dad passed on the twenty-first of June nineteen ninety-eight"),
        ("date", "VM: my birthday is March the fourth, two thousand and five, if that matters"),
        ("street_address", "voicemail: I'm at sixty-three Jacaranda Avenue now, the back flat"),
        ("street_address", "moved in with her cousin at 17 ironbark rd last week"),
        ("street_address", "Her new flat is 9 Kurrajong Avnue, closer to the hospital."),
        ("date", "Her grandmother died on 12 Feburary 2023 and she never got to say goodbye."),
        ("phone", "Her sister left a number in Ankara: 0090 532 418 7736."),
        ("student_id", "For the form: student number, 4471902, year 3."),
        ("email", "wants the slides sent to m.n.o.p.q.r (at) student-mail (dot) net"),
        ("email", "her personal one is tashaB77 at hotmail, the uni one bounces"),
        ("social_handle", "she said add me on snap, I'm rue.dawn.04, then deleted the message"),
        ("social_handle", "Found him on Twitch streaming as 'GhostOfSurgery' every night."),
        ("social_handle", "the burner account on tiktok, her username there is nightnurse_"),
        ("social_handle", "voice memo: my discord's, er, sleepy underscore medic"),
        ("person_name", "Had a long contact with Enkhjin about the residency ballot."),
        ("person_name", "Catch-up with Fetu went better than last week."),
        ("person_name", "Ganzorig is here with me now, she is safe."),
        ("person_name", "Olo came in after the anatomy practical, shaking."),
        ("person_name", "Rose, a second year, asked about deferring."),
        ("person_name", "She mentioned a guy called Lachie who keeps messaging her."),
        ("person_name", "Her ex, known to the whole cohort as Smithy, turned up again."),
        ("person_name", "Sky (they/them) wants the group moved to Thursdays."),
        ("person_name", "Faith didn't show again, second week running."),
        ("person_name", "Hope was much calmer by the end of the session."),
        ("person_name", "- **Tavita** asked for the carers' group times"),
        ("person_name", "Complaint: PROF WAKEFIELD shouted at her during the ward round."),
        ("person_name", "Peer says Przybylski, the skills assessor, failed her twice."),
        ("person_name", "Said Dagny was her best friend at school."),
    ],
)
def test_eighth_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "She has two kids under five and works nine to five, one of the four days.",
        "The exam is on the first of May; week two is the hardest, one or two said so.",
        "a 3 lane highway and a 10 km road trip, 2 main roads, 5 more street lamps",
        "No one came to the group, one of those weeks.",
        "Reported harassment from a TikTok account (not a student) to eSafety.",
        "Handled the pressure but not 400 pages of pharmacology.",
        "Scrolling TikTok at 3 a.m. again, e.g. the covid19 stuff and MED3001.",
        "She misses the hui and the kapa haka at home; the tangi is next week.",
        "Wants to go back to Chiang Mai for the holidays.",
        "Peer read the Declaration of Geneva for the white coat ceremony.",
        "Jacaranda trees are out along the walk to the hospital.",
        "A full night's sleep would fix half of it, she reckons.",
        "the supervisor summarised the numbers for the term",
        "she grew up in glen innes and misses home",
        "Student (they/them) wants the roster to use their name.",
        "Bill came in the mail. Joy was in short supply this week.",
    ],
)
def test_eighth_round_numbers_words_and_places_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


# Ninth round (from held-out H's misses, on new sentences): IP addresses, country codes and house
# numbers read out, a provider said as two words, a day and month a life event points at, initials
# opening a note, titles of nurses and coaches, a bracket giving a year, pronouns or a role, a chat's
# speaker, a name in brackets after "the peer", a lowercase note opening with someone's doing.
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("ip_address", "dictated: the login came from two oh three dot one nine dot eighty-eight dot twelve"),
        ("phone", "voice memo: her aunt in Suva, plus six seven nine, nine two one, four four eight two"),
        ("street_address", "transcribed: he's staying at, um, four one, Banksia Street, Kensington"),
        ("street_address", "voicemail: the share house is number thirty, Palmer Road, near the station"),
        ("date", "Her brother took his own life on 9 March and the anniversary is coming up."),
        ("date", "The funeral was held on the 14th of June; she flew back for it."),
        ("date", "She keeps coming back to 3 August, the day of her assault."),
        ("person_name", "KT again. Still not sleeping, still on nights."),
        ("person_name", "RB from the library thing — came back, better."),
        ("person_name", "M.L. is doing better this week, no concerns."),
        ("person_name", "Coach Pritchard told her to play through the concussion."),
        ("person_name", "Paris (3rd yr, she/her) came in about the long case."),
        ("person_name", "Dallas (peer, 2nd yr) - wants to defer."),
        ("person_name", "[09:14] Tevita Mahe: can we move to 3pm\n[09:15] You: sure"),
        ("person_name", "Call from the peer (Oyelaran Adeyemi, Yr 5) about the visa."),
        ("person_name", "tika didnt show again, 2nd week"),
        ("person_name", "sione's been missing lectures since the breakup"),
    ],
)
def test_ninth_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Exam on 12 October, the day of the OSCE. Her birthday is in June.",
        "The nurse on 4 North was kind. Coach class flights. ED was busy. OK from me.",
        "Peer (2nd year) talked about fasting and the OSCE.",
        "Student (they/them) asked us to update the roster.",
        "Email header: To: [peer] / Sent: Friday 4:57 PM / Subject: roster",
        "She has been taking her flatmate's Ritalin before exams.",
        "Single dad. Son's school finishes at 3.",
        "Peer, mature age (41), started med after nursing.",
        "work called again and the clinic rang about the bloods",
        "fainted in the OSCE at station 6 (the abdo exam)",
        "she wears a kara and was asked to take it off in theatre",
        "Her elective is in Jordan (Amman); the family is worried.",
    ],
)
def test_ninth_round_words_brackets_and_things_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


# Tenth round (from held-out I's misses, on new sentences): titles in lower case, a name first in a
# student's bracket, a nickname in brackets, a name before a dash and a relation or a description, a
# note opening with a name and "again", "?", an initial or a bracketed country, hyphenated given
# names, lowercase names opening a note with a state, "go by", "re" in a reply, an apposition after a
# student's description; day-month dates after a birthday, a hearing, a due date or an expiry, in
# "17/08", "3-Feb" and "thurs 11th" forms; a lot number on a rural road.
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("person_name", "rang back after her viva, said assoc prof Weerasinghe tore her apart"),
        ("person_name", "dr Achterberg on the renal team keeps calling her sweetheart"),
        ("person_name", "a second-year (Selamawit, Tigrinya speaker) asked about interpreter shifts"),
        ("person_name", "checking in on Yuxuan (Ethan) again, still not sleeping"),
        ("person_name", "she keeps talking about Keerthana — her cousin — who failed the same exam"),
        ("person_name", "Tamang — Nepali 2nd yr, gave only a surname — worried about his visa"),
        ("person_name", "Hemi again, the one from the rugby club, says he can't face the ward"),
        ("person_name", "Sunil? Suniel. Kannada guy. His mum is in hospital in Mysuru."),
        ("person_name", "B: Hye-jin Cho, started late after her visa, on Gen Surg."),
        ("person_name", "Precious M. is exhausted, two jobs and placement"),
        ("person_name", "vikashni is on a bridging visa and her manager cut her hours"),
        ("person_name", "Bilal Qureshi (Pakistan) — says the team ignores him on rounds"),
        ("person_name", "Ana (Tonga) — homesick, missing her brother's wedding"),
        ("person_name", "Losana T. — thinking about deferring, hasn't told her parents"),
        ("person_name", "Mateus — drinking most nights to switch off"),
        ("person_name", "hinewai is fine, just tired after nights."),
        ("person_name", "She wants to go by Sam now and the roll call keeps using her old name."),
        ("person_name", "told J. that she doesn't have to decide tonight"),
        ("person_name", "Replying to your note re Tevita: what did he say about sleep?"),
        ("person_name", "A Hazara student in Y2, Farzana, hasn't been seen in tutes for a fortnight."),
        ("date", "he turns 40 on 9 June and feels he has wasted a decade"),
        ("date", "It's his 18th on 23/09 and nobody from home will call."),
        ("date", "the AVO hearing is on 3-Feb and she has to give evidence"),
        ("date", "her birthday is thurs 11th and she doesn't want to be around for it"),
        ("date", "Her baby is due 28-Jul and the rotation runs until August."),
        ("date", "her visa expires on the 19th of October if the appeal fails"),
        ("street_address", "the farm is at Lot 7, Mitchell Hwy, Nyngan, and she drives in daily"),
    ],
)
def test_tenth_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Endone 5mg nocte and paracetamol mane, the mornings are foggy",
        "spilled coffee on her jean skirt right before the viva",
        "the abdo station and the neuro station both went badly",
        "he is struggling after a death on PICU last week",
        "peer from Mosul, she hasn't heard from her parents since the floods",
        "he's Somali and fasting through the OSCE week; she's Punjabi and works weekends",
        "denies SH and NSSI, no SI, sleeping better",
        "needs the BSB and account number for the hardship grant",
        "the SP was kind but she still froze on the breaking bad news station",
        "Pointed her to the eSafety site (esafety.gov.au/report) for the abusive posts.",
        "Kernig's and Brudzinski's were on the exam, she's happy with how it went",
        "Don the apron, don the gloves: the drills feel endless to him.",
        "New Year's Eve on a night shift in ED was lonely for her",
        "the assignment is due 14/3 and the exam is on 2-Nov",
    ],
)
def test_tenth_round_words_places_feasts_and_shorthand_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


# Eleventh round (from held-out J's misses, on new sentences): dictated notes ("full stop", "comma",
# "new line", letters spelt out one by one, "capital H"), kin titles before a name in any case
# ("Lola Caring", "nana pat"), lowercase titles before a lowercase name ("dr o'brien"), a role noun
# right before a name ("the peer Summer"), a nickname in quotes, a name alone as a note, more life
# events that pin a date (admission, discharge, surgery, sentencing) a little further from the date,
# streets named "Mc…", lowercase streets after "her place" or "the current one is".
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            "person_name",
            "dictated: her housemate is called rowan comma r o w a n comma and he drove her in full stop",
        ),
        (
            "person_name",
            "dictated: her tutor is doctor wickramasinghe full stop w i c k r a m a s i n g h e full stop",
        ),
        ("person_name", "voice note: the name is spelt m i l e n a, she wants us to use it full stop"),
        (
            "student_id",
            "dictated: his student number is capital K capital T capital R five one nine zero four full stop",
        ),
        ("url", "dictated: the post is at w w w dot instagram dot com slash tali dot ng dot 2 full stop"),
        ("person_name", "Her Filipino lolo, Lolo Bening, is in a nursing home in Sunshine."),
        ("person_name", "dictated: he misses his grandad pop des full stop pop des raised him full stop"),
        ("person_name", "Grandmother Nanna Ivy is unwell back in Broome and she is torn about going."),
        ("person_name", "met dr van der kolk re: the peer. fine"),
        ("person_name", "her tutor mrs o'sullivan has been really kind"),
        ("person_name", "[21:10] S4: has anyone heard from the peer Autumn since Tuesday?"),
        ("person_name", "handover: 'Pip' is what she likes to be called, not her legal name."),
        ("person_name", "Her dad (saved in her phone as 'Abbu') rang eight times during the exam."),
        ("person_name", "Tadashi."),
        (
            "date",
            "dictated: she was admitted on the twelfth of march full stop discharged a week later full stop",
        ),
        (
            "date",
            "He was admitted to the mental health unit at Frankston on 3 May and wants no one to know.",
        ),
        ("date", "Her brother's sentencing in the county court is set for 21 Nov and she can't focus."),
        ("date", "Her dad has surgery at the Austin on 8 December and she wants to fly back for it."),
        ("date", "peer was discharged 14/7 from the inpatient unit, doing ok now"),
        ("person_name", "Her registrar is Dr Vo and he is patient with her."),
        ("person_name", "Catch-up w/ Oluwaseun. Calmer."),
        ("person_name", "Her grandmother (Dolkar) raised her and is unwell."),
        ("person_name", "the one who texted at midnight — Tevite — is safe at his cousin's"),
        ("person_name", "She boards with a farming family, the Pattersons, near Hamilton."),
        ("person_name", "handover: peer from the Nepali society, Pasang L., rang twice."),
        ("person_name", "dictated: her brother's name is dorjee full stop he drives her in full stop"),
        ("person_name", "the student (farzana) said the roster is too much"),
        ("person_name", "Takumi."),
        ("date", "Her appeal hearing before the academic progress committee is on 12/5. Terrified."),
        (
            "ip_address",
            "dictated: the login was from one eighty two dot two hundred dot nine dot forty full stop",
        ),
        (
            "medicare",
            "dictated: the card is five one two three space four five six seven three space one full stop",
        ),
        ("street_address", "She is moving to 17 McKinnon Road, Horsham, for the rural year."),
        ("street_address", "meet at her place, 9 wattle st (the one in Ballarat, not Melbourne)"),
        ("street_address", "she has moved so many times; the current one is 4/11 banksia grove, ringwood"),
    ],
)
def test_eleventh_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "dictated: peer is stressed about exams full stop no risk full stop new line follow up next week",
        "Her score went from 20 to 11 in a month. She's proud. So am I. Follow-up in two weeks.",
        "the peer you saw on Mon cancelled; Fri is fine for the follow-up",
        "Autocorrect keeps changing 'peer' to 'pear' in my notes, sorry.",
        "Team-mates and coach noticed she had gone quiet.",
        "Peer has a Morton's neuroma and struggles with long ward rounds.",
        "in a small school everyone knows everyone else's business",
        "She brought a jar of honey from her parents' farm as thanks.",
        "Pop culture quiz night at the college; Nana naps are her weekend plan.",
        "she saw the peer on Tue and again on Thu; Mon is free for a follow-up",
        "in a small town everyone knows everyone else's car",
        "Sydney.",
        "the assessment is called the long case and she hates it",
        "Karen New Year and Simbang Gabi fall in the same month as her exams.",
    ],
)
def test_eleventh_round_dictation_service_numbers_and_words_pass(
    detector: IdentifierDetector, text: str
) -> None:
    assert detector.find(text) == []


# Issue 12's twelfth round, from held-out K's misses (K was measured once, blind, after the eleventh).
# Every sentence here is new, written for the rule it tests (none is from a corpus); 26 of the 48 fail
# on the eleventh round's detector, the rest guard the same rules from the other side.
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("person_name", "- Boyfriend Lachlan moved out last week"),
        ("person_name", "Housemate Dilnoza cooked for the flat; peer ate for the first time in days."),
        ("person_name", "Co-captain Eun-bi Seo stepped down and the peer took the team on."),
        ("person_name", "Her study buddy is Wairimu, who tests her every night."),
        ("person_name", "Wairimu is her study buddy and they quiz each other every night."),
        ("person_name", "He is staying with Koorine until the lease starts."),
        ("person_name", "Prof Summer hasn't replied to the extension request."),
        ("person_name", "Her yiayia's sister, theia Eleni, raised her in Larnaca."),
        ("person_name", "Her tante Griet sends a parcel every month."),
        ("person_name", "her bf sione (lowercase, that's how he signs off) picked her up"),
        ("person_name", "[20:14] her: tumelo just messaged me again"),
        ("person_name", "[20:16] her: lindiwe won't stop texting about the party"),
        ("person_name", "ok so update. Olumide drove me home and stayed"),
        ("person_name", "Peer said Tsegaye - her uncle - is paying the fees this year."),
        ("person_name", "Peer said Ruby (flatmate) noticed she wasn't eating."),
        ("person_name", "Tamar Ben-Shushan, the unit coordinator, granted the extension."),
        ("person_name", "Tuya from the Mongolian Students Association checks in on her weekly."),
        ("person_name", "Peer said Aung Min from her PBL group cried in the tutorial."),
        ("person_name", "me: who was it?\nher: Kwabena. from the gym"),
        ("person_name", "The night porter, Lusanda, walked her to the car park."),
        ("person_name", "Peer nominated Chiara Bellucci as the friend who could come to the meeting."),
        ("date", "Her citizenship ceremony is on the 14th of November and she's anxious."),
        ("date", "Peer was admitted to Ward 4B on the 2nd of May after the overdose."),
        ("date", "Her son's operation is booked for Monday 3 March at the Royal."),
        ("street_address", "- 47 wattle st, ringwood"),
        ("street_address", "its 9 kent tce if you want to drop the form off"),
        ("street_address", "He rents a room at unit 2, 112 mill road near the station."),
        ("street_address", "RFD 402 Bruny Island is where her dad lives now."),
        ("email", "send it to n a l e d i . k @ o u t l o o k . c o m please"),
        ("email", "her other address is svetlana.k (at) mail (dot) ru"),
        ("social_handle", "She games on PlayStation as TemweLovesRain88 most nights."),
    ],
)
def test_twelfth_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Partner Agency paperwork came through for her placement.",
        "Friend Request from a stranger on Instagram upset her.",
        "Patient Safety Week starts Monday; she's presenting a poster.",
        "Reg asked her about Murphy's sign and she blanked.",
        "Coach told the whole team to rest before finals.",
        "Peer called Lifeline at 3 am and found it helpful.",
        "Peer is from Basra and misses the river there.",
        "Peer from Galway says Adelaide is too hot.",
        "Peer is Afrikaans-speaking and Zulu is her second language; she's Kabyle on her mum's side.",
        "Her admitting team saw 3 patients on the ward; the exam is on 5 June.",
        "It's 10 grand road trip money she's saving for.",
        "Um, it's, er, from the second year group, just letting you know she's fine.",
        "Said 'see you @ 3. Good luck' and left.",
        "Sir Charles Gairdner and the Lady Cilento are both on her list of placements.",
        "Peer's Bengali family is planning the wedding for December.",
        "Smashed avo at the college on Sunday helped; she's Kabyle on her mum's side.",
    ],
)
def test_twelfth_round_roles_places_peoples_and_times_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


# Public names (supervision/contacts/public_names.py): a figure's full name, a one-word stage name no
# one is given, and a character of a work the same note names pass; the same first names alone do not.
@pytest.mark.parametrize(
    "text",
    [
        "Peer spent the session on Serena Williams and whether talent or work matters more.",
        "She listens to Beyoncé on the drive to placement.",
        "He rereads Harry Potter and says he is more Neville Longbottom than Harry.",
        "Peer watched Grey's Anatomy all weekend and wants to be Cristina Yang.",
        "Long chat about Fred Hollows and why she chose ophthalmology.",
    ],
)
def test_public_figures_and_characters_of_a_named_work_pass(detector: IdentifierDetector, text: str) -> None:
    assert detector.find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her flatmate Serena has stopped eating with the others.",
        "Cristina and Meredith from her PBL group took her out for dinner.",
        "Neville from the rowing club drove her home.",
    ],
)
def test_a_characters_name_without_its_work_is_still_a_name(detector: IdentifierDetector, text: str) -> None:
    assert kinds(detector, text) == ["person_name"]


def test_the_gazetteers_hold_no_ordinary_given_name_alone() -> None:
    from supervision.contacts import public_names
    from supervision.contacts.deidentify import _known_first_names

    data = public_names.gazetteer()
    assert len([name for name in data.names if len(name) > 1]) >= 3000
    assert len(data.works) >= 600
    # A one-word public name is honoured in any note, so none may be a name people are given.
    given = _known_first_names()
    single = sorted(name[0] for name in data.names if len(name) == 1 and name[0] in given)
    assert single == []


# Issue 12's thirteenth round, from held-out L's misses and false refusals (L was measured once, blind,
# after the twelfth). New sentences, written for the rule each tests; 7 of the 18 fail on the twelfth
# round's detector, the rest guard the same rules from the other side.
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("person_name", "She showed me the letter: 'Dear Mthunzi, your placement has been cancelled.'"),
        ("person_name", "The uni wrote 'Hi Ikaika, your appeal was received' and nothing since."),
        ("person_name", "Her dad texted: 'Wanjiru, you need to come home this weekend.'"),
        ("person_name", "Her aunt's voice message: 'Samira habibti call me back.'"),
        ("person_name", "Her mum's text said 'Folake pls eat something'."),
        ("person_name", "Her brother is Tenzing and he has been sleeping on her couch."),
        ("person_name", "- partner: Wiremu, drives her to placement"),
        ("person_name", "Kalani from 3rd yr sat with her in the library."),
        ("person_name", "Peer read Lord of the Rings to her cousin Tomasi every night."),
        ("ip_address", "Login alert from 203.44.17.112 at 3am"),
    ],
)
def test_thirteenth_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peer relates to Lisa Cuddy more than she would like to admit.",
        "Peer named Fiona Stanley as her role model after the burns lecture.",
        "A patient with dysphagia cried at lunch and the peer stayed with him.",
        "Her mum is Samoan and the family want her home for White Sunday.",
        "'Dear Diary, week 3 of surgery', she wrote, and laughed.",
        "'Hi everyone, the tute is on Thursday' was the only email she got all week.",
        "He has a little sister in Year 9 who looks up to him.",
        "Brochures from 2nd yr orientation were still in her bag.",
    ],
)
def test_thirteenth_round_characters_conditions_and_greetings_pass(
    detector: IdentifierDetector, text: str
) -> None:
    assert detector.find(text) == []


# Issue 12's fourteenth round, from held-out M's misses and false refusals (M was measured once, blind,
# after the thirteenth). New sentences, written for the rule each tests; 9 of the 16 fail on the
# thirteenth round's detector, the rest guard the same rules from the other side.
@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("person_name", "0140: voice msg from Tavita — crying, can't sleep. 0150: rang back."),
        ("person_name", "DM from Ashkii: 'can we talk tomorrow, not great'"),
        ("person_name", "Asel (Kyrgyz, rowing club) said the scholarship might be cut."),
        ("person_name", "Oreo (his nickname, he's Thai) says the team laugh at him."),
        ("person_name", "You said Wambui is your housemate and the only one who knows."),
        ("person_name", "You mentioned Kipchoge from your anatomy group makes fun of your accent."),
        ("person_name", "Her boss, Khun Malee, cut her shifts without notice."),
        ("person_name", "Peer name: Ochieng Otieno | Year: 3 | Concern: money"),
        ("email", "write to her at nightshiftnotes [at] proton [dot] me, not the uni address"),
    ],
)
def test_fourteenth_round_identifiers_are_refused(detector: IdentifierDetector, kind: str, text: str) -> None:
    assert kind in kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peer (Thai, 2nd yr) said the roster is brutal.",
        "Peer (Sri Lankan, 3rd yr) says placement is going fine.",
        "Haitian peer says the food here is fine but not home.",
        "Peer's CRP and ESR were both up during the flare; off placement a week.",
        "A text from Centrelink said her payment is late again.",
        "Calls from non-Indigenous students are welcome on that line too.",
        "Name of concern: see the attached form | Follow-up: Tuesday",
    ],
)
def test_fourteenth_round_peoples_abbreviations_and_senders_pass(
    detector: IdentifierDetector, text: str
) -> None:
    assert detector.find(text) == []
