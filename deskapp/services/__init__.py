"""What an operator or a coordinator can do, as plain functions over a Database.

Every public function that writes opens exactly one unit of work
(``with db.write() as s``), validates its input with the schemas in
``deskapp.models.schemas``, checks the record's version, makes the change and
appends its audit event in that same transaction. No Qt here.
"""
