"""The pages of planning, one module per topic: reading the plan (`rencana`: home page, the
Pemda's and an OPD's plan, IKU table, indicator page), entering it (`isian`: Renstra and
RPJMD/RPD parts, indicators, targets, Perjanjian Kinerja, delete pages) and the Pemda's own
settings, OPD and officials kept by its Admin Pemda (`struktur`)."""
