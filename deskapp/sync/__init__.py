"""Consolidation without a server (issue 16): desks send signed bundles, a coordinator
takes them in and sees the whole programme, each person counted once.

What travels, and why (each record carries a global id, ``gid``, a UUIDv7, and its
origin; deskapp.models.base.Travels; the list is ``deskapp.sync.changes.TRAVELLING``):

- ``desk``, ``operator``: who and where every other record belongs to (an operator's
  password hash, failed logins and lock never travel; taken in, an operator cannot log
  in at the coordinator's);
- ``person``, ``consent``, ``skill``, ``needs_assessment``, ``need``: the registry and
  the legal basis that goes with it, the skills database, the needs found;
- ``enterprise_project`` (with the gids of its structural resources),
  ``project_membership``, ``stage_transition``, ``funding_application``,
  ``checklist_tick``, ``business_plan``, ``business_plan_version``,
  ``structural_resource``: the projects and what the coordinator report counts of them;
- ``activity``: the services delivered;
- ``organisation``, ``organisation_contact``, ``organisation_relation``, ``opening``,
  ``project_role``, ``match_outcome``: the network people are placed in (issue 18) and
  the placements the coordinator report counts. The same firm sent by two desks is one
  record per desk with the same company number (unique per origin): the number is
  what makes them one organisation, no link is kept. An organisation's supply chain
  travels as the chain's code (``codec.BY_CODE``: the chains are the programme's,
  kept by the coordinator; a code it does not have refuses the bundle in words). A
  pseudonymous bundle carries of an organisation only what it is (kind, sector,
  chain, country, size), never its name or number (a sole trader's name them), nor
  contact people or relations;
- ``sync_merge``: the decisions on two records that may be the same person (merged,
  not the same, merge undone), each naming the decisions it replaces.

The audit trail travels beside them, event by event as it was chained (unchanged, so
it still verifies), never as records of the coordinator's own trail. What does not
travel: the funding catalogue (it goes the other way, from the coordinator, in a
catalogue bundle: ``catalogue``), the
search indexes and ``person.counted_with`` (derived at each database), the sync tables.

The modules, in the order a bundle goes through them:

- ``changes``: the change log, written by the session in the transaction of each
  change (no service can forget it), and by the bulk inserts;
- ``identity`` and ``keys``: this database's id and Ed25519 key pair, fingerprints,
  the desks a coordinator trusts, the programme key;
- ``codec``: records to and from the values that travel;
- ``bundle``: the file (format, signature, verification);
- ``sealing``: a bundle encrypted to the coordinator's key (optional);
- ``export``: a desk's bundle of what changed since its last one (``pseudonymous``:
  what the coordinator report needs, without identities);
- ``apply``: taking a bundle in, in one transaction, with the ledger;
- ``pipeline``: many bundles in one go, in each desk's order, the next one read in a
  worker process while one is written;
- ``conflicts``: fields changed on both sides, decided by a person;
- ``linking``: the same person at two desks (tax codes, merges);
- ``catalogue``: the coordinator's catalogue bundle, published and applied at desks.
"""
