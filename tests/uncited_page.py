"""One pdftotext page whose footnote 6 no paragraph cites, shared by the uncited-note tests.

The marks "5" and "6" are printed at the page foot, but extraction lost mark 6 from the text;
footnote 6 is a bracketed reservation (as South Africa's in the Paris 6 November 2015 draft).
"""

PAGE = """Article 3 (MITIGATION)
1. Each Party shall communicate its contribution;5
2. Each Party shall [be unconditional, at least in part][strive to act].

5
6

See decision 1/CP.21.
[South Africa wishes its reservation on the original text in brackets to be recorded.]

5 of 54
"""
NOTE_6_TEXT = (
    "[South Africa wishes its reservation on the original text in brackets to be recorded.]"
)
