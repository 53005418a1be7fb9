"""STREAM primitive, post-quantum age files, recipient rules and hostile-input bounds."""

from __future__ import annotations

import hashlib
import io
import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from testimony_recorder.recorder.age import (
    MAX_HEADER_SIZE,
    MAX_STANZAS,
    AgeError,
    ArmorError,
    HeaderError,
    HybridIdentity,
    HybridRecipient,
    NoIdentityMatchError,
    PayloadError,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    bech32,
    decrypt,
    encrypt,
    parse_identity,
    parse_identity_file,
    parse_recipient,
)
from testimony_recorder.recorder.age.stream import (
    CHUNK_SIZE,
    ENCRYPTED_CHUNK_SIZE,
    TAG_SIZE,
    StreamDecryptor,
    StreamReader,
    StreamWriter,
    encrypted_size,
    plaintext_size,
    recover_chunks,
    reseal,
)

KEY = bytes(range(32))
BOUNDARY_SIZES = [
    0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 2 * CHUNK_SIZE, 2 * CHUNK_SIZE + 1,
    5 * CHUNK_SIZE + 17,
]
SMALL = 2 * CHUNK_SIZE + 1000  # three chunks, the last one short
SMALL_PLAIN = os.urandom(SMALL)


def seal(plaintext: bytes, key: bytes = KEY, step: int | None = None) -> bytes:
    out = io.BytesIO()
    with StreamWriter(key, out) as writer:
        step = step or max(1, len(plaintext))
        for i in range(0, len(plaintext), step):
            writer.write(plaintext[i : i + step])
    return out.getvalue()


SMALL_SEALED = seal(SMALL_PLAIN)


def read_sequential(data: bytes, key: bytes = KEY, room: int = CHUNK_SIZE) -> tuple[bytes, bool]:
    """(released plaintext, whether it ended cleanly) through StreamDecryptor."""
    stream = StreamDecryptor(key, io.BytesIO(data))
    out = bytearray(room)
    released = bytearray()
    try:
        while True:
            n = stream.decrypt_many(memoryview(out)) if room > CHUNK_SIZE else \
                stream.decrypt_next(memoryview(out))
            if not n and stream.finished:
                return bytes(released), True
            released += out[:n]
    except PayloadError:
        return bytes(released), False


# -- sizes -------------------------------------------------------------------------------

@given(st.integers(min_value=0, max_value=1 << 40))
def test_size_functions_are_inverse(size: int) -> None:
    assert plaintext_size(encrypted_size(size)) == size


@given(st.integers(min_value=0, max_value=1 << 30))
def test_plaintext_size_rejects_impossible_lengths(size: int) -> None:
    try:
        plain = plaintext_size(size)
    except ValueError:
        chunks = -(-size // ENCRYPTED_CHUNK_SIZE)
        assert size < TAG_SIZE or encrypted_size(size - chunks * TAG_SIZE) != size
    else:
        assert encrypted_size(plain) == size


def test_impossible_sizes_named() -> None:
    for size in (0, 15, ENCRYPTED_CHUNK_SIZE + 15, ENCRYPTED_CHUNK_SIZE + TAG_SIZE):
        with pytest.raises(ValueError):
            plaintext_size(size)


# -- round trips -------------------------------------------------------------------------

@pytest.mark.parametrize("size", BOUNDARY_SIZES)
@pytest.mark.parametrize("step", [None, 1000, CHUNK_SIZE, 3 * CHUNK_SIZE + 5])
def test_round_trip_at_boundaries(size: int, step: int | None) -> None:
    plaintext = os.urandom(size)
    sealed = seal(plaintext, step=step)
    assert len(sealed) == encrypted_size(size)
    assert read_sequential(sealed) == (plaintext, True)
    assert read_sequential(sealed, room=4 * CHUNK_SIZE) == (plaintext, True)
    reader = StreamReader(KEY, io.BytesIO(sealed))
    assert reader.size == size
    assert reader.read() == plaintext


def test_large_write_uses_parallel_batches_and_matches_sequential() -> None:
    plaintext = os.urandom(70 * CHUNK_SIZE + 3)  # more than one 64-chunk batch
    assert seal(plaintext) == seal(plaintext, step=CHUNK_SIZE)
    assert read_sequential(seal(plaintext), room=80 * CHUNK_SIZE) == (plaintext, True)


@pytest.mark.parametrize("size", [0, 5, CHUNK_SIZE, 9 * CHUNK_SIZE, 9 * CHUNK_SIZE + 1])
def test_write_from_regular_file_equals_plain_writes(tmp_path: Path, size: int) -> None:
    plaintext = os.urandom(size)
    path = tmp_path / "in.bin"  # test data only, not a real plaintext
    path.write_bytes(b"skip" + plaintext)
    out = io.BytesIO()
    with path.open("rb") as src, StreamWriter(KEY, out) as writer:
        src.read(4)  # start mid-file: the position must be honoured
        assert writer.write_from(src) == size
        assert src.read() == b""
    assert out.getvalue() == seal(plaintext)


def test_write_from_after_buffered_bytes_and_from_non_files() -> None:
    plaintext = os.urandom(3 * CHUNK_SIZE + 9)
    out = io.BytesIO()
    with StreamWriter(KEY, out) as writer:
        writer.write(plaintext[:10])
        writer.write_from(io.BytesIO(plaintext[10:]))
    assert out.getvalue() == seal(plaintext)


def test_on_chunk_runs_after_each_chunk_reaches_the_file() -> None:
    out = io.BytesIO()
    seen: list[tuple[int, int]] = []
    writer = StreamWriter(KEY, out, on_chunk=lambda n: seen.append((n, len(out.getvalue()))))
    writer.write(os.urandom(CHUNK_SIZE))
    assert seen == []  # a full chunk waits: it might still be the final one
    writer.write(b"x")
    assert seen == [(0, ENCRYPTED_CHUNK_SIZE)]
    writer.write(os.urandom(3 * CHUNK_SIZE))
    writer.close()
    assert [n for n, _ in seen] == [0, 1, 2, 3, 4]
    assert all(length >= (n + 1) * ENCRYPTED_CHUNK_SIZE for n, length in seen[:4])
    assert seen[4][1] == len(out.getvalue())


def test_exception_in_with_block_leaves_stream_unsealed() -> None:
    out = io.BytesIO()
    with pytest.raises(RuntimeError), StreamWriter(KEY, out) as writer:
        writer.write(os.urandom(2 * CHUNK_SIZE + 5))
        raise RuntimeError("recording failed")
    assert writer.closed
    with pytest.raises(PayloadError):
        StreamReader(KEY, io.BytesIO(out.getvalue()))


def test_key_must_be_32_bytes() -> None:
    with pytest.raises(ValueError):
        StreamWriter(bytes(16), io.BytesIO())


# -- seeking -----------------------------------------------------------------------------

@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    offset=st.integers(min_value=0, max_value=SMALL + 10),
    length=st.integers(min_value=0, max_value=2 * CHUNK_SIZE + 10),
    whence=st.sampled_from([io.SEEK_SET, io.SEEK_CUR, io.SEEK_END]),
)
def test_seek_then_read_matches_plaintext(offset: int, length: int, whence: int) -> None:
    reader = StreamReader(KEY, io.BytesIO(SMALL_SEALED))
    reader.read(7)
    base = {io.SEEK_SET: 0, io.SEEK_CUR: 7, io.SEEK_END: SMALL}[whence]
    target = offset - base
    if base + target < 0:
        with pytest.raises(ValueError):
            reader.seek(target, whence)
        return
    assert reader.seek(target, whence) == offset
    data = reader.read(length)
    assert data == SMALL_PLAIN[offset : offset + length]
    assert reader.tell() == offset + len(data)


def test_stream_reader_respects_start_offset_and_known_size() -> None:
    blob = b"HEAD" + SMALL_SEALED + b"TAIL"
    src = io.BytesIO(blob)
    src.seek(4)
    reader = StreamReader(KEY, src, size=SMALL)
    assert reader.seek(-5, io.SEEK_END) == SMALL - 5
    assert reader.read() == SMALL_PLAIN[-5:]
    reader.seek(CHUNK_SIZE - 3)
    assert reader.read(10) == SMALL_PLAIN[CHUNK_SIZE - 3 : CHUNK_SIZE + 7]
    for wrong in (SMALL - 1, SMALL + 1, SMALL + 100_000):  # a size that is not the stream's
        src.seek(4)
        with pytest.raises(PayloadError):
            StreamReader(KEY, src, size=wrong)


# -- tampering and truncation -------------------------------------------------------------

@settings(max_examples=150)
@given(position=st.integers(min_value=0, max_value=len(SMALL_SEALED) - 1),
       bit=st.integers(min_value=0, max_value=7))
def test_any_flipped_bit_is_detected(position: int, bit: int) -> None:
    tampered = bytearray(SMALL_SEALED)
    tampered[position] ^= 1 << bit
    released, clean = read_sequential(bytes(tampered))
    assert not clean
    assert SMALL_PLAIN.startswith(released)  # nothing but genuine data was released
    with pytest.raises(PayloadError):
        StreamReader(KEY, io.BytesIO(bytes(tampered))).read()


@settings(max_examples=100)
@given(cut=st.integers(min_value=0, max_value=len(SMALL_SEALED) - 1))
def test_any_truncation_is_detected(cut: int) -> None:
    released, clean = read_sequential(SMALL_SEALED[:cut])
    assert not clean
    assert SMALL_PLAIN.startswith(released)
    with pytest.raises(PayloadError):
        StreamReader(KEY, io.BytesIO(SMALL_SEALED[:cut]))


@pytest.mark.parametrize("extra", [b"\x00", os.urandom(ENCRYPTED_CHUNK_SIZE)])
def test_trailing_data_is_detected(extra: bytes) -> None:
    assert read_sequential(SMALL_SEALED + extra)[1] is False
    with pytest.raises(PayloadError):
        StreamReader(KEY, io.BytesIO(SMALL_SEALED + extra)).read()


def test_wrong_key_fails() -> None:
    with pytest.raises(PayloadError):
        StreamReader(bytes(32), io.BytesIO(SMALL_SEALED))


# -- recovery of a stream never closed ---------------------------------------------------

def interrupted(chunks: int, torn: int) -> tuple[bytes, bytes]:
    """Plaintext and on-disk bytes of a recording cut after `chunks` chunks reached the
    file, plus `torn` bytes of a chunk being written when the power went."""
    plaintext = os.urandom(chunks * CHUNK_SIZE + 1)
    out = io.BytesIO()
    writer = StreamWriter(KEY, out)
    writer.write(plaintext)  # every chunk before the last full one is on "disk"
    data = out.getvalue()
    assert len(data) == chunks * ENCRYPTED_CHUNK_SIZE
    return plaintext, data + os.urandom(torn)


@pytest.mark.parametrize("chunks,torn", [(1, 0), (3, 0), (3, 100), (2, ENCRYPTED_CHUNK_SIZE - 1)])
def test_recover_and_reseal_interrupted_stream(tmp_path: Path, chunks: int, torn: int) -> None:
    plaintext, data = interrupted(chunks, torn)
    assert recover_chunks(KEY, io.BytesIO(data)) == chunks
    path = tmp_path / "rec.bin"
    path.write_bytes(b"prefix" + data)
    with path.open("r+b") as f:
        f.seek(6)
        assert reseal(KEY, f) == chunks * CHUNK_SIZE
    with path.open("rb") as f:
        f.seek(6)
        reader = StreamReader(KEY, f)
        assert reader.read() == plaintext[: chunks * CHUNK_SIZE]
    with path.open("r+b") as f:
        f.seek(6)
        with pytest.raises(ValueError):
            reseal(KEY, f)  # already complete: never touched again


def test_reseal_with_nothing_recoverable(tmp_path: Path) -> None:
    path = tmp_path / "rec.bin"
    path.write_bytes(os.urandom(500))
    with path.open("r+b") as f, pytest.raises(PayloadError):
        reseal(KEY, f)


def test_recover_counts_only_leading_chunks() -> None:
    _, data = interrupted(4, 0)
    broken = bytearray(data)
    broken[2 * ENCRYPTED_CHUNK_SIZE + 5] ^= 1
    assert recover_chunks(KEY, io.BytesIO(bytes(broken))) == 2


# -- age files: post-quantum, recipient rules --------------------------------------------

def age_round_trip(recipients: list, identities: list, data: bytes, armor: bool = False) -> bytes:
    out = io.BytesIO()
    with encrypt(out, recipients, armor=armor) as writer:
        writer.write(data)
    return decrypt(io.BytesIO(out.getvalue()), identities).read()


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE, 3 * CHUNK_SIZE + 1])
def test_hybrid_round_trip(size: int) -> None:
    identity = HybridIdentity.generate()
    data = os.urandom(size)
    recipient = parse_recipient(str(identity.recipient()))
    assert age_round_trip([recipient], [identity], data) == data
    assert age_round_trip([recipient], [parse_identity(str(identity))], data, armor=True) == data
    with pytest.raises(NoIdentityMatchError):
        age_round_trip([recipient], [HybridIdentity.generate(), X25519Identity.generate()], b"x")


def test_hybrid_matches_spec_example() -> None:
    """The c2sp.org/age example identity and its published recipient."""
    identity = parse_identity(
        "AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR")
    recipient = str(identity.recipient())
    assert len(recipient) == 1959
    assert recipient.startswith("age1pq1x34nzsvr0rxjsgdn8zgyhfe8j7ceq5r9rdelkjuh3y235jzxshfg")
    assert recipient.endswith("pyyzk3tlhl53k2ykx3qheyty7saeq0d3fzv49zc0k")
    digest = "a091dd7e0ee9d62b75173dcc98441a0424baa941e66a8776e570a4ae60ff61ea"
    assert hashlib.sha256(recipient.encode()).hexdigest() == digest
    assert isinstance(parse_recipient(recipient), HybridRecipient)


def test_x25519_matches_spec_example() -> None:
    identity = parse_identity(
        "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX")
    assert str(identity.recipient()) == \
        "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"


def test_mixing_post_quantum_and_x25519_is_refused() -> None:
    pq = HybridIdentity.generate().recipient()
    classic = X25519Identity.generate().recipient()
    with pytest.raises(ValueError, match="Post-quantum"):
        encrypt(io.BytesIO(), [pq, classic])
    identity = HybridIdentity.generate()  # several post-quantum recipients are fine
    assert age_round_trip([pq, identity.recipient()], [identity], b"ok") == b"ok"


def test_scrypt_must_be_alone_and_recipients_needed() -> None:
    classic = X25519Identity.generate().recipient()
    with pytest.raises(ValueError, match="passphrase"):
        encrypt(io.BytesIO(), [ScryptRecipient("pw", work_factor=2), classic])
    with pytest.raises(ValueError):
        encrypt(io.BytesIO(), [])


def test_scrypt_round_trip_and_wrong_passphrase() -> None:
    recipient = ScryptRecipient("correct horse", work_factor=10)
    assert age_round_trip([recipient], [ScryptIdentity("correct horse")], b"hi") == b"hi"
    with pytest.raises(NoIdentityMatchError):
        age_round_trip([recipient], [ScryptIdentity("wrong")], b"hi")
    with pytest.raises(HeaderError):  # above the reader's cap: refused before any scrypt
        age_round_trip([recipient], [ScryptIdentity("correct horse", max_work_factor=9)], b"")


def test_age_writer_exception_leaves_file_truncated() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with pytest.raises(RuntimeError), encrypt(out, [identity.recipient()]) as writer:
        writer.write(os.urandom(3 * CHUNK_SIZE))
        raise RuntimeError("export cancelled")
    reader = decrypt(io.BytesIO(out.getvalue()), [identity])
    with pytest.raises(PayloadError):
        reader.read()


def test_age_reader_read_all_never_returns_partial_data() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with encrypt(out, [identity.recipient()]) as writer:
        writer.write(os.urandom(3 * CHUNK_SIZE + 1))
    cut = out.getvalue()[:-100]  # the final chunk and the end of chunk 2 are gone
    with pytest.raises(PayloadError):
        decrypt(io.BytesIO(cut), [identity]).read()
    reader = decrypt(io.BytesIO(cut), [identity])
    got = bytearray()
    with pytest.raises(PayloadError):
        while chunk := reader.read(50_000):
            got += chunk
    assert len(got) == 2 * CHUNK_SIZE  # the verified chunks were handed out first


def test_identity_file_format() -> None:
    a, b = X25519Identity.generate(), HybridIdentity.generate()
    text = f"# created: today\r\n# public key: {a.recipient()}\r\n{a}\r\n\n  {b}  \n"
    parsed = parse_identity_file(text)
    assert [str(i) for i in parsed] == [str(a), str(b)]
    secret = str(a)[:-1] + ("Q" if str(a)[-1] != "Q" else "P")
    with pytest.raises(ValueError, match="Line 2") as info:
        parse_identity_file(f"# c\n{secret}\n")
    assert secret not in str(info.value)
    assert str(a) not in repr(a)
    with pytest.raises(ValueError):
        parse_identity_file("# only comments\n")


def test_bech32_rules() -> None:
    text = str(X25519Identity.generate().recipient())
    assert bech32.decode(text.upper())[0] == "age"
    wrong_checksum = text[:-1] + ("p" if text.endswith("q") else "q")
    for bad in (text[:10] + text[10:].upper(), wrong_checksum, "age1" + "q" * 9000):
        with pytest.raises(ValueError):
            bech32.decode(bad)


# -- hostile input bounds ----------------------------------------------------------------

class Endless(io.RawIOBase):
    """An endless hostile file that counts how much was read from it."""

    def __init__(self, prefix: bytes, filler: bytes) -> None:
        self.data = prefix
        self.filler = filler
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(buf).cast("B")
        while len(self.data) < len(view):
            self.data += self.filler * 4096
        view[:] = self.data[: len(view)]
        self.data = self.data[len(view) :]
        self.served += len(view)
        return len(view)


def assert_refused_quickly(src: Endless, error: type[AgeError], armored: bool = False) -> None:
    start = time.monotonic()
    with pytest.raises(error):
        decrypt(src, [X25519Identity.generate()], armored=armored)  # type: ignore[arg-type]
    assert time.monotonic() - start < 2
    assert src.served <= 2 * MAX_HEADER_SIZE


def test_too_many_stanzas_rejected() -> None:
    stanza = b"-> grease\n\n"
    src = Endless(b"age-encryption.org/v1\n", stanza)
    assert_refused_quickly(src, HeaderError)
    assert src.served < (MAX_STANZAS + 2) * len(stanza) + 64 * 1024


def test_endless_line_rejected() -> None:
    assert_refused_quickly(Endless(b"age-encryption.org/v1\n-> X25519 ", b"A"), HeaderError)


def test_endless_stanza_body_rejected() -> None:
    body = b"A" * 64 + b"\n"
    assert_refused_quickly(Endless(b"age-encryption.org/v1\n-> big\n", body), HeaderError)


def test_endless_armor_rejected() -> None:
    assert_refused_quickly(Endless(b"", b" \n"), ArmorError, armored=True)
    assert_refused_quickly(Endless(b"-----BEGIN AGE ENCRYPTED FILE-----\n", b"A"), ArmorError,
                           armored=True)


def test_header_within_caps_is_accepted() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with encrypt(out, [identity.recipient()] * MAX_STANZAS) as writer:
        writer.write(b"many recipients")
    assert decrypt(io.BytesIO(out.getvalue()), [identity]).read() == b"many recipients"
    with pytest.raises(HeaderError):
        data = out.getvalue()
        stanza_start = data.index(b"-> ")
        stanza_end = data.index(b"-> ", stanza_start + 1)
        extra = data[:stanza_start] + data[stanza_start:stanza_end] + data[stanza_start:]
        decrypt(io.BytesIO(extra), [identity])


# -- failure handling --------------------------------------------------------------------

class FailingSink(io.BytesIO):
    """A destination that fails on its second write, like a full disk."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, data: object) -> int:  # type: ignore[override]
        self.writes += 1
        if self.writes == 2:
            raise OSError("No space left on device")
        return super().write(data)  # type: ignore[arg-type]


def test_writer_stops_for_good_after_a_failed_write() -> None:
    writer = StreamWriter(KEY, FailingSink())
    writer.write(os.urandom(CHUNK_SIZE + 1))
    with pytest.raises(OSError):
        writer.write(os.urandom(CHUNK_SIZE))
    assert writer.closed
    with pytest.raises(ValueError):
        writer.write(b"more")


def test_write_from_reports_a_file_that_shrinks(tmp_path: Path) -> None:
    path = tmp_path / "shrinking.bin"
    # More chunks than the writer may seal ahead of its output, so reads follow the cut.
    path.write_bytes(os.urandom(100 * CHUNK_SIZE))

    class Truncating(io.BytesIO):
        def write(self, data: object) -> int:  # type: ignore[override]
            os.truncate(path, CHUNK_SIZE)  # the source loses its tail mid-encryption
            return super().write(data)  # type: ignore[arg-type]

    writer = StreamWriter(KEY, Truncating())
    with path.open("rb") as src, pytest.raises(OSError, match="shrank"):
        writer.write_from(src)
    assert writer.closed


def test_armor_errors_are_sticky() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with encrypt(out, [identity.recipient()], armor=True) as writer:
        writer.write(os.urandom(3 * CHUNK_SIZE))
    lines = out.getvalue().split(b"\n")
    lines[len(lines) // 2] = b"*" + lines[len(lines) // 2][1:]  # damage one line mid-file
    reader = decrypt(io.BytesIO(b"\n".join(lines)), [identity])
    buf = bytearray(1000)
    with pytest.raises(ArmorError):
        while reader.readinto(buf):
            pass
    for _ in range(2):
        with pytest.raises(ArmorError):
            reader.readinto(buf)  # never resumes past the damaged line


def test_armor_autodetected_after_whitespace() -> None:
    identity = X25519Identity.generate()
    out = io.BytesIO()
    with encrypt(out, [identity.recipient()], armor=True) as writer:
        writer.write(b"armored")
    padded = b"\r\n \t\n" + out.getvalue() + b"\n\n"
    assert decrypt(io.BytesIO(padded), [identity]).read() == b"armored"
