"""Member municipalities: the register, its validation, edits with audit and imports."""
