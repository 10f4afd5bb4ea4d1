#!/usr/bin/env python3
"""A tiny SMTP sink that records, for each message it accepts, the recipient and the message size.

Usage: record-sink.py PORT LOG [--delay-ms N]
Each accepted message appends "recipient<TAB>bytes" to LOG once its final "." is answered with 250, so the log
holds exactly what a relay would have taken responsibility for. --delay-ms slows each message down, so that a
kill lands in the middle of a send. No pipelining, no extensions beyond what a relay needs.
"""
import asyncio
import sys


async def session(reader, writer, log, delay):
    writer.write(b"220 record-sink ESMTP\r\n")
    await writer.drain()
    recipients = []
    try:
        while True:
            line = await reader.readline()
            if not line:
                return
            verb = line[:4].upper()
            if verb in (b"EHLO", b"HELO"):
                writer.write(b"250-record-sink\r\n250 8BITMIME\r\n" if verb == b"EHLO" else b"250 record-sink\r\n")
            elif verb == b"MAIL":
                recipients = []
                writer.write(b"250 2.1.0 Ok\r\n")
            elif verb == b"RCPT":
                address = line.decode("ascii", "replace").split(":", 1)[1].strip().strip("<>").split(">")[0]
                recipients.append(address.lower())
                writer.write(b"250 2.1.5 Ok\r\n")
            elif verb == b"DATA":
                writer.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                await writer.drain()
                size = 0
                while True:
                    data = await reader.readline()
                    if not data or data == b".\r\n":
                        break
                    size += len(data)
                if not data:
                    return
                if delay:
                    await asyncio.sleep(delay / 1000)
                for r in recipients:
                    log.write(f"{r}\t{size}\n")
                writer.write(b"250 2.0.0 Ok: queued\r\n")
            elif verb == b"QUIT":
                writer.write(b"221 2.0.0 Bye\r\n")
                await writer.drain()
                return
            else:
                writer.write(b"250 2.0.0 Ok\r\n")
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        log.flush()
        writer.close()


async def main():
    port, path = int(sys.argv[1]), sys.argv[2]
    delay = int(sys.argv[sys.argv.index("--delay-ms") + 1]) if "--delay-ms" in sys.argv else 0
    with open(path, "a", buffering=1 << 16) as log:
        server = await asyncio.start_server(lambda r, w: session(r, w, log, delay), "127.0.0.1", port,
                                            limit=1 << 20)
        async with server:
            await server.serve_forever()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
