"""Reading article bytes: UTF-8 with or without BOM, UTF-16 LE/BE, cp1252, latin-1, and repair
of double-encoded UTF-8 ("â€™" for "’"), each recorded in the metadata."""

from __future__ import annotations

import pytest

import workbench
from workbench import LoadError
from workbench.load.decode import decode, repair_mojibake

ARTICLE = "Seoul’s “Quasi-State of War” Warning\n\nThe café owner — a résumé in hand — said “no.”\n"
LATIN = "Café Owners Protest\n\nThe café owners of São Paulo met on Monday, à la française.\n"


def mojibake(text: str) -> str:
    """UTF-8 bytes shown as Windows-1252, the five bytes it leaves undefined shown as themselves."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in text.encode("utf-8")
    )


def load_bytes(tmp_path, data: bytes, **options) -> workbench.Article:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    return workbench.load(path, **options)


def test_plain_utf8_is_the_file(tmp_path):
    article = load_bytes(tmp_path, ARTICLE.encode("utf-8"))
    assert article.text == ARTICLE
    assert (article.meta.encoding, article.meta.repairs, article.meta.text_is_file) == ("utf-8", (), True)


def test_utf8_with_bom_drops_the_bom_and_says_so(tmp_path):
    article = load_bytes(tmp_path, b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert article.text == ARTICLE
    assert article.meta.encoding == "utf-8-sig"
    assert article.meta.repairs == ("removed utf-8-sig byte-order mark",)
    assert not article.meta.text_is_file  # offsets would be off by one against the raw file


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec):
    bom = b"\xff\xfe" if codec == "utf-16-le" else b"\xfe\xff"
    article = load_bytes(tmp_path, bom + ARTICLE.encode(codec))
    assert article.text == ARTICLE
    assert article.meta.encoding == "utf-16"
    assert article.meta.repairs == ("removed utf-16 byte-order mark",)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_its_zero_bytes(tmp_path, codec):
    article = load_bytes(tmp_path, ARTICLE.encode(codec))
    assert article.text == ARTICLE
    assert article.meta.encoding == codec


def test_cp1252_curly_quotes_and_dashes(tmp_path):
    article = load_bytes(tmp_path, ARTICLE.encode("cp1252"))
    assert article.text == ARTICLE
    assert article.meta.encoding == "cp1252"
    assert article.meta.repairs == ("decoded as cp1252 (not valid UTF-8)",)
    assert article.meta.title == "Seoul’s “Quasi-State of War” Warning"


def test_latin1_text_reads_as_cp1252_which_agrees_on_letters(tmp_path):
    article = load_bytes(tmp_path, LATIN.encode("latin-1"))
    assert article.text == LATIN
    assert article.meta.repairs == ("decoded as cp1252 (not valid UTF-8)",)


def test_bytes_undefined_in_cp1252_fall_back_to_latin1():
    decoded = decode(b"caf\xe9 \x81 bar", "odd.txt")
    assert decoded.text == "café \x81 bar"
    assert (decoded.encoding, decoded.repairs) == ("latin-1", ("decoded as latin-1 (not valid UTF-8)",))


def test_double_encoded_utf8_is_repaired_and_the_repair_recorded(tmp_path):
    broken = mojibake(ARTICLE)
    assert "â€™" in broken and "Ã©" in broken and "â€\x9d" in broken
    article = load_bytes(tmp_path, broken.encode("utf-8"))
    assert article.text == ARTICLE
    assert article.meta.encoding == "utf-8"
    assert article.meta.repairs == ("repaired 10 double-encoded UTF-8 sequences",)  # ’ “ ” é — é é — “ ”
    assert not article.meta.text_is_file


def test_repair_mends_broken_runs_and_leaves_the_rest_alone():
    text = "Clean ’quotes’ here; broken " + mojibake("’") + " there; Ökonomie and Ä stay."
    fixed, count = repair_mojibake(text)
    assert fixed == "Clean ’quotes’ here; broken ’ there; Ökonomie and Ä stay."
    assert count == 1


def test_a_stray_double_encoded_sequence_in_proper_text_is_noted_and_left_as_written(tmp_path):
    text = "The mayor’s plan — for Jos" + mojibake("é") + " and the café — passed.\n"
    article = load_bytes(tmp_path, text.encode("utf-8"))
    assert article.text == text  # offsets keep pointing into the file
    assert article.meta.repairs == () and article.meta.text_is_file
    assert article.meta.notes == (
        "1 sequences look double-encoded (e.g. 'Ã©'); left as written, the rest is proper text",
    )


def test_an_explicit_encoding_is_the_only_one_tried(tmp_path):
    article = load_bytes(tmp_path, ARTICLE.encode("cp1252"), encoding="cp1252")
    assert article.text == ARTICLE and article.meta.encoding == "cp1252" and article.meta.repairs == ()
    with pytest.raises(
        LoadError, match=r"article\.txt: cannot be decoded as utf-8 \('utf-8' codec can't decode byte 0x92"
    ):
        load_bytes(tmp_path, ARTICLE.encode("cp1252"), encoding="utf-8")


def test_an_unknown_encoding_name_is_an_error_naming_the_file(tmp_path):
    with pytest.raises(LoadError, match=r"article\.txt: cannot be decoded as klingon"):
        load_bytes(tmp_path, b"Some text.", encoding="klingon")
