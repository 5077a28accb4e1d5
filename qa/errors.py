"""Errors that end a command with exit status 2 and a one-line message."""


class QaError(Exception):
    """A problem the user can fix: bad input, bad configuration, bad arguments."""


class InputError(QaError):
    """An input file that cannot be read as text."""


class ConfigError(QaError):
    """A configuration file or value that is wrong."""
