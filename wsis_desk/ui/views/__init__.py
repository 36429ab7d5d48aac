"""The work area's views: document, compare, matrix, sync, inputs, commitments, packs."""
