"""Audio capture and playback with QtMultimedia, on top of the core media store."""
