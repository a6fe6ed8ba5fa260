#!/usr/bin/env bash
# Checks a cyberassess PDF report with poppler-utils, as a reader's tools see it:
#   - pdfinfo parses it, and it has a title;
#   - pdffonts: every font is embedded and subset (the emb and sub columns say yes), with a
#     Unicode map;
#   - pdftotext extracts the expected words (the headings every report has, the marking if one
#     is given), with accents intact.
# Usage: tests/pdf-tools-check.sh REPORT.pdf [EXPECTED_TEXT...]
# Exits non-zero on the first failure. Needs pdfinfo, pdffonts and pdftotext (poppler-utils).
set -euo pipefail

pdf=${1:?usage: tests/pdf-tools-check.sh REPORT.pdf [EXPECTED_TEXT...]}
shift
fail() { echo "pdf-tools-check: $pdf: $*" >&2; exit 1; }

for tool in pdfinfo pdffonts pdftotext; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install poppler-utils)"
done

info=$(pdfinfo "$pdf") || fail "pdfinfo cannot read it"
grep -q '^Title: *[^ ]' <<<"$info" || fail "no title in the document information"
pages=$(awk '/^Pages:/ {print $2}' <<<"$info")
[ "${pages:-0}" -ge 3 ] || fail "only ${pages:-0} pages"

# pdffonts: two header lines, then one line per font; columns emb, sub and uni must say yes.
fonts=$(pdffonts "$pdf" | tail -n +3)
[ -n "$fonts" ] || fail "no fonts"
while read -r line; do
    # The name, type and encoding may contain spaces; the last five columns do not.
    read -r emb sub uni _ _ <<<"$(awk '{print $(NF-4), $(NF-3), $(NF-2), $(NF-1), $NF}' <<<"$line")"
    [ "$emb" = yes ] || fail "font not embedded: $line"
    [ "$sub" = yes ] || fail "font not subset: $line"
    [ "$uni" = yes ] || fail "font without a Unicode map: $line"
    grep -Eq '^[A-Z]{6}\+' <<<"$line" || fail "font name has no subset tag: $line"
done <<<"$fonts"

text=$(pdftotext -enc UTF-8 "$pdf" -) || fail "pdftotext cannot extract text"
for expected in Summary Priorities Method Verification "page 1 of $pages" "$@"; do
    grep -qF -- "$expected" <<<"$text" || fail "pdftotext does not find \"$expected\""
done
echo "pdf-tools-check: $pdf: ok ($pages pages, $(wc -l <<<"$fonts") subset fonts, text extracts)"
