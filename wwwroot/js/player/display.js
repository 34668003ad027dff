// What the player bar shows that changes many times a second — the seek bar, the times, the volume
// slider — and what the system's media controls (lock screen, media keys overlay) show. Blazor draws
// these elements once and never again, so the values set here stay.

export class PlayerDisplay {
    constructor(root) {
        this.root = root;
        const part = role => root.querySelector(`[data-role=${role}]`);
        this.seek = part('seek');
        this.elapsed = part('elapsed');
        this.total = part('total');
        this.volume = part('volume');
        this.mute = part('mute');
        this.metadataKey = '';
    }

    /** Where the seek bar's thumb is while it is being dragged. */
    get scrubbedMs() {
        return Number(this.seek.value) * 1000;
    }

    showTime({ positionMs, durationMs, bufferedMs, seekable, scrubbing }) {
        const seek = this.seek;
        const max = String(Math.max(0, durationMs / 1000));
        if (seek.max !== max) seek.max = max;
        if (!scrubbing) seek.value = String(positionMs / 1000);
        seek.setAttribute('aria-valuetext', `${formatTime(positionMs)} of ${formatTime(durationMs)}`);
        seek.disabled = !seekable;
        this.elapsed.textContent = formatTime(positionMs);
        this.total.textContent = formatTime(durationMs);
        const percent = v => `${durationMs > 0 ? Math.min(100, (v / durationMs) * 100) : 0}%`;
        this.root.style.setProperty('--ms-played', percent(positionMs));
        this.root.style.setProperty('--ms-buffered', percent(bufferedMs));
    }

    showVolume(volume, muted) {
        const percent = Math.round(volume * 100);
        this.volume.value = String(percent);
        this.volume.setAttribute('aria-valuetext', muted ? `${percent} %, muted` : `${percent} %`);
        this.mute.setAttribute('aria-pressed', muted ? 'true' : 'false');
        this.root.style.setProperty('--ms-volume', `${muted ? 0 : percent}%`);
    }

    /** Title, artist, album and cover sizes for the lock screen; set once per track. */
    showMetadata(track) {
        if (!('mediaSession' in navigator) || !track || !track.title) return false;
        const key = `${track.itemId}|${track.title}|${track.artist}`;
        if (key === this.metadataKey) return false;
        this.metadataKey = key;
        navigator.mediaSession.metadata = new MediaMetadata({ title: track.title, artist: track.artist || '', album: track.album || '', artwork: track.artwork || [] });
        return true;
    }

    /** The lock screen's progress bar, and whether it shows play or pause. */
    showPosition(durationMs, positionMs, rate, playbackState) {
        if (!('mediaSession' in navigator)) return;
        if (playbackState) navigator.mediaSession.playbackState = playbackState;
        const duration = durationMs / 1000;
        if (!(duration > 0)) return;
        try {
            navigator.mediaSession.setPositionState({ duration, playbackRate: rate || 1, position: Math.min(positionMs / 1000, duration) });
        } catch {
            // An inconsistent moment (the duration not known yet); the next event sets it.
        }
    }
}

export function formatTime(ms) {
    if (!Number.isFinite(ms) || ms < 0) ms = 0;
    const total = Math.floor(ms / 1000);
    const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
}
