#!/usr/bin/env bash
# workbook-look: the bundled data as a workbook, rendered by LibreOffice Calc
# as a person sees it: every page as a PNG in $OUT (default
# /tmp/aicamps-workbook-look), and docs/workbook.png, the top of the
# Companies sheet, for the README.
set -euo pipefail
BIN=${AICAMPS_BIN:-bin/aicamps}
OUT=${OUT:-/tmp/aicamps-workbook-look}
rm -rf "$OUT" && mkdir -p "$OUT"
"$BIN" convert assets/data/camps.json "$OUT/camps.xlsx"
soffice --headless "-env:UserInstallation=file://$OUT/profile" --convert-to pdf --outdir "$OUT" "$OUT/camps.xlsx" >/dev/null
pdftoppm -png -r 60 "$OUT/camps.pdf" "$OUT/page"
# Page 4 is Companies (README, Dataset, Sources come first).
pdftoppm -png -r 150 -f 4 -l 4 "$OUT/camps.pdf" "$OUT/companies"
convert "$OUT"/companies-*.png -crop 1180x215+45+135 +repage -bordercolor '#cccccc' -border 1 docs/workbook.png
echo "workbook-look: pages in $OUT, docs/workbook.png"
