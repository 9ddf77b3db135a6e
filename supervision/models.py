"""Models arrive with this module's issue; the app is installed from the start."""
