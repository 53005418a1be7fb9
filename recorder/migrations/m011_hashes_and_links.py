"""Schema 11: each stored file keeps the SHA-256 of the bytes it was encrypted from; command
links are found by their subordinate too.

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

A command link was indexed by its superior only (the UNIQUE constraint). Finding the persons an
interview names in a link ("superior or subordinate", recorder.archive.facets) scanned every
link in the archive for each person, so refreshing the facets grew with the square of the
archive: about three minutes to prepare 100,000 testimonies. Deleting a person (an interview
updated by a later packet) scanned them too, to honour the subordinate's ON DELETE CASCADE.
"""

STATEMENTS = [
    "ALTER TABLE media_blob ADD COLUMN sha256 TEXT",
    "CREATE INDEX command_link_subordinate ON command_link(subordinate_id)",
]
