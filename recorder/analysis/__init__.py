"""Analysis of the coordinator's archive: counts over any archive filter (statistics)."""
