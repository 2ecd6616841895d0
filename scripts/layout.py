#!/usr/bin/env python3
"""The README's Layout section names every source file and folder: a reader finds where a
thing lives from it. Lists what the section does not name, and fails if anything is missing."""
import pathlib, re, sys

root = pathlib.Path(__file__).resolve().parent.parent
readme = (root / "README.md").read_text()
block = readme.split("## Layout", 1)[1].split("```", 2)[1]
# A file is named as `name.rs`, a folder as `name/`: a word that merely occurs does not count.
named = set(re.findall(r"[\w.-]+/?", block))

# Folders whose entries are each named (files by stem or full name, folders by name).
folders = ["src", "src/components", "src/pages", "src/state", "src/storage", "crates",
           "crates/klantreis-core/src", "crates/klantreis-core/src/patterns",
           "crates/klantreis-words/src", "crates/klantreis-xlsx/src", "scripts", "bench",
           "docs", "style", "pwa", "tests"]
missing = []
for folder in folders:
    for entry in sorted((root / folder).iterdir()):
        name = entry.name
        if name in ("lib.rs", "main.rs", "mod.rs") or name.startswith("."):
            continue
        if (name + "/" if entry.is_dir() else name) not in named:
            missing.append(str(entry.relative_to(root)))
for top in ["Cargo.toml", "Trunk.toml", "index.html", "FORMAT.md", "BENCHMARKS.md"]:
    if (root / top).exists() and top not in named:
        missing.append(top)
if missing:
    print("README.md's Layout section does not name:", *missing, sep="\n  ")
    sys.exit(1)
