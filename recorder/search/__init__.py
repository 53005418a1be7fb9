"""Full-text search over testimony content (never over protected identities)."""
