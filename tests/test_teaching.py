"""The teaching exercise: the sample key and students' files for the reference article, each
student against the key, and the claims the class disagrees on."""

from __future__ import annotations

import math
from pathlib import Path

from conftest import clean_samples

import workbench
from workbench.annotations import AnnotationStore, read_annotation_file
from workbench.report import teaching
from workbench.widgets import claim_key

REPO = Path(__file__).resolve().parents[1]
TEACHING = clean_samples() / "teaching"  # the shipped class: no file a teacher collected since
KEY = TEACHING / "seed_article.txt.teacher.annotations.json"
STUDENTS = sorted((TEACHING / "students").glob("*.annotations.json"))
AMIRA, BRUNO, CHEN = STUDENTS


# --- the sample files ----------------------------------------------------------------------------


def test_the_sample_class_is_a_teachers_key_and_three_students():
    assert read_annotation_file(KEY).annotator == "teacher"
    assert [read_annotation_file(p).annotator for p in STUDENTS] == ["amira", "bruno", "chen"]


def test_every_sample_file_belongs_to_the_reference_article_as_it_is_now():
    article = workbench.load(REPO / "sample_articles" / "seed_article.txt")
    for path in [KEY, *STUDENTS]:
        store = AnnotationStore.open(article, path=path)
        assert store.warnings == [] and store.unanchored == [], path.name


def test_the_sample_files_claim_keys_still_name_claims_of_the_claim_list():
    """The files match claims by key (claim:START-END, the offsets of the claim's text): if the
    claims' boundaries change, the sample files must be written again, or a new student's answers
    would not meet the key's."""
    article = workbench.load(REPO / "sample_articles" / "seed_article.txt")
    keys = {claim_key(claim): claim for claim in workbench.analyze(article).claims}
    for path in [KEY, *STUDENTS]:
        for annotation in read_annotation_file(path).annotations:
            if annotation.target == "claim":
                assert annotation.key in keys, (
                    f"{path.name}: {annotation.key} is no longer a claim of the list; "
                    "run sample_articles/teaching/make_sample_class.py"
                )
                claim = keys[annotation.key]
                assert (claim.start, claim.end) == (annotation.start, annotation.end)


# --- the key -------------------------------------------------------------------------------------


def test_the_key_lists_the_ten_claims_of_the_exercise_in_article_order_each_explained():
    key = teaching.key_frame(KEY)
    assert len(key) == 10
    assert list(key["key"]) == sorted(key["key"], key=lambda k: int(k.split(":")[1].split("-")[0]))
    assert set(key["verdict"]) == {"verified", "opinion", "partly true", "unverifiable"}
    assert key["explanation"].str.len().min() > 40
    treaty = key[key["claim"].str.startswith("This treaty marked a significant milestone")]
    assert list(treaty["verdict"]) == ["opinion"]


def test_the_keys_evidence_is_one_line_each_source_cited_separated_by_semicolons():
    evidence = teaching.key_frame(KEY)["evidence"]
    assert not evidence.str.contains("\n").any()
    assert "KCNA statement of the Central Military Commission; Kremlin statement by President Putin" in set(evidence)


def test_claims_the_key_leaves_unreviewed_are_not_part_of_the_exercise(tmp_path):
    article = workbench.load(REPO / "sample_articles" / "seed_article.txt")
    store = AnnotationStore.open(article, annotator="teacher", path=tmp_path / "key.annotations.json")
    store.upsert("claim:1", target="claim", start=344, end=567, verdict="verified", note="on record")
    store.upsert("claim:5", target="claim", start=1148, end=1337)  # opened, never judged
    assert list(teaching.key_frame(store.path)["key"]) == ["claim:1"]


# --- each student against the key --------------------------------------------------------------


def test_a_skipped_claim_counts_as_unreviewed_and_wrong():
    compared = teaching.compare_with_key(KEY, CHEN)
    assert len(compared) == 10
    skipped = compared[compared["answer"] == "unreviewed"]
    assert len(skipped) == 2 and not skipped["correct"].any()
    photo = compared[compared["claim"].str.contains("on January 13")].iloc[0]
    assert (photo["expected"], photo["answer"], photo["correct"]) == ("partly true", "false", False)
    assert photo["student_note"] == "the date is wrong"
    assert "number of soldiers" in photo["explanation"]


def test_scores_count_answers_and_correct_ones_and_give_kappa_with_the_key():
    scores = teaching.scores(KEY, STUDENTS).set_index("student")
    assert scores.loc["amira", ["claims", "answered", "correct"]].tolist() == [10, 10, 9]
    assert scores.loc["bruno", ["answered", "correct"]].tolist() == [9, 4]
    assert scores.loc["chen", ["answered", "correct"]].tolist() == [8, 6]
    # amira agrees far beyond chance; bruno, who calls nearly everything "verified", barely does
    assert scores.loc["amira", "kappa"] == 0.86
    assert scores.loc["bruno", "kappa"] == 0.08
    assert scores.loc["amira", "kappa"] > scores.loc["chen", "kappa"] > scores.loc["bruno", "kappa"]


def test_scoring_a_class_reads_the_key_and_each_hand_in_once(monkeypatch):
    reads: list[str] = []

    def counted(path):
        reads.append(Path(path).name)
        return read_annotation_file(path)

    monkeypatch.setattr(teaching, "read_annotation_file", counted)
    teaching.scores(KEY, STUDENTS)
    assert sorted(reads) == sorted([KEY.name, *(s.name for s in STUDENTS)])


def test_a_student_who_judged_none_of_the_exercises_claims_has_no_kappa(tmp_path):
    article = workbench.load(REPO / "sample_articles" / "seed_article.txt")
    store = AnnotationStore.open(article, annotator="dora", path=tmp_path / "dora.annotations.json")
    store.upsert("span:1", start=0, end=5, note="just looking")
    row = teaching.scores(KEY, [store.path]).iloc[0]
    assert (row["answered"], row["correct"]) == (0, 0)
    assert math.isnan(row["kappa"])


# --- the class's disagreements -------------------------------------------------------------------


def test_contested_claims_are_those_with_different_verdicts_most_divided_first():
    contested = teaching.contested_claims([KEY, *STUDENTS])
    assert len(contested) == 6
    first = contested.iloc[0]
    assert first["claim"].startswith("A photo posted by Ukrainian President Volodymyr Zelenskyy")
    assert first["by_annotator"] == "amira: partly true; bruno: verified; chen: false; teacher: partly true"
    assert first["verdicts"] == "partly true ×2, verified ×1, false ×1"
    agreed = "have officially confirmed, for the first time"
    assert not contested["claim"].str.contains(agreed).any()


def test_one_annotator_alone_contests_nothing():
    assert teaching.contested_claims([AMIRA]).empty


# --- what was handed in --------------------------------------------------------------------------


def _hand_in(tmp_path: Path, name: str, article_path: Path, file_name: str) -> Path:
    store = AnnotationStore.open(workbench.load(article_path), annotator=name, path=tmp_path / file_name)
    store.upsert("claim:0-10", target="claim", start=0, end=10, verdict="false", note="")
    return store.path


def test_the_sample_class_hands_in_nothing_wrong():
    assert teaching.handed_in_problems(KEY, STUDENTS) == {}
    assert set(teaching.scores(KEY, STUDENTS)["problem"]) == {""}


def test_a_file_made_for_another_text_is_named_and_not_scored(tmp_path):
    other = _hand_in(tmp_path, "erik", REPO / "sample_articles" / "wikinews" / "korea.txt", "erik.annotations.json")
    problems = teaching.handed_in_problems(KEY, [AMIRA, other])
    assert list(problems) == [str(other)]
    assert problems[str(other)].startswith("annotates another text than the key")
    row = teaching.scores(KEY, [AMIRA, other]).set_index("student").loc["erik"]
    assert (row["answered"], row["correct"]) == (0, 0) and math.isnan(row["kappa"])
    assert "another text" in row["problem"]


def test_two_hand_ins_under_one_name_are_flagged_and_stay_two_voices(tmp_path):
    twin = tmp_path / "seed_article.txt.amira-again.annotations.json"
    twin.write_bytes(BRUNO.read_bytes().replace(b'"annotator": "bruno"', b'"annotator": "amira"'))
    assert read_annotation_file(twin).annotator == "amira"
    problems = teaching.handed_in_problems(KEY, [AMIRA, twin])
    assert problems[str(AMIRA)] == f"has the same name 'amira' as {twin.name}"
    assert problems[str(twin)] == f"has the same name 'amira' as {AMIRA.name}"
    contested = teaching.contested_claims([AMIRA, twin])
    labels = contested.iloc[0]["by_annotator"]
    assert f"amira ({AMIRA.name})" in labels and f"amira ({twin.name})" in labels


def test_a_student_file_under_the_keys_name_is_flagged(tmp_path):
    impostor = tmp_path / "impostor.annotations.json"
    impostor.write_bytes(CHEN.read_bytes().replace(b'"annotator": "chen"', b'"annotator": "teacher"'))
    assert teaching.handed_in_problems(KEY, [impostor]) == {str(impostor): "carries the key's name 'teacher'"}
