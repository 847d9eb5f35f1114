#!/bin/sh
# Makes the demo course's video, seed/training/demo-course.mp4: 10 seconds of ffmpeg's built-in test pattern
# with its running counter (no fonts, no text to translate), 320x180, 10 frames a second, no sound, H.264
# constrained baseline in MP4 (what the mini program's Video plays; Debian's Chromium answers "probably" to
# canPlayType('video/mp4; codecs="avc1.42E01E"') and e2e/training.e2e.test.ts plays it there).
# Run once by hand when the video should change: neither the tests nor `npm start` need it (the file is
# committed). Needs ffmpeg: `apt-get install -y --no-install-recommends ffmpeg`. The seed reads the length
# from DEMO_COURSE.durationS (seed/trainingDemo.ts): change both together.
set -eu
cd "$(dirname "$0")/.."
mkdir -p seed/training
ffmpeg -y -hide_banner -loglevel error -f lavfi -i 'testsrc=size=320x180:rate=10:duration=10' -an \
  -c:v libx264 -profile:v baseline -level 3.0 -pix_fmt yuv420p -crf 32 -g 10 -movflags +faststart \
  seed/training/demo-course.mp4
ls -l seed/training/demo-course.mp4
