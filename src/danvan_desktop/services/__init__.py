"""The use cases: every read the GUI and CLI need and every write, one transaction each.

Services check the actor's permission through `workflow`, normalise text to NFC,
write the revision and the audit event, commit once, and return frozen dataclasses
(never ORM objects) together with what changed.
"""
