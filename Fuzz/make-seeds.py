#!/usr/bin/env python3
"""Writes the committed seed corpus in Fuzz/Corpus/ from the shipped data and real-looking input.

Run from the repository root after the data or an input format changes: python3 Fuzz/make-seeds.py
The byte layouts follow each target's main.swift (FuzzReader takes one byte per choice).
"""
import hashlib, pathlib, re

root = pathlib.Path(__file__).resolve().parent.parent
corpus = root / "Fuzz" / "Corpus"

def write(target, data):
    folder = corpus / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)

# fuzz-csv: first byte = encoding (0 detect, 1 utf-8, 2 cp1251, 3 kz1048) + 4 * delimiter (0 detect , ; tab)
for csv in sorted((root / "data").glob("*.csv")):
    text = csv.read_bytes()
    lines = text.splitlines(keepends=True)
    write("csv", bytes([0]) + b"".join(lines[:4]))
    write("csv", bytes([0]) + b"".join(lines[:40])[:6000])
    write("csv", bytes([4 * 2]) + b"".join(lines[:8]).replace(b",", b";"))
    write("csv", bytes([4 * 3]) + b"".join(lines[:8]).replace(b",", b"\t").replace(b"\n", b"\r\n"))
    try:
        write("csv", bytes([0]) + b"".join(lines[:8]).decode("utf-8").encode("cp1251", "replace"))
    except UnicodeDecodeError:
        write("csv", bytes([2]) + b"".join(lines[:8]))
write("csv", bytes([0]) + b'\xef\xbb\xbfa,"b ""q"" c",\r\n"open\n')
write("csv", bytes([1]) + "БИН,Атауы\n940140000385,«Сәлем» ЖШС\n".encode())

# fuzz-identifier: the text itself
samples = re.findall(r'input: "(.*)"', (root / "data" / "samples.yaml").read_text())
for text in samples + ["БИН: 9401 4000-0385", "ИИН 850312300012", "94O14OOOO385", "９４０１４００００３８５",
                       "9401\u200b4000\u00ad0385", "Binance", "BIN", "2509408598661", "25094085986", "+7 701 000 0000"]:
    write("identifier", text.encode())

# fuzz-link: first byte = platform (index into SocialPlatform.allCases, 255 = none), then the text
import csv as csvmodule
with open(root / "data" / "ardfm-warning-list.csv", encoding="utf-8-sig") as f:
    cells = [cell for row in list(csvmodule.reader(f))[1:40] for cell in row[3:5] if cell]
for cell in cells[:30] + ["http://m.Example-Invest.kz./ru/?utm_source=x&id=3#top", "t.me/s/name", "@name",
                          "instagr.am/name/", "https://www.youtube.com/@name/videos", "xn--80ao21a"]:
    write("link", bytes([255]) + cell.encode())
write("link", bytes([1]) + b"@demo_kapital_plus")

# fuzz-name-search: limit (mod 10), then the query
with open(root / "data" / "ardfm-licensed.csv", encoding="utf-8-sig") as f:
    names = [row[2] for row in list(csvmodule.reader(f))[1:9] if len(row) > 2]
for query in names[:4] + [names[4].upper(), names[5][:-2] + "x", "Demo Tumar", "банк", "", "ТОО «Сәлем»", "a " * 40]:
    write("name-search", bytes([5]) + query.encode())

# Inputs fuzzing found, kept as seeds (each is a regression test too); hex of the whole input.
finds = {
    # LinkParserTests.idempotenceFind: a trailing U+0085 was trimmed when the normalised form was read back.
    "link": ["ff32323232772e796f75742f73ba7a2e2f723f2f7575283d78263f753d7826ff2f7275282f78263f753d782400262e73ba7a2e2f78263f"
             "753d7826ffff2e962e000000262e753d7826753d7826ffff2e96ff2e00000026753d7826ffff2e963d78263f753d78262f78243f753d"
             "78266fd03a00262f2e727a2e753f8d3d263f753d7826ffff2e96ffd2ffffffd98ac2852601002f962e000000262e78ba7a2e2f78263f"
             "753d7826ffff2e962e000000262e753d7826753d7826ffff2e96ff2e00000026753d7826ffff2e26ff2d000000013a"],
    # ChatUpdateTests.aWiderWindowPullsTheScrollBackWithinTheHistory: PgUp, then a wider window.
    "line-editor": ["501800000004410004420443fa00061c6c6f61740efe0000696e670017fbff050074000900000a",
                    # RuntimeTests.aDeadlineAFractionOfAMicrosecondAwayFires: a timer 0.12 µs away was
                    # a wait of 0 ms but not due, and the loop spun for ever (campaign, a timeout;
                    # minimised with -minimize_crash against the code before the fix).
                    "fa64ffff0450049750000018747274ff0c160004069c0000e28094150004101904f400f40414810450f4000004100004cc810497"
                    "5004cc8124c45f000417fa04cc81049774f4f4120094150004100004975004cc816e81041004f400f4f4f4120094150004100004"
                    "cc8104975004cc81",
                    # CutGraphemeTests.aLoneSelectorDoesNotWidenTheCharacterBefore: a selector after a
                    # control joined the character before it and made it wide in one column (campaign).
                    "501800000e00001405501817009b1b04125369676e73206f66dc9e20707972616d69640057000000000400"],
}
for target, inputs in finds.items():
    for hex_input in inputs:
        write(target, bytes.fromhex(hex_input))

# fuzz-conversation: language, then (kind, choice) pairs; kind 0 = dictionary message i,
# kind 3 = dictionary callback data j under message id choice 0 (the first sent).
def conversation(*steps):
    return bytes([0]) + bytes(b for step in steps for b in step)
write("conversation", conversation((0, 0), (0, 8)))                     # /start, a BIN on the AFM list
write("conversation", conversation((0, 0), (0, 11), (2, 0, 1), (0, 15)))  # a link, a button press, not found
write("conversation", conversation((0, 0), (3, 0, 14), (3, 0, 15), (3, 0, 18)))  # signs pages
write("conversation", conversation(*[(0, 8)] * 7))                     # past the daily quota
write("conversation", conversation((0, 0), (1, 5), *[(c,) for c in b"hello"]))

# fuzz-line-editor: width, height, flags, language, then reads: count-1, kind, value.
def keys(width, height, *reads):
    return bytes([width, height, 0, 0]) + bytes(b for read in reads for b in (0,) + read)
def typed(text):  # printable ASCII through kind 4
    return [(4, ord(c) - 0x20) for c in text]
ESC, KAZAKH, EMOJI = (0, 0), (0, 14), (0, 23)
write("line-editor", keys(80, 24, *typed("250940859866"), (6, 10)))              # type a BIN, Enter
write("line-editor", keys(80, 24, *typed("abc"), (6, 2), (6, 2), KAZAKH, EMOJI, (0, 6), (0, 9), (0, 10)))
write("line-editor", keys(40, 12, ESC, *typed("1"), ESC, (9,), (6, 0), (6, 1), (0, 2), (0, 2)))  # Alt-1, Esc, Tab
write("line-editor", keys(20, 5, *typed("hi"), (8, 60, 20), KAZAKH, (8, 3, 1), EMOJI))          # tiny, resize
write("line-editor", keys(100, 30, *typed("/start"), (6, 10), (7, 0, 40, 28), (7, 1, 10, 10)))  # send, clicks
