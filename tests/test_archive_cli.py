"""The archive from the command line: `import DIR --json`, `archive list|show`,
`perpetrators list|merge|unmerge` and `command-chain --json`, run as a person or script would."""

from __future__ import annotations

import json
from pathlib import Path

from testimony_recorder.recorder.archive import merges, perpetrators

from .archive_fixtures import build_office
from .cli_helpers import run_cli


def test_archive_commands(tmp_path: Path) -> None:
    office = build_office(tmp_path)
    coord = office.coord.path
    a = office.fields["a"]
    office.close()

    def ok(*args: str) -> str:
        done = run_cli(coord, *args)
        assert done.returncode == 0, done.stderr
        return done.stdout

    done = run_cli(coord, "import", str(office.stick), "--json", "--report",
                   str(tmp_path / "report.json"))
    assert done.returncode == 1 and "Traceback" not in done.stderr  # one packet refused
    report = json.loads(done.stdout)
    assert report["summary"]["imported"] == 4 and report["summary"]["rejected"] == 1
    assert json.loads((tmp_path / "report.json").read_text("utf-8")) == report
    rejected = next(r for r in report["results"] if r["outcome"] == "rejected")
    assert rejected["rejection"]["code"] == "tampered_packet"
    text = run_cli(coord, "import", str(office.stick))
    assert "already had" in text.stdout and "02-b1-copy.tpk" in text.stderr
    assert "packet 2 from field-a owner" in text.stdout

    listed = json.loads(ok("archive", "list", "--json", "--device", a.fingerprint))
    assert listed["total"] == 2
    assert {r["interview_id"] for r in listed["interviews"]} == {a.interviews[0],
                                                                 a.interviews[2]}
    by_name = json.loads(ok("archive", "list", "--json", "--perpetrator",
                            "\u0645\u062d\u0645\u062f", "--from", "2013", "--to", "2013-06",
                            "--violation", "torture", "--place", "SY-HL"))
    assert by_name["total"] == 2
    assert json.loads(ok("archive", "list", "--json", "--shareable-with", "iiim"))["total"] == 1
    for flags in ((), ("--ascending",)):
        dated = json.loads(ok("archive", "list", "--json", "--sort", "incident_date", *flags))
        starts = [r["date_start"] or "" for r in dated["interviews"]]
        assert len(starts) == 4 and starts == sorted(starts, reverse=not flags)
    bad = run_cli(coord, "archive", "list", "--from", "2013-13")
    assert bad.returncode == 1 and "YYYY-MM" in bad.stderr
    shown = json.loads(ok("archive", "show", a.interviews[0], "--json"))
    assert shown["provenance"]["sender"] == a.fingerprint
    assert "packet_imported" in {e["action"] for e in shown["provenance"]["archive_custody"]}
    assert "signature verified" in ok("archive", "show", a.interviews[0])

    entries = json.loads(ok("perpetrators", "list", "--json"))
    mohammad = [e for e in entries if e["kind"] == merges.PERSON
                and e["name"] in ("Mohammad al-Hassan", "Muhammad Al Hasan")]
    assert len(mohammad) == 2
    # --name finds every spelling and script of a name (here the Arabic one too).
    found = json.loads(ok("perpetrators", "list", "--json", "--name", "Muhammad al-Hasan"))
    assert {e["name"] for e in found} >= {"Mohammad al-Hassan", "Muhammad Al Hasan"}
    assert all(e["kind"] == merges.PERSON for e in found)
    assert all("Has" in e["name"] or "\u062d\u0633\u0646" in e["name"] for e in found)
    assert json.loads(ok("perpetrators", "list", "--json", "--name", "Nobody")) == []
    first, second = mohammad
    assert "Merged" in ok("perpetrators", "merge", first["id"], second["id"][:8])
    merged = [e for e in json.loads(ok("perpetrators", "list", "--json"))
              if first["id"] in e["members"]]
    assert merged[0]["corroboration"]["witnesses"] == 2
    assert "Undid merge" in ok("perpetrators", "unmerge", second["id"])
    assert perpetrators.Corroboration(**merged[0]["corroboration"]).interviewers == 2

    graph = json.loads(ok("command-chain", "--json"))
    labels = {n["id"]: n["label"] for n in graph["nodes"]}
    commands = [(labels[k["source"]], labels[k["target"]], len(k["supports"]))
                for k in graph["links"] if k["kind"] == "command"]
    assert ("Khaled Haddad", "Mohammad al-Hassan", 1) in commands
