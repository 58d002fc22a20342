#!/usr/bin/env python3
"""Sets up the readiness benchmark against a running Cadre (see bench/readiness).

A battalion of SIZE people (850) imported through the REST API, a plan of six
courses, and the battalion enrolled on one offering of each: the first four
with seats for everyone in time, the fifth with seats for half, the sixth
ending after the deployment date; so every kind of standing and a forecast
with shortfalls are computed. Prints the cohort's id. Standard library only.
"""
import argparse
import sys
import time
import uuid

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from cohort import Api, roster  # noqa: E402  (bench/cohort.py: the REST client and the roster file)


def main():
    args = argparse.ArgumentParser()
    args.add_argument("--base", default="http://127.0.0.1:18080")
    args.add_argument("--size", type=int, default=850)
    options = args.parse_args()
    api = Api(options.base, "staff", "cadre-demo")
    mission = api.call("GET", "/api/missions?code=UNMISS")["items"][0]["id"]
    curriculum = api.call("GET", "/api/curricula")["items"][0]["id"]
    tag = uuid.uuid4().hex[:6].upper()
    cohort = api.call("POST", "/api/cohorts", {
        "country": "KE", "contingentName": f"Readiness battalion {tag}", "contingentType": "INFANTRY_BATTALION",
        "missionId": mission, "rotation": 1, "deploysOn": "2027-06-01", "workingLanguage": "en"})["id"]
    run_id = api.call("POST", f"/api/cohorts/{cohort}/roster-imports?fileName=roster.csv",
                      roster(options.size, "R" + tag), "text/csv")["id"]
    while api.call("GET", f"/api/cohorts/{cohort}/roster-imports/{run_id}")["status"] == "RUNNING":
        time.sleep(0.1)
    plan = []
    for n in range(6):
        course = api.call("POST", "/api/courses", {
            "code": f"RDY-{tag}-{n}", "title": f"Readiness course {n} {tag}", "type": "INDIVIDUAL_PREDEPLOYMENT",
            "curriculumId": curriculum, "curriculumVersionNumber": 1, "defaultDays": 5, "languages": ["en"],
            "minSeats": 1, "maxSeats": options.size})["id"]
        plan.append({"courseId": course})
        month = "2027-08" if n == 5 else f"2027-0{n + 1}"
        seats = options.size // 2 if n == 4 else options.size
        offering = api.call("POST", "/api/offerings", {"courseId": course, "startsOn": f"{month}-02",
                                                        "endsOn": f"{month}-06", "language": "en", "seats": seats})
        api.call("POST", f"/api/offerings/{offering['id']}/status", {"status": "OPEN", "version": offering["version"]})
        api.call("POST", f"/api/cohorts/{cohort}/enrolments", {"offeringId": offering["id"]})
    api.call("PUT", f"/api/cohorts/{cohort}/plan", plan)
    print(cohort)


if __name__ == "__main__":
    main()
