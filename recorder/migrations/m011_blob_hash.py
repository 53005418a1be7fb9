"""Schema 11: each stored file keeps the SHA-256 of the bytes it was encrypted from.

Sealing a packet re-hashed every media file it sent, to be sure the bytes still match the
hash its record (and the manifest) gives: a third pass over every byte, beside decrypting the
store's copy and encrypting the packet, and the pass that kept sealing slower than `age -e`.
The store already authenticates every chunk of a file under its own key, so a file that opens
whole holds exactly the bytes it was written from; what was missing is a hash of those bytes
kept with the file. `BlobWriter` measures it while encrypting, and ingest stores it here.
Sealing then checks the record's hash against this one instead of hashing again
(packets.media_io.stored_blocks).

Files stored before keep NULL and are re-hashed as before, as are recordings (raw PCM behind a
header made on reading, which code could change).
"""

STATEMENTS = [
    "ALTER TABLE media_blob ADD COLUMN sha256 TEXT",
]
