"""Shared building blocks with no domain of their own, below every app: the exact number
column (`kolom`), typed form fields (`bidang`), text safety (`teks`) and archive guards
(`arsip`)."""
