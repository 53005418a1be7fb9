"""Sample data written with the SQL of each past schema version, so every migration is tested
upgrading a vault that holds real records. A new migration adds an entry here for the version
it leaves behind."""

from __future__ import annotations

from collections.abc import Callable

from testimony_recorder.recorder.database import Connection

W = "11111111-1111-4111-8111-111111111111"
I = "22222222-2222-4222-8222-222222222222"  # noqa: E741 - an id, not a variable of consequence
T = "33333333-3333-4333-8333-333333333333"
NOW = "2024-03-01T09:30:00.000Z"


def _v1(conn: Connection) -> None:
    conn.execute("INSERT INTO witness VALUES (?, 'W-AAAA-BBBB', 'female', '30-44', 'SY-HL', ?, ?)",
                 (W, NOW, NOW))
    conn.execute(
        "INSERT INTO interview (id, witness_id, interviewer, started_at, ended_at, place,"
        " languages, interpreter, others_present, breaks, referral_offered, referral_notes,"
        " follow_up_promised, follow_up_date, follow_up_notes, conditions_notes, created_at,"
        " updated_at) VALUES (?, ?, 'Interviewer', ?, NULL, 'Office', '[\"ar\"]', '', '', '[]',"
        " 0, '', 0, NULL, '', '', ?, ?)", (I, W, NOW, NOW, NOW))
    conn.execute(
        "INSERT INTO testimony (id, interview_id, version, supersedes, status, narrative,"
        " summary, tags, language, is_current, created_at, updated_at, finalized_at,"
        " content_hash) VALUES (?, ?, 1, NULL, 'draft', 'old narrative', '', '[]', 'ar', 1,"
        " ?, ?, NULL, NULL)", (T, I, NOW, NOW))


A = "44444444-4444-4444-8444-444444444444"


def _v2(conn: Connection) -> None:
    _v1(conn)
    conn.execute(
        "INSERT INTO attachment (id, interview_id, kind, filename, media_type, size, sha256,"
        " derived_from, metadata, flags, created_at) VALUES (?, ?, 'audio', 'a.wav',"
        " 'audio/wav', 44, ?, NULL, '{}', '[]', ?)", (A, I, "0" * 64, NOW))
    conn.execute(
        "INSERT INTO media_blob (id, interview_id, blob_name, wrapped_key, key_nonce, layout,"
        " state, size, sample_rate, channels, sample_width, created_at)"
        " VALUES (?, ?, ?, ?, ?, 'pcm', 'complete', 0, 48000, 1, 2, ?)",
        (A, I, "ab" * 16, b"k" * 48, b"n" * 12, NOW))
    conn.execute("INSERT INTO media_marker VALUES ('m', ?, 0, 'note', NULL, ?)", (A, NOW))


C = "66666666-6666-4666-8666-666666666666"


def _v3(conn: Connection) -> None:
    _v2(conn)
    conn.execute("INSERT INTO consent_text VALUES (?, 'standard', 1, 'ar', '{}', ?)",
                 ("7" * 64, NOW))
    conn.execute("INSERT INTO consent_body VALUES ('iiim', NULL, NULL, 1, 0, ?)", (NOW,))
    conn.execute(
        "INSERT INTO consent (id, interview_id, kind, supersedes, template_id,"
        " template_version, language, text_hash, answers, method, artefact_id, interpreter,"
        " attested_by, given_at, created_at) VALUES (?, ?, 'given', NULL, 'standard', 1, 'ar',"
        " ?, '[]', 'verbal', NULL, NULL, 'Interviewer', ?, ?)", (C, I, "7" * 64, NOW, NOW))


P = "55555555-5555-4555-8555-555555555555"
FP = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"


def _v4(conn: Connection) -> None:
    _v3(conn)
    conn.execute("INSERT INTO packet_sent VALUES (?, ?, ?, 1, ?, '{}')",
                 (P, NOW, "0" * 64, "0" * 64))
    conn.execute("INSERT INTO packet_sent_to VALUES (?, ?, 1, NULL)", (P, FP))
    conn.execute("INSERT INTO delivery (interview_id, fingerprint, packet_id, record_sha256,"
                 " state_hash, consent_hash, complete) VALUES (?, ?, ?, ?, ?, ?, 1)",
                 (I, FP, P, "1" * 64, "2" * 64, "3" * 64))


B = "77777777-7777-4777-8777-777777777777"


def _result(name: str, outcome: str, sequence: int | None) -> str:
    return (
        '{"consent_changes":[],"created_at":null,"files":["/stick/' + name + '"],'
        '"interviews":[],"name":"' + name + '","outcome":"' + outcome + '","packet_id":null,'
        '"records":{"new":1,"outdated":0,"unchanged":0,"updated":0},"rejection":null,'
        '"seconds":0.5,"sender":"' + FP + '","sender_name":"Interviewer","sequence":'
        + ("null" if sequence is None else str(sequence))
        + ',"signature":"good","size":100,"warnings":[]}')


def _v5(conn: Connection) -> None:
    """A perpetrator merge, and a batch import report stored whole, as schema 5 kept it
    (schema 9 splits it)."""
    _v4(conn)
    conn.execute("INSERT INTO perpetrator_merge (id, kept, absorbed, kind, score, note,"
                 " merged_at, merged_by) VALUES ('m1', ?, 'unit-x', 'person', 0.9, '', ?,"
                 " 'Old')", (P, NOW))
    report = ('{"finished_at":"' + NOW + '","id":"' + B + '","results":['
              + _result("a.tpk", "imported", 1) + "," + _result("b.tpk", "not_started", None)
              + '],"started_at":"' + NOW + '","state":"done","summary":{"already_had":0,'
              '"gaps":[],"imported":1,"not_imported":1,"packets":2,"records":{"new":1,'
              '"outdated":0,"unchanged":0,"updated":0},"rejected":0}}')
    conn.execute("INSERT INTO import_batch VALUES (?, ?, ?, 'done', ?)", (B, NOW, NOW, report))


W2 = "88888888-8888-4888-8888-888888888888"
PERSON = "99999999-9999-4999-8999-999999999999"


def _v6(conn: Connection) -> None:
    """A witness's fingerprints, a verdict on a pair of witnesses, and a person named in the
    testimony (schema 8 adds to persons)."""
    _v5(conn)
    conn.execute("INSERT INTO witness VALUES (?, 'W-CCCC-DDDD', 'male', '18-29', 'SY-DI', ?, ?)",
                 (W2, NOW, NOW))
    conn.execute("INSERT INTO witness_fingerprint VALUES (?, 'k1', X'00', NULL, ?)", (W, NOW))
    # An identity still readable (entered before sealing at entry): migration 7 must keep it.
    conn.execute("INSERT INTO witness_identity (witness_id, data, sealed, sealed_to, updated_at)"
                 " VALUES (?, '{\"full_name\": \"Old Name\"}', NULL, NULL, ?)", (W, NOW))
    conn.execute("INSERT INTO duplicate_mark VALUES (?, ?, 'different', ?, 'Old')",
                 (W, W2, NOW))
    conn.execute("INSERT INTO person (id, interview_id, name, description, aliases, affiliation,"
                 " unit, rank, position, created_at, updated_at) VALUES (?, ?, 'Someone', '',"
                 " '[]', '', '', '', '', ?, ?)", (PERSON, I, NOW, NOW))


def _v7(conn: Connection) -> None:
    """Schema 7 (sealed identities, backups) adds columns and tables that start empty."""
    _v6(conn)


def _v8(conn: Connection) -> None:
    """A victim counted by gender and age group (schema 8)."""
    _v7(conn)
    conn.execute("UPDATE person SET gender = 'female', age_range = '18-29' WHERE id = ?",
                 (PERSON,))


def _v9(conn: Connection) -> None:
    """Schema 9 (batch results, date indexes) splits stored reports; nothing new to fill."""
    _v8(conn)


def _v10(conn: Connection) -> None:
    """Schema 10 (the perpetrator index, kept) adds derived tables a rebuild fills; schema 11
    leaves the stored file's hash unknown (NULL), so sealing re-hashes it."""
    _v9(conn)


def _v11(conn: Connection) -> None:
    """Schema 11 (stored files' hashes, links by subordinate) adds nothing to fill; schema 12
    takes each perpetrator entry's summary from its record (a test writes one)."""
    _v10(conn)


def _v12(conn: Connection) -> None:
    """Schema 12 (entries' summaries) adds nothing to fill; schema 13 drops each entry's
    record and keeps its summary (a test checks)."""
    _v11(conn)


def _v13(conn: Connection) -> None:
    """Schema 13 (records worked out when read) adds nothing to fill; schema 14 adds an
    index over the mentions, which starts from what is there."""
    _v12(conn)


#: version -> function that fills a database at exactly that version.
POPULATE: dict[int, Callable[[Connection], None]] = {1: _v1, 2: _v2, 3: _v3, 4: _v4, 5: _v5,
                                                      6: _v6, 7: _v7, 8: _v8, 9: _v9,
                                                      10: _v10, 11: _v11, 12: _v12,
                                                      13: _v13}
