"""Strata's Dagster code location: definitions.py is generated from the pipeline manifest, steps.py is what it shares."""
