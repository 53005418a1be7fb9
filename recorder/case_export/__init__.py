"""Case exports: a selection of the archive, for one receiving body, in the forms
investigators' systems read (records.json with HURIDOCS ESF numbers, Uwazi CSV, Bayanat sheets,
media with provenance and SHA256SUMS, one PDF report per testimony). Consent decides what goes.
See docs/case-export.md."""
