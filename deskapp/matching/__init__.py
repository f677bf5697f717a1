"""Matching (issue 18): people to openings and firms, projects to people, premises,
machinery and partner organisations; ranked, each match with its reasons.

- ``consent``: who may be proposed at all (a consent to be proposed, in force);
- ``terms``: the words of a role or a skill, with their forms and trade synonyms;
- ``distance``: how far two places are (kilometres, else same municipality or region);
- ``scoring``: the score of a candidate and the reasons for it;
- ``candidates``: the database's short list (indexes, full-text), scored in Python;
- ``explain``: the reasons in the reader's language.

No Qt here: the window and the command line both show what these modules return.
"""
