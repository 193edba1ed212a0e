"""Measurements on labelled corpora: clustering (pairwise and BCubed), reprints, briefs."""
