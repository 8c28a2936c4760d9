"""sakip: an e-SAKIP for Indonesian government agencies."""
