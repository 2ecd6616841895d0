#!/usr/bin/env python3
"""Lists import circles between source files: file A names an item of file B (`use crate::…`,
`super::…`, or a `crate::…` path in code) and B, directly or around a circle, names A.
A parent module declaring its children (`mod x;`) is not an import. Exits 1 if any."""
import re
import sys
from pathlib import Path

CRATES = [Path('src'), Path('crates/klantreis-core/src'), Path('crates/klantreis-xlsx/src')]


def module_of(root: Path, f: Path) -> list[str]:
    parts = list(f.relative_to(root).with_suffix('').parts)
    if parts[-1] in ('mod', 'lib', 'main'):
        parts = parts[:-1]
    return parts


REEXPORTS: dict = {}


def reexports(f: Path, here: list[str]) -> dict:
    """Items a file re-exports (`pub use a::b::Item;`, `pub use a::{X, Y};`): name -> path."""
    if f not in REEXPORTS:
        out = {}
        for m in re.finditer(r'\bpub use\s+([\w:]+?)(?:::\{([^}]*)\}|::(\w+))\s*;', strip(f.read_text())):
            head = m.group(1).split('::')
            names = [m.group(3)] if m.group(3) else [n.strip().split(' as ')[0] for n in m.group(2).split(',')]
            for name in names:
                if not name or name == 'self':
                    continue
                full = head + [name]
                if full[0] == 'crate':
                    out[name] = full[1:]
                elif full[0] == 'super':
                    out[name] = here[:-1] + full[1:]
                else:
                    out[name] = here + full
        REEXPORTS[f] = out
    return REEXPORTS[f]


def file_of(root: Path, parts: list[str], depth: int = 0):
    """The file that defines what `parts` names: the longest existing module prefix, and
    through a re-export (`pub use`) to the file that really holds the item."""
    for n in range(len(parts), -1, -1):
        base = root.joinpath(*parts[:n])
        for candidate in ([base.with_suffix('.rs'), base / 'mod.rs'] if n else [root / 'lib.rs']):
            if candidate.is_file():
                if n < len(parts) and depth < 5:
                    target = reexports(candidate, parts[:n]).get(parts[n])
                    if target:
                        return file_of(root, target + parts[n + 1:], depth + 1)
                return candidate
    return None


def strip(text: str) -> str:
    text = re.sub(r'//[^\n]*', '', text)
    text = re.sub(r'"(?:\\.|[^"\\])*"', '""', text)
    # Tests inside a file may reach anywhere; they are not part of the module's design.
    return re.split(r'#\[cfg\(test\)\]', text)[0]


def paths_in(text: str):
    """Every path that starts at crate:: or super::, with `use` groups expanded one level."""
    for m in re.finditer(r'\buse\s+((?:crate|super)(?:::\w+)*)(?:::\{([^;]*)\})?', text, re.S):
        head, group = m.group(1), m.group(2)
        if group is None:
            yield head.split('::')
        else:
            for item in re.split(r',(?![^{]*\})', group):
                item = item.strip().split(' as ')[0].split('::{')[0].strip()
                if item and item != 'self':
                    yield head.split('::') + item.split('::')
                elif item == 'self':
                    yield head.split('::')
    for m in re.finditer(r'(?<![\w:])((?:crate|super)(?:::\w+)+)', text):
        yield m.group(1).split('::')


def edges():
    graph = {}
    for root in CRATES:
        for f in root.rglob('*.rs'):
            here = module_of(root, f)
            if f.name == 'mod.rs' or f.name in ('lib.rs', 'main.rs'):
                parent_of_here = here
            else:
                parent_of_here = here
            targets = set()
            text = strip(f.read_text())
            children = set(re.findall(r'\bmod\s+(\w+)\s*;', text))
            relative = [
                ['self'] + m.group(1).split('::')
                for m in re.finditer(r'\buse\s+(\w+(?:::\w+)*)', text)
                if m.group(1).split('::')[0] in children
            ]
            for path in list(paths_in(text)) + relative:
                if path[0] == 'self':
                    path = ['crate'] + list(here) + path[1:]
                if path[0] == 'crate':
                    parts = path[1:]
                else:
                    # super:: is relative to the module this file defines.
                    base = list(parent_of_here)
                    while path and path[0] == 'super':
                        base = base[:-1]
                        path = path[1:]
                    parts = base + path
                target = file_of(root, parts)
                if target and target != f:
                    targets.add(target)
            graph[f] = targets
    return graph


def cycles(graph):
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(str(g) for g in group))

    sys.setrecursionlimit(10_000)
    for v in graph:
        if v not in index:
            visit(v)
    return out


if __name__ == '__main__':
    found = cycles(edges())
    for group in found:
        print('circle:', ' <-> '.join(group))
    sys.exit(1 if found else 0)
