"""Run the README's benchmarks one after another (`make bench`), each printing its own figures.

    python benchmarks/run_all.py [--large]

The 100,000-article store (make_100k + bench_cluster large, some minutes and ~0.5 GB) and the web
load test (60 s) run only with --large. Stops at the first benchmark that fails and exits with its code.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data"
PY = sys.executable
NEWSLOOM = str(Path(PY).with_name("newsloom"))

QUICK = [
    [PY, "bench_ingest.py", "--copies", "10"],
    [PY, "bench_extract.py"],
    [PY, "bench_cluster.py", "corpora"],
    [PY, "make_reprints.py"],
    [NEWSLOOM, "eval", "reprints", "out/reprints.jsonl"],
    [NEWSLOOM, "eval", "cluster", *(str(DATA / f"{n}.jsonl") for n in ("basil", "newswcl50", "multiling2011", "allsides"))],
    [PY, "undated_stress.py"],
    [PY, "lexrank_baseline.py"],
    [PY, "bench_brief.py"],
]
LARGE = [
    [PY, "make_100k.py", "--n", "100300", "--out", "out/corpus100k.jsonl"],
    [PY, "bench_cluster.py", "large", "out/corpus100k.jsonl"],
    [PY, "bench_web.py"],
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--large", action="store_true", help="also the 100k store and the web load test")
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"run_all: {DATA} not found; the benchmarks read the corpora of ../shared/data", file=sys.stderr)
        return 2
    (HERE / "out").mkdir(exist_ok=True)
    for cmd in QUICK + (LARGE if args.large else []):
        shown = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))
        print(f"\n$ {shown}", flush=True)
        rc = subprocess.call(cmd, cwd=HERE)
        if rc:
            print(f"run_all: {shown} failed with exit code {rc}", file=sys.stderr)
            return rc
    return 0


if __name__ == "__main__":
    sys.exit(main())
