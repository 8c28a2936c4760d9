"""The calculation engine: every capaian, aggregate and predikat comes from here.

Pure Python (no Django import) so it can be tested, fuzzed and benchmarked on its own.
"""
