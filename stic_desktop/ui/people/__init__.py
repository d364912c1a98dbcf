"""Personer, Grupper and Bemanning: people, groups and their members, staffing, and the current user."""
