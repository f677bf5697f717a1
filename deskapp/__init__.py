"""deskapp: case management for the help desks that turn job loss into new enterprises."""

__version__ = "0.1.0"
APP_NAME = "deskapp"
APP_DISPLAY_NAME = "deskapp"
ORGANISATION = "deskapp"
