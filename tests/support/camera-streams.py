#!/usr/bin/python3
"""Real camera streams for the video tests: a GStreamer test picture served over RTSP
(gst-rtsp-server) and over HLS (hlssink2, served by a local HTTP server).

Prints one line once both serve:  READY <rtsp url> <hls url> [<locked rtsp url>]
and runs until stdin closes (the test's QProcess ends) or it is terminated.

With SIGAP_TEST_RTSP_USER and SIGAP_TEST_RTSP_PASSWORD in the environment (never on the
command line, where every user of the machine can read it), a second RTSP server on its own
port serves the same picture at /cam only to that user (basic authentication); its address,
without the credentials, is the line's fourth word. It is a server of its own because one
that answers anonymous viewers too never asks a viewer for a password.

  --rtsp-port N   serve RTSP on port N instead of a free one; with 8554 the demo
                  city's cameras show the test picture (stdin may then be a terminal)
"""
import functools
import http.server
import os
import sys
import tempfile
import threading

import gi

gi.require_version("Gst", "1.0")
gi.require_version("GstRtspServer", "1.0")
from gi.repository import GLib, Gst, GstRtspServer  # noqa: E402

PICTURE = "videotestsrc is-live=true pattern=ball ! video/x-raw,width=320,height=240,framerate=15/1"
H264 = "x264enc tune=zerolatency speed-preset=ultrafast key-int-max=15"


def start_rtsp(port):
    server = GstRtspServer.RTSPServer()
    server.set_service(str(port))  # 0: any free port
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(f"( {PICTURE} ! {H264} ! rtph264pay name=pay0 pt=96 )")
    factory.set_shared(False)  # a pipeline per viewer: a viewer gone never stalls the next
    server.get_mount_points().add_factory("/cam", factory)
    server.attach(None)
    return f"rtsp://127.0.0.1:{server.get_bound_port()}/cam"


def start_locked_rtsp(user, password):
    server = GstRtspServer.RTSPServer()
    server.set_service("0")
    auth = GstRtspServer.RTSPAuth()
    viewer = GstRtspServer.RTSPToken()
    viewer.set_string(GstRtspServer.RTSP_TOKEN_MEDIA_FACTORY_ROLE, "viewer")
    auth.add_basic(GstRtspServer.RTSPAuth.make_basic(user, password), viewer)
    server.set_auth(auth)
    role = Gst.Structure.new_empty("viewer")
    role.set_value(GstRtspServer.RTSP_PERM_MEDIA_FACTORY_ACCESS, True)
    role.set_value(GstRtspServer.RTSP_PERM_MEDIA_FACTORY_CONSTRUCT, True)
    permissions = GstRtspServer.RTSPPermissions()
    permissions.add_role_from_structure(role)
    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(f"( {PICTURE} ! {H264} ! rtph264pay name=pay0 pt=96 )")
    factory.set_shared(False)
    factory.set_permissions(permissions)
    server.get_mount_points().add_factory("/cam", factory)
    server.attach(None)
    return f"rtsp://127.0.0.1:{server.get_bound_port()}/cam"


def start_hls(folder):
    pipeline = Gst.parse_launch(
        f"{PICTURE} ! {H264} ! h264parse ! hlssink2 target-duration=1 max-files=6 "
        f"location={folder}/segment%05d.ts playlist-location={folder}/cam.m3u8"
    )
    pipeline.set_state(Gst.State.PLAYING)
    handler = functools.partial(QuietHandler, directory=folder)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return pipeline, f"http://127.0.0.1:{httpd.server_address[1]}/cam.m3u8"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def main():
    Gst.init(None)
    loop = GLib.MainLoop()
    with tempfile.TemporaryDirectory() as folder:
        port = int(sys.argv[sys.argv.index("--rtsp-port") + 1]) if "--rtsp-port" in sys.argv else 0
        rtsp = start_rtsp(port)
        user = os.environ.get("SIGAP_TEST_RTSP_USER")
        password = os.environ.get("SIGAP_TEST_RTSP_PASSWORD")
        locked = " " + start_locked_rtsp(user, password) if user and password else ""
        pipeline, hls = start_hls(folder)
        playlist = os.path.join(folder, "cam.m3u8")

        def announce_when_ready():
            # The playlist exists once the first segment is complete.
            if not os.path.exists(playlist):
                return True
            print(f"READY {rtsp} {hls}{locked}", flush=True)
            return False

        GLib.timeout_add(100, announce_when_ready)
        # Stop when the test goes away: its end of our stdin closes.
        GLib.io_add_watch(sys.stdin.fileno(), GLib.IO_HUP | GLib.IO_IN, lambda *a: loop.quit())
        try:
            loop.run()
        finally:
            pipeline.set_state(Gst.State.NULL)


if __name__ == "__main__":
    main()
