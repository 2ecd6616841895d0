#!/usr/bin/env python3
"""No function or component over 80 lines without its reason written above it, as a comment
that starts with `// Long:`. Long functions hide their parts; a named part can be read,
tested and reused. Lists the offenders and fails if there are any."""
import pathlib, re, sys

LIMIT = 80
root = pathlib.Path(__file__).resolve().parent.parent
files = sorted(root.glob("src/**/*.rs")) + sorted(root.glob("crates/*/src/**/*.rs"))
start = re.compile(r"^(\s*)(pub(\([^)]*\))? )?(async )?(const )?fn (\w+)")
offenders = []
for path in files:
    lines = path.read_text().split("\n")
    for i, line in enumerate(lines):
        if line.strip().startswith("#[cfg(test)]"):
            break  # tests may be as long as their story
        m = start.match(line)
        if not m:
            continue
        close = m.group(1) + "}"
        end = next((j for j in range(i + 1, len(lines)) if lines[j] == close), i)
        if end - i + 1 <= LIMIT:
            continue
        k = i - 1
        while k >= 0 and lines[k].strip().startswith(("#[", "//")):
            k -= 1
        if not any(l.strip().startswith("// Long:") for l in lines[k + 1 : i]):
            offenders.append(f"{path.relative_to(root)}:{i + 1} {m.group(6)} ({end - i + 1} lines)")
if offenders:
    print(f"Over {LIMIT} lines without a `// Long:` reason:", *offenders, sep="\n  ")
    sys.exit(1)
