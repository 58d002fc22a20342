#!/usr/bin/env python3
"""Signs in to Cadre's screens and optionally ages the session by viewing pages.

Prints the session cookie (JSESSIONID=...) so that a load tool such as hey can
replay requests as that signed-in user. Standard library only.

  session.py --base http://127.0.0.1:8080 --user staff --password cadre-demo \
             --views 500 --page /app/offering/view.xhtml?id=...
"""
import argparse
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

VIEW_STATE = re.compile(r'name="jakarta.faces.ViewState"[^>]*value="([^"]+)"')


def opener():
    jar = http.cookiejar.CookieJar()
    return jar, urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def sign_in(browser, base, user, password):
    page = browser.open(base + "/login.xhtml").read().decode()
    state = VIEW_STATE.search(page).group(1)
    form = urllib.parse.urlencode({
        "login": "login", "login:username": user, "login:password": password,
        "login:submit": "", "jakarta.faces.ViewState": state}).encode()
    answer = browser.open(base + "/login.xhtml", form)
    if "/login.xhtml" in answer.geturl():
        sys.exit("sign-in refused for " + user)


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--base", default="http://127.0.0.1:8080")
    args.add_argument("--user", default="staff")
    args.add_argument("--password", default="cadre-demo")
    args.add_argument("--views", type=int, default=0, help="page views to age the session with")
    args.add_argument("--page", action="append", default=[], help="pages to view, in turn")
    args.add_argument("--detail", action="store_true", help="print each session attribute's size")
    options = args.parse_args()
    jar, browser = opener()
    sign_in(browser, options.base, options.user, options.password)
    pages = options.page or ["/app/dashboard.xhtml"]
    for view in range(options.views):
        browser.open(options.base + pages[view % len(pages)]).read()
    cookie = next(c for c in jar if c.name == "JSESSIONID")
    headers = browser.open(options.base + "/app/dashboard.xhtml").headers
    size = headers.get("X-Cadre-Session-Bytes")
    if size:
        print(f"session after {options.views} views: {size} bytes", file=sys.stderr)
    if options.detail:
        print(headers.get("X-Cadre-Session-Bytes-Detail"), file=sys.stderr)
    print(f"JSESSIONID={cookie.value}")


if __name__ == "__main__":
    main()
