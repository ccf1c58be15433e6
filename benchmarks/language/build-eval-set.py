#!/usr/bin/env python3
"""Builds the language-identification evaluation set (TSV: gold, set, id, text) from data on this
machine; nothing of it is stored in the repository.

Sets:
  seeds     the five seed articles of ../shared/data/seeds (English news, page furniture left in).
  aeb       the 91 article bodies of ../shared/data/boilerplate/aeb-dev (ground-truth.json); gold is
            English except the pages listed in AEB_NOT_ENGLISH, labelled by reading each text (the
            pages' own <html lang> is wrong for two of them: English Business Insider pages say "de").
  wcxb      the main_content of the 793 WCXB dev article pages (all English; <html lang="en*">).
  man-para  prose paragraphs (>= 120 bytes of UTF-8) of the translated manual pages Debian installs under
            /usr/share/man/LANG (and English ones from /usr/share/man/man*), at most 60 per language;
            a paragraph found verbatim in the English page of the same name is left out (untranslated).
  man-page  the prose of one manual page (its first 1,500 characters), at most 25 per language.
Manual pages are technical text: option names, commands and untranslated fragments stay in them, so
the gold label (the folder's language) is sometimes wrong for a paragraph; errors are listed by the
scorer for inspection.

usage: build-eval-set.py SHARED_DATA_DIR OUT.tsv [seeds,aeb,wcxb,man]   (rendering the manual pages takes minutes)
"""
import gzip
import json
import os
import re
import subprocess
import sys

AEB_NOT_ENGLISH = {
    "autoracing.com.br": "pt",
    "blog.comwrap.com": "de",
    "comoeducarseusfilhos.com.br": "pt",
    "kabarislamia.com": "id",
    "gto-normativy.ru": "ru",
    "note100yen.com": "ja",
}
MAN_LANGS = {"cs": "cs", "da": "da", "de": "de", "es": "es", "fi": "fi", "fr": "fr", "hu": "hu", "id": "id",
             "it": "it", "ja": "ja", "ko": "ko", "nl": "nl", "pl": "pl", "pt": "pt", "pt_BR": "pt", "ro": "ro",
             "ru": "ru", "sv": "sv", "tr": "tr", "uk": "uk", "zh_CN": "zh", "zh_TW": "zh", "en": "en"}
PARAS_PER_LANG = 60
PAGES_PER_LANG = 25


def clean(text):
    return re.sub(r"\s+", " ", text).strip()


def aeb(data):
    folder = os.path.join(data, "boilerplate", "aeb-dev")
    truth = json.load(open(os.path.join(folder, "ground-truth.json"), encoding="utf-8"))
    for key in sorted(truth):
        url = truth[key]["url"]
        host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
        yield AEB_NOT_ENGLISH.get(host, "en"), "aeb", key[:12], clean(truth[key]["articleBody"])


def seeds(data):
    folder = os.path.join(data, "seeds")
    for name in sorted(os.listdir(folder)):
        yield "en", "seeds", name.split(".")[0], clean(open(os.path.join(folder, name), encoding="utf-8").read())


def wcxb(data):
    folder = os.path.join(data, "boilerplate", "wcxb-dev-articles", "ground-truth")
    for name in sorted(os.listdir(folder)):
        truth = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        text = clean(truth.get("ground_truth", {}).get("main_content") or "")
        if text:
            yield "en", "wcxb", name.split(".")[0], text


def render(path):
    env = dict(os.environ, MANWIDTH="100000", LC_ALL="C.UTF-8")
    try:
        out = subprocess.run(["man", "-l", path], capture_output=True, env=env, timeout=30).stdout
    except subprocess.TimeoutExpired:
        return []
    text = subprocess.run(["col", "-b"], input=out, capture_output=True).stdout.decode("utf-8", "replace")
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        lines = [l for l in block.split("\n") if l.startswith("       ") and not l.startswith("        ")]
        para = clean(" ".join(lines))
        letters = sum(c.isalpha() for c in para)
        if len(para.encode("utf-8")) >= 120 and letters >= 0.6 * len(para):
            paragraphs.append(para)
    return paragraphs


def man(root="/usr/share/man"):
    for folder, lang in sorted(MAN_LANGS.items()):
        if folder == "en":
            files = sorted(os.path.join(dp, f) for section in ("man1", "man5", "man8")
                           for dp, _, fs in os.walk(os.path.join(root, section)) for f in fs)[::7]
        else:
            files = sorted(os.path.join(dp, f) for dp, _, fs in os.walk(os.path.join(root, folder)) for f in fs)
        paras = pages = 0
        for path in files:
            paragraphs = render(path)
            if folder != "en" and paragraphs:
                english = set(render(os.path.join(root, os.path.basename(os.path.dirname(path)), os.path.basename(path))))
                paragraphs = [p for p in paragraphs if p not in english]
            if not paragraphs:
                continue
            name = folder + "/" + os.path.basename(path)
            if pages < PAGES_PER_LANG:
                yield lang, "man-page", name, " ".join(paragraphs)[:1500]
                pages += 1
            for i, para in enumerate(paragraphs[:3]):
                if paras < PARAS_PER_LANG:
                    yield lang, "man-para", name + "#" + str(i), para
                    paras += 1
            if paras >= PARAS_PER_LANG and pages >= PAGES_PER_LANG:
                break


def main():
    data, out = sys.argv[1], sys.argv[2]
    sets = sys.argv[3].split(",") if len(sys.argv) > 3 else ["seeds", "aeb", "wcxb", "man"]
    with open(out, "w", encoding="utf-8") as f:
        for rows in (globals()[name](data) if name != "man" else man() for name in sets):
            for gold, subset, key, text in rows:
                f.write("\t".join((gold, subset, key, text.replace("\t", " "))) + "\n")


if __name__ == "__main__":
    main()
