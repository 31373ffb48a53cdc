#!/usr/bin/env bash
# Renders the built-in sample's chart (fundmath analyze --chart) in a real browser (Debian's chromium, headless)
# and fails if the PNG is missing or blank. Installs chromium and a CJK font when missing.
# Usage: .ci/render-chart.sh [OUT_DIR]   (default: artifacts/chart)
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir="${1:-artifacts/chart}"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
  echo "render-chart: installing chromium" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi
# Region names are Chinese: without a CJK font they would render as empty boxes.
if ! fc-list 2>/dev/null | grep -qiE 'wqy|cjk|han sans'; then
  echo "render-chart: installing a CJK font" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null; }
fi

svg="$out_dir/sample-chart.svg"
png="$out_dir/sample-chart.png"
rm -f "$svg" "$png"
dotnet run --project src/FundMath.Cli -c Release -- analyze --format json --out "$out_dir/sample.json" --chart "$svg"
test -s "$svg" || { echo "render-chart: $svg was not written" >&2; exit 1; }

height=$(sed -n 's/.*<svg [^>]*height="\([0-9]*\)".*/\1/p' "$svg" | head -1)
width=$(sed -n 's/.*<svg [^>]*width="\([0-9]*\)".*/\1/p' "$svg" | head -1)
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# --screenshot writes relative to the working directory; run inside the output folder.
(cd "$out_dir" && timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$profile" --screenshot="$png" --window-size="${width:-1000},${height:-700}" \
  "file://$svg" >/dev/null 2>&1) || true
test -s "$png" || { echo "render-chart: chromium wrote no PNG ($png)" >&2; exit 1; }

# Decode the PNG with the standard library (zlib) and require a real picture: enough distinct colours and
# enough non-white pixels (a blank or error page fails both).
/usr/bin/python3 - "$png" <<'PY'
import struct, sys, zlib
path = sys.argv[1]
data = open(path, 'rb').read()
if data[:8] != b'\x89PNG\r\n\x1a\n':
    sys.exit(f"render-chart: {path} is not a PNG")
pos, idat, header = 8, b'', None
while pos < len(data):
    length, kind = struct.unpack('>I4s', data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b'IHDR':
        header = struct.unpack('>IIBBBBB', body)
    elif kind == b'IDAT':
        idat += body
    pos += 12 + length
width, height, depth, colour_type, _, _, interlace = header
if depth != 8 or colour_type not in (2, 6) or interlace:
    sys.exit(f"render-chart: unsupported PNG format (depth {depth}, colour type {colour_type}, interlace {interlace})")
bpp = 3 if colour_type == 2 else 4
raw = zlib.decompress(idat)
stride = width * bpp
previous = bytearray(stride)
colours, ink = set(), 0
offset = 0
for _ in range(height):
    kind = raw[offset]
    line = bytearray(raw[offset + 1:offset + 1 + stride])
    offset += 1 + stride
    for i in range(stride):
        left = line[i - bpp] if i >= bpp else 0
        up = previous[i]
        corner = previous[i - bpp] if i >= bpp else 0
        if kind == 1:
            line[i] = (line[i] + left) & 255
        elif kind == 2:
            line[i] = (line[i] + up) & 255
        elif kind == 3:
            line[i] = (line[i] + (left + up) // 2) & 255
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
    for x in range(0, stride, bpp):
        rgb = bytes(line[x:x + 3])
        colours.add(rgb)
        if rgb != b'\xff\xff\xff':
            ink += 1
    previous = line
share = ink / (width * height)
print(f"render-chart: {path}: {width}x{height}, {len(colours)} colours, {share:.1%} non-white pixels")
if len(colours) < 8 or share < 0.02:
    sys.exit("render-chart: the picture is blank (too few colours or almost no ink)")
PY
echo "render-chart: ok ($png)"
