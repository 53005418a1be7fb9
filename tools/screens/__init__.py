"""Screenshot makers, one module per part of the app; each has `capture(outdir, language)`."""
