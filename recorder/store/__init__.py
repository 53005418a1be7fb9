"""Reading and writing records in the vault. Every change logs custody and refreshes the search
index inside the same transaction, so the three can never disagree after a crash."""
