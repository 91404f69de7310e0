"""The one exception a person is meant to read (kept apart so that the command line can
name it without importing the engine)."""


class UserError(Exception):
    """Bad input: the message is for the person, one or two plain lines (a file name in it
    shown by :func:`app.filenames.shown_name`, so that no name can add a line)."""
