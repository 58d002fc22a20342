#!/usr/bin/env python3
"""Drives the cohort benchmark against a running Cadre (see bench/cohort).

For each run: a new cohort, a generated roster of SIZE people imported through
the REST API (timed from sending the file to the import's end), a course and
an offering with SIZE seats, and the whole cohort enrolled in one call (timed),
while another client loads the dashboard as a signed-in user: its load times
during the enrolment are compared with its load times just before. Prints one
JSON object; the last run's cohort id is in it for the roster page measurement.
Standard library only.
"""
import argparse
import base64
import json
import statistics
import sys
import threading
import time
import urllib.request
import uuid

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import session as screens  # noqa: E402  (bench/session.py: signing in to the screens)


class Api:
    def __init__(self, base, user, password):
        self.base = base
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def call(self, method, path, body=None, content_type="application/json"):
        data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Authorization", self.auth)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", content_type)
        with urllib.request.urlopen(request, timeout=600) as answer:
            text = answer.read()
            return json.loads(text) if text else None


def roster(size, prefix):
    lines = ["Service number,Family name,Given names,Rank,Rank band,Nationality,Category,Gender,Languages,"
             "Role in the cohort"]
    for i in range(size):
        role = "Commander" if i == 0 else ("Staff officer" if i < 20 else "")
        lines.append(f"{prefix}-{i:05d},Family{i:05d},Given{i:05d},Private,ENLISTED,KE,Military,"
                     f"{'F' if i % 4 == 0 else 'M'},en,{role}")
    return ("\n".join(lines) + "\n").encode()


def timed_loads(browser, url, stop, times):
    while not stop.is_set():
        started = time.perf_counter()
        browser.open(url).read()
        times.append((time.perf_counter() - started) * 1000)


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--base", default="http://127.0.0.1:18080")
    args.add_argument("--size", type=int, default=8000)
    args.add_argument("--runs", type=int, default=3)
    options = args.parse_args()
    api = Api(options.base, "staff", "cadre-demo")
    mission = api.call("GET", "/api/missions?code=UNMISS")["items"][0]["id"]
    curriculum = api.call("GET", "/api/curricula")["items"][0]["id"]
    jar, browser = screens.opener()
    screens.sign_in(browser, options.base, "staff", "cadre-demo")
    dashboard = options.base + "/app/dashboard.xhtml"

    imports, enrolments, ratios = [], [], []
    cohort = None
    for run in range(options.runs):
        tag = uuid.uuid4().hex[:6].upper()
        cohort = api.call("POST", "/api/cohorts", {
            "country": "KE", "contingentName": f"Benchmark battalion {tag}", "contingentType": "INFANTRY_BATTALION",
            "missionId": mission, "rotation": 1, "deploysOn": "2027-06-01", "workingLanguage": "en"})["id"]
        started = time.perf_counter()
        run_id = api.call("POST", f"/api/cohorts/{cohort}/roster-imports?fileName=roster.csv",
                          roster(options.size, "B" + tag), "text/csv")["id"]
        while True:
            state = api.call("GET", f"/api/cohorts/{cohort}/roster-imports/{run_id}")
            if state["status"] != "RUNNING":
                break
            time.sleep(0.05)
        imports.append(time.perf_counter() - started)
        if state["status"] != "IMPORTED":
            sys.exit(f"import {run_id} ended {state['status']}: {state.get('problems', [])[:3]}")

        course = api.call("POST", "/api/courses", {
            "code": "BENCH-" + tag, "title": "Benchmark course " + tag, "type": "INDIVIDUAL_PREDEPLOYMENT",
            "curriculumId": curriculum, "curriculumVersionNumber": 1, "defaultDays": 5, "languages": ["en"],
            "minSeats": 1, "maxSeats": options.size})["id"]
        offering = api.call("POST", "/api/offerings", {"courseId": course, "startsOn": "2027-03-01",
                                                        "endsOn": "2027-03-05", "language": "en",
                                                        "seats": options.size})
        api.call("POST", f"/api/offerings/{offering['id']}/status", {"status": "OPEN", "version": offering["version"]})

        before, during, stop = [], [], threading.Event()
        loader = threading.Thread(target=timed_loads, args=(browser, dashboard, stop, before))
        loader.start()
        time.sleep(3)
        stop.set()
        loader.join()
        stop.clear()
        loader = threading.Thread(target=timed_loads, args=(browser, dashboard, stop, during))
        loader.start()
        started = time.perf_counter()
        result = api.call("POST", f"/api/cohorts/{cohort}/enrolments", {"offeringId": offering["id"]})
        enrolments.append(time.perf_counter() - started)
        stop.set()
        loader.join()
        if result["enrolled"] != options.size:
            sys.exit(f"enrolled {result['enrolled']} of {options.size}")
        ratios.append(statistics.median(during) / statistics.median(before))
        print(f"run {run + 1}: import {imports[-1]:.2f} s, enrolment {enrolments[-1]:.2f} s, dashboard "
              f"{statistics.median(before):.1f} ms before, {statistics.median(during):.1f} ms during",
              file=sys.stderr)

    print(json.dumps({
        "size": options.size, "runs": options.runs, "cohort": cohort,
        "import_seconds_median": round(statistics.median(imports), 2),
        "import_seconds": [round(t, 2) for t in imports],
        "enrol_seconds_median": round(statistics.median(enrolments), 2),
        "enrol_seconds": [round(t, 2) for t in enrolments],
        "dashboard_during_enrolment_ratio_median": round(statistics.median(ratios), 2)}))


if __name__ == "__main__":
    main()
