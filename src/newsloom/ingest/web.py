"""Fetching pages and feeds politely and safely.

- only http and https; every redirect hop is checked again (scheme, address, robots.txt);
- addresses are checked at connect time, after DNS resolution, so a name that resolves (or
  re-resolves) to a loopback, private, link-local or reserved address is refused unless
  `allow_private=True`;
- connect/read timeouts plus a total deadline per response (a server that trickles bytes is cut off),
  a size cap and a redirect cap;
- robots.txt (RFC 9309: 4xx means no rules, 5xx means stay away), a User-Agent naming newsloom, a
  per-host delay between requests (or the site's Crawl-delay, if longer) and a per-host concurrency cap;
- ETag / Last-Modified revalidation for feeds through a cache dict the caller may keep between runs.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpcore
import httpx

try:
    from importlib.metadata import version as _version

    _VERSION = _version("newsloom")
except Exception:  # not installed (running from a checkout)
    _VERSION = "0"

USER_AGENT = f"newsloom/{_VERSION} (news reader; respects robots.txt)"
ROBOTS_AGENT = "newsloom"
MB = 1024 * 1024
_REFUSED = "newsloom-refused:"


class FetchError(Exception):
    """A URL could not be fetched; the message says why in one line."""


@dataclass
class Response:
    url: str  # final URL, after redirects
    status: int
    content: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str | None:
        return self.headers.get("content-type")

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _address_problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    for kind in ("loopback", "unspecified", "link_local", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-public"


class _GuardedBackend(httpcore.SyncBackend):
    """Resolves the host itself and refuses non-public addresses before connecting to the checked IP."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise httpcore.ConnectError(f"cannot resolve host {host!r} ({e.strerror})") from None
        addresses = [info[4][0] for info in infos]
        if not self.allow_private:
            for a in addresses:
                problem = _address_problem(ipaddress.ip_address(a.split("%")[0]))
                if problem:
                    raise httpcore.ConnectError(
                        f"{_REFUSED} {host} resolves to {a}, a {problem} address (allow_private / --allow-private permits it)"
                    )
        last: Exception | None = None
        for a in dict.fromkeys(addresses):  # each checked address in resolver order, until one answers
            try:
                return super().connect_tcp(a, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as e:
                last = e
        assert last is not None
        raise last


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, allow_private: bool) -> None:
        super().__init__(trust_env=False)
        # httpx has no public hook for the network backend; swap the pool for one that uses ours.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=50,
            max_keepalive_connections=10,
            network_backend=_GuardedBackend(allow_private),
        )


@dataclass
class _Host:
    lock: threading.Lock
    slots: threading.Semaphore
    next_start: float = 0.0


class Fetcher:
    """A polite, guarded HTTP client. Thread-safe; use as a context manager or call close()."""

    def __init__(
        self,
        *,
        allow_private: bool = False,
        user_agent: str = USER_AGENT,
        connect_timeout: float = 10.0,
        read_timeout: float = 20.0,
        total_timeout: float = 60.0,
        max_bytes: int = 10 * MB,
        max_redirects: int = 5,
        delay: float = 1.0,
        per_host: int = 2,
        max_crawl_delay: float = 30.0,
        robots: bool = True,
        cache: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self.user_agent = user_agent
        self.total_timeout = total_timeout
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.delay = delay
        self.per_host = per_host
        self.max_crawl_delay = max_crawl_delay
        self.robots = robots
        self.cache: dict[str, dict[str, str]] = cache if cache is not None else {}
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, RobotFileParser] = {}
        self._lock = threading.Lock()
        self._sleep = time.sleep  # replaceable, so tests can see the politeness waits without waiting
        self._client = httpx.Client(
            transport=_GuardedTransport(allow_private),
            timeout=httpx.Timeout(connect=connect_timeout, read=read_timeout, write=read_timeout, pool=total_timeout),
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            follow_redirects=False,
            trust_env=False,
        )

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    # -- public -----------------------------------------------------------------------------

    def get(self, url: str, *, conditional: bool = False) -> Response:
        """GET `url`, following up to `max_redirects` redirects; raise FetchError with a clear reason.

        With `conditional=True` the request carries the ETag / Last-Modified seen last time for this
        URL, and a `304 Not Modified` comes back as a Response whose `not_modified` is true.
        """
        current = url
        for _hop in range(self.max_redirects + 1):
            _check_scheme(current)
            if self.robots and not self._allowed(current):
                raise FetchError(f"blocked by robots.txt of {_origin(current)}")
            headers = self._validators(url) if conditional else {}
            response = self._request(current, headers)
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"HTTP {response.status} redirect without a Location header")
                current = urljoin(current, location)
                continue
            if response.status == 304 and conditional:
                return response
            if response.status >= 400 or response.status < 200:
                raise FetchError(f"HTTP {response.status} {_reason(response.status)}")
            if conditional:
                self._remember(url, response)
            return response
        raise FetchError(f"too many redirects (more than {self.max_redirects})")

    def get_many(self, urls: Iterable[str], *, workers: int = 4) -> Iterator[tuple[str, Response | FetchError]]:
        """Fetch several URLs concurrently (hosts still get their delay and concurrency cap), in input order."""
        url_list = list(urls)
        if not url_list:
            return
        with ThreadPoolExecutor(max_workers=max(1, min(workers, len(url_list)))) as pool:
            futures = [pool.submit(self._get_or_error, u) for u in url_list]
            for u, f in zip(url_list, futures):
                yield u, f.result()

    # -- internals --------------------------------------------------------------------------

    def _get_or_error(self, url: str) -> Response | FetchError:
        try:
            return self.get(url)
        except FetchError as e:
            return e

    def _validators(self, url: str) -> dict[str, str]:
        seen = self.cache.get(url) or {}
        headers = {}
        if seen.get("etag"):
            headers["If-None-Match"] = seen["etag"]
        if seen.get("last_modified"):
            headers["If-Modified-Since"] = seen["last_modified"]
        return headers

    def _remember(self, url: str, response: Response) -> None:
        etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
        if etag or modified:
            self.cache[url] = {k: v for k, v in (("etag", etag), ("last_modified", modified)) if v}

    def _host(self, url: str) -> _Host:
        key = (urlsplit(url).hostname or "").lower()
        with self._lock:
            if key not in self._hosts:
                self._hosts[key] = _Host(threading.Lock(), threading.Semaphore(self.per_host))
            return self._hosts[key]

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        host = self._host(url)
        with host.slots:
            with host.lock:  # reserve a start time at least `delay` after the previous one
                now = time.monotonic()
                start = max(now, host.next_start)
                host.next_start = start + self._delay_for(url)
            if start > now:
                self._sleep(start - now)
            return self._send(url, headers)

    def _delay_for(self, url: str) -> float:
        rp = self._robots.get(_origin(url))
        crawl_delay = rp.crawl_delay(ROBOTS_AGENT) if rp is not None else None
        return max(self.delay, min(float(crawl_delay or 0), self.max_crawl_delay))

    def _send(self, url: str, headers: dict[str, str]) -> Response:
        deadline = time.monotonic() + self.total_timeout
        try:
            with self._client.stream("GET", url, headers=headers) as r:
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise FetchError(f"response is {int(declared) / MB:.1f} MB, over the {self.max_bytes / MB:g} MB cap")
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > self.max_bytes:
                        raise FetchError(f"response is over the {self.max_bytes / MB:g} MB cap")
                    if time.monotonic() > deadline:
                        raise FetchError(f"took longer than {self.total_timeout:g} s to download")
                    chunks.append(chunk)
                return Response(str(r.url), r.status_code, b"".join(chunks), {k.lower(): v for k, v in r.headers.items()})
        except httpx.TimeoutException as e:
            kind = {"ConnectTimeout": "connecting", "ReadTimeout": "waiting for data",
                    "WriteTimeout": "sending the request", "PoolTimeout": "waiting for a connection"}.get(type(e).__name__, "")
            raise FetchError(f"timed out {kind}".strip()) from None
        except httpx.ConnectError as e:
            message = str(e)
            if _REFUSED in message:
                raise FetchError("refused: " + message.split(_REFUSED, 1)[1].strip()) from None
            raise FetchError(f"cannot connect ({message or type(e).__name__})") from None
        except httpx.HTTPError as e:
            raise FetchError(f"HTTP error: {e or type(e).__name__}") from None

    def _allowed(self, url: str) -> bool:
        origin = _origin(url)
        with self._lock:
            rp = self._robots.get(origin)
        if rp is None:
            rp = self._load_robots(origin)
            with self._lock:
                self._robots[origin] = rp
        return rp.can_fetch(ROBOTS_AGENT, url)

    def _load_robots(self, origin: str) -> RobotFileParser:
        rp = RobotFileParser(origin + "/robots.txt")
        current = rp.url
        status, body = 0, b""
        for _hop in range(self.max_redirects + 1):
            _check_scheme(current)
            r = self._request(current, {})
            status, body = r.status, r.content
            if status in (301, 302, 303, 307, 308) and r.headers.get("location"):
                current = urljoin(current, r.headers["location"])
                continue
            break
        if 200 <= status < 300:
            rp.parse(body.decode("utf-8", errors="replace").splitlines())
        elif 400 <= status < 500:
            rp.allow_all = True  # RFC 9309 2.3.1.3: unavailable means no rules
        else:
            rp.disallow_all = True  # 5xx or a redirect loop: unreachable, so assume complete disallow
        return rp


def _check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {scheme or 'a relative address'!r}: {url}")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _reason(status: int) -> str:
    try:
        from http import HTTPStatus

        return HTTPStatus(status).phrase
    except ValueError:
        return ""
