#!/usr/bin/python3
"""A real SMTP server on loopback for the browser tests (aiosmtpd, from Debian's
python3-aiosmtpd). Every message it accepts is written to the folder given, one JSON file each
({"from", "to", "subject", "body"}), so tests can read what a person would receive."""

import argparse
import email
import email.policy
import itertools
import json
import pathlib
import signal
import threading

from aiosmtpd.controller import Controller


class Keep:
    """Writes each message to a numbered file, atomically (written, then renamed)."""

    def __init__(self, folder: pathlib.Path):
        self.folder = folder
        self.numbers = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        record = {
            "from": envelope.mail_from,
            "to": envelope.rcpt_tos,
            "subject": str(message["subject"]),
            "body": body.get_content() if body else "",
        }
        number = next(self.numbers)
        partial = self.folder / f".{number:05}.json"
        partial.write_text(json.dumps(record), encoding="utf-8")
        partial.rename(self.folder / f"{number:05}.json")
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--folder", type=pathlib.Path, required=True)
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    controller = Controller(Keep(args.folder), hostname="127.0.0.1", port=args.port)
    controller.start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
