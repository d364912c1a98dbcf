"""Demo data generators: believable municipalities' people, groups, meetings, proposals, procurements,
agreements and sales, relative to the clock, so a new user and the benchmarks see a full program.

``seed.seed_demo`` is the entry point; each other module fills one area.
"""
