# SPDX-License-Identifier: MIT
"""`sample_logging` - Logging with levels, handlers and named loggers (sample library)."""

import time
import sys
from collections import namedtuple

try:
    from typing import Optional, Hashable
    from typing_extensions import Protocol
except ImportError:
    pass

__version__ = "5.5.2"
__repo__ = "https://github.com/example/Sample_CircuitPython_Logging.git"

__all__ = ["LEVELS", "NOTSET", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "Handler", "StreamHandler",
           "FileHandler", "Logger", "getLogger", "LogRecord", "NullHandler"]

LEVELS = [
    (00, "NOTSET"),
    (10, "DEBUG"),
    (20, "INFO"),
    (30, "WARNING"),
    (40, "ERROR"),
    (50, "CRITICAL"),
]

for __value, __name in LEVELS:
    globals()[__name] = __value


def _level_for(value):
    """Convert a numeric level to the most appropriate name."""
    for i, level in enumerate(LEVELS):
        if value == level[0]:
            return level[1]
        if value < level[0]:
            return LEVELS[i - 1][1]
    return LEVELS[0][1]


LogRecord = namedtuple("_LogRecord", ("name", "levelno", "levelname", "msg", "created", "args"))


def _logRecordFactory(name, level, msg, args):
    return LogRecord(name, level, _level_for(level), msg, time.monotonic(), args)


class Handler:
    """Base logging message handler."""

    def __init__(self, level=0):
        self.level = level

    def setLevel(self, level):
        self.level = level

    def format(self, record):
        return "{0:<0.3f}: {1} - {2}".format(record.created, record.levelname, record.msg)

    def emit(self, record):
        raise NotImplementedError()

    def __call__(self, record):
        self.emit(record)


class StreamHandler(Handler):
    """Send logging messages to a stream, sys.stderr by default."""

    terminator = "\n"

    def __init__(self, stream=None):
        super().__init__()
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def emit(self, record):
        self.stream.write(self.format(record) + self.terminator)


class FileHandler(StreamHandler):
    """File handler for working with log files off of the microcontroller."""

    def __init__(self, filename, mode="a"):
        if mode == "r":
            raise ValueError("Can't write to a read only file")
        super().__init__(open(filename, mode=mode))

    def close(self):
        self.stream.flush()
        self.stream.close()

    def format(self, record):
        return super().format(record) + "\r\n"

    def emit(self, record):
        self.stream.write(self.format(record))


class NullHandler(Handler):
    """Provide an empty log handler."""

    def emit(self, record):
        pass


logger_cache = {}
_default_handler = StreamHandler()


def _addLogger(logger_name):
    """Adds the logger if it doesn't already exist"""
    if logger_name not in logger_cache:
        new_logger = Logger(logger_name)
        new_logger.addHandler(_default_handler)
        logger_cache[logger_name] = new_logger


def getLogger(logger_name=""):
    """Create or retrieve a logger by name; only retrieves loggers made using this function."""
    _addLogger(logger_name)
    return logger_cache[logger_name]


class Logger:
    """The actual logger that will provide the logging API."""

    def __init__(self, name, level=0):
        self.name = name
        self.level = level
        self._handlers = []

    def setLevel(self, log_level):
        self.level = log_level

    def getEffectiveLevel(self):
        return self.level

    def addHandler(self, hdlr):
        self._handlers.append(hdlr)

    def removeHandler(self, hdlr):
        self._handlers.remove(hdlr)

    def hasHandlers(self):
        return len(self._handlers) > 0

    def _log(self, level, msg, *args):
        record = _logRecordFactory(self.name, level, (msg % args) if args else msg, args)
        self.handle(record)

    def handle(self, record):
        if record.levelno < self.level:
            return
        for handler in self._handlers:
            if record.levelno >= handler.level:
                handler.emit(record)

    def log(self, level, msg, *args):
        self._log(level, msg, *args)

    def debug(self, msg, *args):
        self._log(10, msg, *args)

    def info(self, msg, *args):
        self._log(20, msg, *args)

    def warning(self, msg, *args):
        self._log(30, msg, *args)

    def error(self, msg, *args):
        self._log(40, msg, *args)

    def critical(self, msg, *args):
        self._log(50, msg, *args)

    def exception(self, err):
        try:
            self.error(str(err))
        except Exception:
            pass


_addLogger("")
