"""List real pages whose address was already read in an earlier set (so their run was no first reading).

    python bench/real_pages/check_seen.py            # every set, in order
    python bench/real_pages/check_seen.py URL ...    # would these pages be new?

Addresses are compared without scheme, "www." and a trailing slash. A set's `seen_before.tsv` lists the
pages that were left out of its `first_run.txt` for that reason.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def key(url: str) -> str:
    return re.sub(r"/$", "", re.sub(r"^(?:https?://)?(?:www\.)?", "", url.strip()))


def sets() -> list[tuple[int, Path]]:
    return sorted((int(p.name[3:]), p) for p in HERE.glob("set*") if p.name[3:].isdigit())


def main(argv: list[str]) -> int:
    first: dict[str, str] = {}
    repeats = []
    for n, d in sets():
        for line in (d / "sources.tsv").read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 2 or line.startswith("#"):
                continue
            k = key(parts[1])
            if k in first:
                repeats.append((f"set{n}", parts[0], first[k], parts[1]))
            else:
                first[k] = f"set{n} {parts[0]}"
    if argv:
        for url in argv:
            print(f"{url}\t{first.get(key(url), 'new')}")
        return 0
    for where, page, earlier, url in repeats:
        print(f"{where} {page}\tfirst read in {earlier}\t{url}")
    print(f"{len(repeats)} page(s) read again in a later set")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
