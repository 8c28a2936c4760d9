"""The pages of measurement, one module per topic: the quarter entry page (`isian`),
evidence files (`bukti`), the Pemda dashboard (`dasbor`) and data variables (`variabel`)."""
