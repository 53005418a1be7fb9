"""Sealed packets: the signed, encrypted files that carry interviews from the field to a
coordinator (docs/packet-format.md), their receipts, and purging what was delivered.

Entry points: `export_flow.ExportFlow` (recipients -> scope -> preview -> seal, the steps
both front ends drive), built on `plan.build` (what would go, and why; `preview.of` shows it)
and `writer.seal` (make the packet, re-checking the plan); `importer.verify_packet` /
`importer.import_packet` (check / import, returning a `Report`); `receipts.make_receipt` /
`receipts.import_receipt`; `purge.plan` / `purge.purge` (destroy exactly what was listed).
Every refusal is one class in `errors`. Long operations take `progress(done, total)` and
`cancel()` callbacks.
"""
