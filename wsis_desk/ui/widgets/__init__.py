"""Small reusable widgets and layouts: the find bar, a flowing layout for rows of controls."""
