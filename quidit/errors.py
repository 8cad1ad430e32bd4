"""Domain errors. The library raises them; only the CLI turns them into exit messages."""


class QuiditError(Exception):
    """A problem the user can fix; the message says what and how, on one line."""

    exit_code = 1


class InputError(QuiditError):
    """A transcript, question file or argument is unusable."""

    exit_code = 2


class IndexStoreError(QuiditError):
    """The stored index is missing, corrupt or from another model/format."""

    exit_code = 1
