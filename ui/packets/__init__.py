"""Sending testimony safely: keys and contacts, the export wizard, receipts and purging."""
