"""A realistic synthetic registry for demonstrations, training and benchmarks.

``generate_demo(db, persons=N, seed=S)`` fills an empty registry with desks in the
five regions, operators, people with valid codici fiscali, skills, needs,
structural resources, projects of every kind in every stage with their history,
two years of activities and funding applications. The same seed and the same
``today`` give the same data. Rows are built as plain dicts and written with bulk
inserts in one transaction (100,000 people in well under a minute); a test
re-validates a sample through the same schemas as manual intake.
"""

from deskapp.services.demo.build import generate_demo
from deskapp.services.demo.generator import DEMO_NOTICE_VERSION, DEMO_PASSWORD, DemoSummary

__all__ = ["DEMO_NOTICE_VERSION", "DEMO_PASSWORD", "DemoSummary", "generate_demo"]
