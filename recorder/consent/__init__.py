"""Consent: templates shown to the witness, consent records, and the policy every export obeys."""
