#!/usr/bin/env bash
# Rebuild static/fonts/ from the OFL-licensed @fontsource/noto-naskh-arabic npm package:
# the Arabic files are subset to the Arabic blocks the site prints (shaping features kept),
# which takes each weight from ~52 KB to ~31 KB; the Latin files are used as published.
#   scripts/build_fonts.sh        (needs npm and the dev requirements' fonttools + brotli)
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=5.3.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@fontsource/noto-naskh-arabic@$VERSION" >/dev/null && tar xzf ./*.tgz)
files="$work/package/files"
for weight in 400 700; do
  .venv/bin/pyftsubset "$files/noto-naskh-arabic-arabic-$weight-normal.woff2" \
    --unicodes="U+0600-06FF,U+0750-077F,U+08A0-08FF,U+200C-200F,U+2010-2011,U+204F,U+2E41,U+FD3E-FD3F" \
    --layout-features='*' --flavor=woff2 \
    --output-file="static/fonts/noto-naskh-arabic-arabic-$weight-normal.woff2"
  cp "$files/noto-naskh-arabic-latin-$weight-normal.woff2" static/fonts/
done
cp "$work/package/LICENSE" static/fonts/OFL-noto-naskh-arabic.txt
ls -l static/fonts/
