"""Spotting a witness interviewed twice without showing anyone's name.

- `names`: names in Arabic, Sorani, Kurmanji or Latin letters reduced to consonant skeletons;
- `bloom`: hardened Bloom-filter encodings of their bigrams (Schnell et al.);
- `fingerprints`: a witness's keyed fingerprints (names, first and father's name, year of
  birth, governorate, prior-index entries);
- `orgkey`: the organisation's linkage key, made by the coordinator and carried to each
  field device in the coordinator's key file;
- `capture`: `fingerprint_identity`, the one call made when an identity is saved, and where
  fingerprints are kept (sealed to the coordinator on a field laptop);
- `compare` and `duplicates`: scoring, likely pairs and people's verdicts at the coordinator;
- `prior_index`: the sealed index the coordinator sends to the field, and the check made
  before a new interview.
"""

from .capture import StoredFingerprints, fingerprint_identity

__all__ = ["StoredFingerprints", "fingerprint_identity"]
