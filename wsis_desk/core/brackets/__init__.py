"""Square brackets: finding spans, their kinds and scope, and the census of what is still open."""
