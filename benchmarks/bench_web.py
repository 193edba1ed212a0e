"""Benchmark: the story page of a 50-article story under 20 concurrent clients on loopback.

    python benchmarks/bench_web.py [--duration 60] [--clients 20] [--tool python|wrk]

Builds a real SQLite store from 50 articles of ../shared/data (read at run time, never copied),
puts them in one story, writes its brief once (timed), serves the app with uvicorn in a separate
process on 127.0.0.1, and loads GET /stories/<id> for the given time. Prints one JSON object:
requests, requests/s, latency p50/p95/p99/max in ms, errors. Target: p95 < 100 ms, zero errors.

--tool python: a bounded asyncio load generator (one keep-alive connection per client,
each client sends its next request when the last one is answered). --tool wrk: Debian's wrk
(`apt-get install wrk`), same clients, percentiles from its Lua `done` hook. --tool auto
(default): wrk when installed, else the Python generator. Both ask for gzip, as browsers do.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
STORY = "bench-50"


def build_store(db: Path, source: Path, n: int) -> dict:
    from newsloom import pipeline
    from newsloom.records import Article, Story
    from newsloom.store import Store

    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()][:n]
    with Store(db) as store:
        with store.transaction():
            for r in rows:
                a = Article.from_dict({k: v for k, v in r.items() if k != "story"})
                a.story = STORY
                store.put_article(a)
        arts = store.story_articles(STORY)
        dates = sorted(a.published for a in arts if a.published)
        store.put_story(Story(id=STORY, title=f"{len(arts)} articles from {source.name}",
                              article_ids=[a.id for a in arts], first_seen=dates[0] if dates else None,
                              last_seen=dates[-1] if dates else None,
                              outlets=sorted({a.outlet for a in arts})))
        t = time.perf_counter()
        brief = pipeline.story_brief(store, STORY)
        brief_s = time.perf_counter() - t
    return {"articles": len(arts), "brief_seconds": round(brief_s, 3),
            "brief_sentences": len(brief.get("sentences") or [])}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    code = ("import uvicorn; from newsloom.web import create_app; "
            f"uvicorn.run(create_app({str(db)!r}), host='127.0.0.1', port={port}, log_level='warning')")
    proc = subprocess.Popen([sys.executable, "-c", code])
    import httpx

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start")


async def python_load(url: str, clients: int, duration: float, encoding: str = "gzip") -> dict:
    """Each client holds one keep-alive connection and sends its next request when the last is
    answered. Plain asyncio streams rather than an HTTP library: on a 2-core machine the client
    shares the CPU with the server, and a lighter client measures more of the server."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    request = (f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
               f"Accept-Encoding: {encoding}\r\nConnection: keep-alive\r\n\r\n").encode()
    latencies: list[float] = []
    errors: dict[str, int] = {}
    stop = time.monotonic() + duration

    def fail(kind: str) -> None:
        errors[kind] = errors.get(kind, 0) + 1

    async def client() -> None:
        reader = writer = None
        while time.monotonic() < stop:
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
                t = time.perf_counter()
                writer.write(request)
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
                status = int(head.split(b" ", 2)[1])
                length = next((int(line.split(b":", 1)[1]) for line in head.split(b"\r\n")
                               if line.lower().startswith(b"content-length:")), None)
                if length is None:
                    raise ValueError("no content-length")
                await asyncio.wait_for(reader.readexactly(length), 10)
                if status != 200:
                    fail(f"status {status}")
                    continue
                latencies.append(time.perf_counter() - t)
            except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, ValueError) as e:
                fail(type(e).__name__)
                if writer is not None:
                    writer.close()
                reader = writer = None
        if writer is not None:
            writer.close()

    t0 = time.monotonic()
    await asyncio.gather(*(client() for _ in range(clients)))
    elapsed = time.monotonic() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))], 1) if latencies else 0.0

    return {"requests": len(latencies), "rps": round(len(latencies) / elapsed, 1),
            "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99),
            "max_ms": round(1000 * latencies[-1], 1) if latencies else 0.0,
            "errors": sum(errors.values()), "error_kinds": errors}


WRK_LUA = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRKJSON {"requests": %d, "seconds": %f, "p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f, "errors": %d}\\n',
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def wrk_load(url: str, clients: int, duration: float, encoding: str = "gzip") -> dict:
    wrk = shutil.which("wrk")
    if wrk is None:
        raise SystemExit("wrk is not installed: apt-get install wrk, or use --tool python")
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(WRK_LUA)
    try:
        # Browsers ask for gzip; so does this load, as the Python generator (httpx) does by default.
        out = subprocess.run([wrk, "-t", "2", "-c", str(clients), "-d", f"{int(duration)}s", "-s", f.name,
                              "-H", f"Accept-Encoding: {encoding}", url],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    line = next(x for x in out.splitlines() if x.startswith("WRKJSON "))
    res = json.loads(line[len("WRKJSON "):])
    res["rps"] = round(res["requests"] / res.pop("seconds"), 1)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--duration", type=float, default=60)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--articles", type=int, default=50)
    ap.add_argument("--source", type=Path, default=DATA / "multiling2011.jsonl",
                    help="corpus JSONL whose first N articles make the story")
    ap.add_argument("--tool", choices=["auto", "python", "wrk"], default="auto",
                    help="auto: wrk when installed, else the Python generator")
    ap.add_argument("--identity", action="store_true",
                    help="ask for the page uncompressed (a client that does not accept gzip)")
    args = ap.parse_args()
    encoding = "identity" if args.identity else "gzip"

    with tempfile.TemporaryDirectory(prefix="newsloom-bench-") as tmp:
        db = Path(tmp) / "bench.db"
        setup = build_store(db, args.source, args.articles)
        port = free_port()
        server = start_server(db, port)
        try:
            import httpx

            url = f"http://127.0.0.1:{port}/stories/{STORY}"
            first = httpx.get(url, timeout=60)  # renders once; the load measures what readers get
            first.raise_for_status()
            gz = httpx.get(url, headers={"Accept-Encoding": "gzip"}, timeout=60)
            gz_bytes = int(gz.headers.get("content-length", 0))
            if args.tool == "auto":
                args.tool = "wrk" if shutil.which("wrk") else "python"
            if args.tool == "wrk":
                load = wrk_load(url, args.clients, args.duration, encoding)
            else:
                load = asyncio.run(python_load(url, args.clients, args.duration, encoding))
        finally:
            server.terminate()
            server.wait(timeout=10)
    result = {"benchmark": "story page", "tool": args.tool, "accept_encoding": encoding, "clients": args.clients, "duration_s": args.duration,
              **setup, "page_bytes": len(first.content), "page_bytes_gzip": gz_bytes, **load,
              "target": "p95 < 100 ms, 0 errors",
              "met": load["p95_ms"] < 100 and load["errors"] == 0}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
