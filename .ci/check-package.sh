#!/usr/bin/env bash
# Inspects the packed FundMath .nupkg and fails when package metadata a consumer relies on is missing:
# id, description, tags, license expression, project URL, readme (declared and present), the XML docs
# lib/net10.0/FundMath.xml, the DLL itself, Source Link repository metadata, and the .snupkg beside it.
# Usage: .ci/check-package.sh [artifacts-dir] [package-id]   (defaults: artifacts, FundMath; e.g. FundMath.Forecasting)
set -euo pipefail

dir="${1:-artifacts}"
id="${2:-FundMath}"
shopt -s nullglob
packages=("$dir"/"$id".[0-9]*.nupkg)
if [ "${#packages[@]}" -ne 1 ]; then
  echo "check-package: expected exactly one $id.<version>.nupkg in $dir, found ${#packages[@]}" >&2
  exit 1
fi

nupkg="${packages[0]}"
snupkg="${nupkg%.nupkg}.snupkg"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

"$PY" - "$nupkg" "$snupkg" "$id" <<'PYEOF'
import sys, os, zipfile, xml.etree.ElementTree as ET

nupkg, snupkg, pid = sys.argv[1], sys.argv[2], sys.argv[3]
problems = []
with zipfile.ZipFile(nupkg) as z:
    names = set(z.namelist())
    nuspecs = [n for n in names if n.endswith('.nuspec') and '/' not in n]
    if len(nuspecs) != 1:
        print(f"check-package: {nupkg} has {len(nuspecs)} nuspec files", file=sys.stderr)
        sys.exit(1)
    root = ET.fromstring(z.read(nuspecs[0]))
    ns = {'n': root.tag[root.tag.index('{') + 1:root.tag.index('}')]} if root.tag.startswith('{') else {'n': ''}
    meta = root.find('n:metadata', ns)

    def text(tag):
        el = meta.find(f'n:{tag}', ns)
        return (el.text or '').strip() if el is not None else ''

    for tag in ('id', 'version', 'description', 'tags', 'projectUrl', 'readme', 'authors'):
        if not text(tag):
            problems.append(f"nuspec lacks <{tag}>")
    if text('id') != pid:
        problems.append(f"package id is '{text('id')}', expected '{pid}'")
    lic = meta.find('n:license', ns)
    if lic is None or lic.get('type') != 'expression' or not (lic.text or '').strip():
        problems.append("nuspec lacks a license expression (<license type=\"expression\">)")
    repo = meta.find('n:repository', ns)
    if repo is None or not repo.get('url'):
        problems.append("nuspec lacks <repository url=...> (Source Link / PublishRepositoryUrl)")
    readme = text('readme')
    if readme and readme not in names:
        problems.append(f"readme '{readme}' is declared but not inside the package")
    for required in (f'lib/net10.0/{pid}.dll', f'lib/net10.0/{pid}.xml'):
        if required not in names:
            problems.append(f"{required} is missing")
    if f'lib/net10.0/{pid}.xml' in names:
        docs = z.read(f'lib/net10.0/{pid}.xml').decode('utf-8')
        expected = '<member name="T:FundMath.Money">' if pid == 'FundMath' else f'<member name="T:{pid}.'
        if expected not in docs:
            problems.append(f"lib/net10.0/{pid}.xml does not document the package's types ({expected})")

if not os.path.isfile(snupkg):
    problems.append(f"symbol package {os.path.basename(snupkg)} is missing")
else:
    with zipfile.ZipFile(snupkg) as s:
        if f'lib/net10.0/{pid}.pdb' not in s.namelist():
            problems.append(f"the .snupkg has no lib/net10.0/{pid}.pdb")

if problems:
    for p in problems:
        print(f"check-package: {os.path.basename(nupkg)}: {p}", file=sys.stderr)
    sys.exit(1)
print(f"check-package: {os.path.basename(nupkg)} OK (id, description, tags, license, project URL, readme, XML docs, repository, .snupkg)")
PYEOF
