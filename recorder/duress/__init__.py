"""The duress passphrase: a second passphrase that opens a decoy vault instead of the real one.

The decoy is a real, working vault in `spare.db`, filled with harmless content the organisation
chose, and unlocked through the spare key slot (recorder.keyslots). Every vault has both: a
vault without a duress passphrase keeps a `spare.db` of the same fixed size made of random
bytes, and a spare slot of the same size made of random bytes. So the files, their sizes and
their timestamps are the same whether or not a duress passphrase is set (SECURITY.md lists
what a forensic examiner can and cannot tell, and tests/test_duress_forensics.py checks it).

`spare` is used by recorder.vault itself and `opening` by recorder.unlock; neither imports
either. `decoy` and `setup` build on an open Vault.
"""
