"""Sealed packets: the signed, encrypted files that carry interviews from the field to a
coordinator (docs/packet-format.md), their receipts, and purging what was delivered.

Entry points: `plan.build` (what would go, and why: the preview), `writer.seal` /
`writer.export` (make a packet), `wizard.ExportWizard` (the same as a UI-free state machine),
`importer.verify_packet` / `importer.import_packet` (check / import, returning a `Report`),
`receipts.make_receipt` / `receipts.import_receipt`, `purge.purge_delivered`. Every refusal is
one class in `errors`. Long operations take `progress(done, total)` and `cancel()` callbacks.
"""
