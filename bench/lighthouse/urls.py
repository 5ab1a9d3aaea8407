#!/usr/bin/env python3
"""Prints "name URL" lines of the pages of The Crossing that docs/benchmarks.md audits with
Lighthouse: landing, first scene, a timed scene, a later chapter's opening, an ending, sources,
a share page and an unknown address. Plays random journeys over HTTP, as a browser without
JavaScript does, against a running node:  python3 urls.py http://localhost:18240 [seed]
The pages are in English (a journey's and a shared link's addresses carry lang=en); for another
language, put lang=ko in place of lang=en, or add it to the others (?lang=ko)."""
import http.client
import random
import re
import sys
import urllib.parse

base = sys.argv[1].rstrip("/")
address = urllib.parse.urlsplit(base)
rnd = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 3)


def request(method, path, body=None):
    connection = http.client.HTTPConnection(address.hostname, address.port)
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if body else {}
    connection.request(method, path, body, headers)
    response = connection.getresponse()
    return response.status, response.getheader("Location"), response.read().decode()


def follow(status, location, html):
    """The page a 303 leads to, as (its path, its HTML)."""
    if status != 303:
        raise SystemExit(f"expected a redirect, got {status}")
    parts = urllib.parse.urlsplit(location)
    path = parts.path + ("?" + parts.query if parts.query else "")
    return path, request("GET", path)[2]


found = {}
for journey in range(20):
    path, page = follow(*request("POST", "/s/the-crossing/begin"))
    found.setdefault("scene", path)
    for step in range(200):
        if 'data-resume="end"' in page:
            found.setdefault("ending", path)
            share = re.search(r'id="share-url"[^>]*value="([^"]+)"', page) or re.search(r'value="([^"]+)"[^>]*id="share-url"', page)
            if share:
                # the link as shared, with the language it was played in
                parts = urllib.parse.urlsplit(share.group(1))
                found.setdefault("share", parts.path + ("?" + parts.query if parts.query else ""))
            break
        if "data-seconds=" in page:
            found.setdefault("timed", path)
        if 'class="chapter-opening"' in page and step > 0:
            found.setdefault("opening", path)
        token = re.search(r'name="t" value="([^"]+)"', page).group(1)
        choices = re.findall(r'name="c" value="([^"]+)"', page)
        path, page = follow(*request("POST", "/s/the-crossing/play", urllib.parse.urlencode({"t": token, "c": rnd.choice(choices)})))
    if len(found) >= 5:
        break
found.update(landing="/s/the-crossing", sources="/s/the-crossing/sources", notfound="/s/the-crossing/nope")
for name in ["landing", "scene", "timed", "opening", "ending", "sources", "share", "notfound"]:
    print(name, base + found[name] if name in found else "MISSING")
