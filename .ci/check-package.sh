#!/usr/bin/env bash
# Inspects every packed FundMath library .nupkg (FundMath, FundMath.Yaml, FundMath.Cases, FundMath.Samples,
# FundMath.Testing, FundMath.Testing.Forecasting, FundMath.Testing.Xunit, FundMath.Testing.XunitV3, FundMath.Forecasting) and fails when package metadata a consumer relies on is missing: id, description, tags,
# license expression, project URL, readme (declared and present), the XML docs lib/net10.0/<id>.xml, the DLL
# itself (with its embedded data), Source Link repository metadata, and the .snupkg beside it.
# Usage: .ci/check-package.sh [artifacts-dir]   (default: artifacts)
set -euo pipefail

dir="${1:-artifacts}"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3

# Each shipped library package: its id and one type its XML docs must document. The tool package (FundMath.Tool)
# carries no XML docs or symbols and is not inspected here.
"$PY" - "$dir" <<'PYEOF'
import sys, os, glob, re, zipfile, xml.etree.ElementTree as ET

folder = sys.argv[1]
packages = {
    'FundMath': 'T:FundMath.Money',
    'FundMath.Yaml': 'T:FundMath.Yaml.DataFiles',
    'FundMath.Cases': 'T:FundMath.Cases.CaseRunner',
    'FundMath.Samples': 'T:FundMath.Samples.SampleReports',
    'FundMath.Testing': 'T:FundMath.Testing.ValueArbitraries',
    'FundMath.Testing.Forecasting': 'T:FundMath.Testing.Forecasting.ForecastArbitraries',
    'FundMath.Testing.Xunit': 'T:FundMath.Testing.CaseFilesAttribute',
    'FundMath.Testing.XunitV3': 'T:FundMath.Testing.CaseFilesAttribute',
    'FundMath.Forecasting': 'T:FundMath.Forecasting.Projection.Projector',
}
# Resources a package must embed (logical name → the dll that holds it).
resources = {
    'FundMath': ['FundMath.Policies.national.json'],
    'FundMath.Samples': ['FundMath.Samples.Reports.zhuzhou-2021.yaml'],
}
failed = False
for pid, documented in packages.items():
    found = [p for p in glob.glob(os.path.join(folder, pid + '.*.nupkg'))
             if re.fullmatch(re.escape(pid) + r'\.\d[^/]*(?<!\.symbols)\.nupkg', os.path.basename(p))]
    if len(found) != 1:
        print(f"check-package: expected exactly one {pid}.<version>.nupkg in {folder}, found {len(found)}", file=sys.stderr)
        failed = True
        continue
    nupkg = found[0]
    snupkg = nupkg[:-len('.nupkg')] + '.snupkg'
    problems = []
    with zipfile.ZipFile(nupkg) as z:
        names = set(z.namelist())
        nuspecs = [n for n in names if n.endswith('.nuspec') and '/' not in n]
        if len(nuspecs) != 1:
            print(f"check-package: {nupkg} has {len(nuspecs)} nuspec files", file=sys.stderr)
            failed = True
            continue
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
        dll, xmldoc = f'lib/net10.0/{pid}.dll', f'lib/net10.0/{pid}.xml'
        for required in (dll, xmldoc):
            if required not in names:
                problems.append(f"{required} is missing")
        if xmldoc in names:
            docs = z.read(xmldoc).decode('utf-8')
            if f'<member name="{documented}">' not in docs:
                problems.append(f"{xmldoc} does not document {documented[2:]}")
        if dll in names:
            image = z.read(dll)
            for resource in resources.get(pid, []):
                if resource.encode('utf-8') not in image:
                    problems.append(f"{dll} does not embed the resource {resource}")

    if not os.path.isfile(snupkg):
        problems.append(f"symbol package {os.path.basename(snupkg)} is missing")
    else:
        with zipfile.ZipFile(snupkg) as s:
            if f'lib/net10.0/{pid}.pdb' not in s.namelist():
                problems.append(f"the .snupkg has no lib/net10.0/{pid}.pdb")

    if problems:
        failed = True
        for p in problems:
            print(f"check-package: {os.path.basename(nupkg)}: {p}", file=sys.stderr)
    else:
        print(f"check-package: {os.path.basename(nupkg)} OK (id, description, tags, license, project URL, readme, XML docs, repository, .snupkg)")
sys.exit(1 if failed else 0)
PYEOF
