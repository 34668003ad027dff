// The browser side of the player bar. The server decides what plays (sync); this module plays it with
// two <audio> elements — the current track and the next one, preloaded and started the moment the
// current one ends, so an album plays without a gap — and reports back: ended, paused, seeked, where
// it is every 10 s, and how much of each track was actually heard. Volume and mute live here (and in
// local storage), applied to both elements before anything plays.
import { handleShortcut, handleEscape, bindMediaSession, unbindMediaSession } from '../../js/player/keys.js';
import { PlayerDisplay } from '../../js/player/display.js';

const VOLUME_KEY = 'ms-player-volume';
const MUTED_KEY = 'ms-player-muted';
const DEVICE_KEY = 'ms-device-id';
const REPORT_EVERY_MS = 10_000;
const SEEK_TOLERANCE_MS = 1_500;
const LINK_MARGIN_MS = 60_000;
const MAX_REFRESHES = 2;

export function create(root, dotnet, options) {
    return new Player(root, dotnet, options);
}

function storage(key, value) {
    try {
        if (value === undefined) return localStorage.getItem(key);
        localStorage.setItem(key, value);
    } catch {
        // Storage blocked (a private window): the setting lasts for this page only.
    }
    return null;
}

class Player {
    constructor(root, dotnet, options) {
        this.root = root;
        this.dotnet = dotnet;
        this.outputId = options.outputId;
        this.goneUrl = options.goneUrl;
        [this.active, this.spare] = root.querySelectorAll('audio.ms-player-audio');
        this.active.dataset.active = 'true';
        this.display = new PlayerDisplay(root);

        this.output = false;      // this tab is the user's speaker
        this.playing = false;     // the server's play state
        this.wantAudio = false;   // this module means the active element to be playing
        this.repeatOne = false;
        this.current = null;      // { itemId, trackId, link, durationMs, title, artist, album, artwork }
        this.next = null;         // { itemId, trackId, link }
        this.advancedFrom = null; // the item that ended when the preloaded one started, until the server catches up
        this.listen = null;       // { itemId, trackId, playedMs, last }: audio time heard of the current item
        this.clock = { baseMs: 0, at: performance.now() }; // where a silent tab shows the track to be
        this.lastReport = 0;
        this.lastPositionMs = 0;
        this.scrubbing = false;

        const stored = parseFloat(storage(VOLUME_KEY));
        this.volume = Number.isFinite(stored) && stored >= 0 && stored <= 1 ? stored : 1;
        this.muted = storage(MUTED_KEY) === 'true';
        this.applyVolume();

        this.listeners = [];
        for (const el of [this.active, this.spare]) this.bindAudio(el);
        const display = this.display;
        this.on(display.seek, 'input', () => { this.scrubbing = true; this.render(); });
        this.on(display.seek, 'change', () => { this.scrubbing = false; this.seek(display.scrubbedMs); });
        this.on(display.seek, 'keydown', e => this.seekKey(e));
        this.on(display.volume, 'input', () => this.setVolume(Number(display.volume.value) / 100));
        this.on(display.mute, 'click', () => this.toggleMute());
        this.on(document, 'keydown', e => { if (!this.root.hidden) handleShortcut(this, e); });
        this.on(window, 'keydown', e => handleEscape(this, this.root, e), true);
        this.on(window, 'pagehide', () => this.gone());
        this.on(document, 'visibilitychange', () => { if (document.visibilityState === 'hidden' && this.output && this.wantAudio) this.report(); });
        this.ticker = setInterval(() => { if (!this.output && this.playing) this.render(); }, 500);
        bindMediaSession(this);
        this.render();
    }

    on(target, type, handler, capture = false) {
        target.addEventListener(type, handler, capture);
        this.listeners.push(() => target.removeEventListener(type, handler, capture));
    }

    bindAudio(el) {
        const mine = handler => e => { if (e.target === this.active) handler(e); };
        this.on(el, 'ended', mine(() => this.onEnded()));
        this.on(el, 'timeupdate', mine(() => this.onTime()));
        this.on(el, 'playing', mine(() => this.onPlaying()));
        this.on(el, 'pause', mine(() => this.onPause()));
        this.on(el, 'seeking', mine(() => { if (this.listen) this.listen.last = null; }));
        for (const type of ['progress', 'durationchange', 'loadedmetadata']) this.on(el, type, mine(() => this.render()));
        this.on(el, 'error', () => this.onError(el));
    }

    // ---- from the server ----

    deviceId() {
        let id = storage(DEVICE_KEY);
        if (!id || !/^[A-Za-z0-9-]{8,64}$/.test(id)) {
            // crypto.randomUUID needs a secure context, which a LAN address over http is not.
            const bytes = crypto.getRandomValues(new Uint8Array(16));
            id = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
            storage(DEVICE_KEY, id);
        }
        return id;
    }

    async sync(s) {
        const wasOutput = this.output;
        this.output = !!s.output;
        this.repeatOne = !!s.repeatOne;
        const cur = s.current;
        if (!cur) {
            this.finishListen('stopped');
            this.silence();
            this.current = this.next = null;
            this.render();
            return;
        }
        // The preloaded track already plays; a state naming the one that ended is older than the audio.
        if (this.advancedFrom !== null && cur.itemId === this.advancedFrom) {
            this.preload(s.next);
            return;
        }
        this.advancedFrom = null;
        if (wasOutput && !this.output) this.handOver();

        const changed = !this.current || this.current.itemId !== cur.itemId;
        if (changed) {
            this.finishListen('skipped');
            this.current = { ...cur };
        } else {
            this.current = { ...this.current, ...cur, link: cur.link || this.current.link };
        }
        this.playing = !!s.playing;
        const position = s.position;
        if (this.output) {
            if (!this.holds(this.active, cur.itemId)) await this.loadAudio(position ? position.ms : this.displayMs());
            else if (position) this.moveTo(position.ms, position.force);
            this.preload(s.next);
            if (this.playing) this.startAudio(); else this.stopAudio();
            this.showMetadata();
        } else {
            this.silence();
            this.next = s.next;
            if (changed || (position && (position.force || Math.abs(this.displayMs() - position.ms) > SEEK_TOLERANCE_MS))) {
                this.clock = { baseMs: position ? position.ms : 0, at: performance.now() };
            } else {
                this.clock = { baseMs: this.displayMs(), at: performance.now() };
            }
        }
        this.render();
    }

    position() {
        return Math.max(0, Math.round(this.output && this.current && this.holds(this.active, this.current.itemId)
            ? this.active.currentTime * 1000
            : this.displayMs()));
    }

    dispose() {
        clearInterval(this.ticker);
        for (const off of this.listeners) off();
        unbindMediaSession();
        for (const el of [this.active, this.spare]) {
            el.pause();
            el.removeAttribute('src');
        }
    }

    // ---- the audio ----

    holds(el, itemId) {
        return el.dataset.item === String(itemId) && !!el.getAttribute('src');
    }

    setSource(el, itemId, trackId, link) {
        el.dataset.item = String(itemId);
        el.dataset.track = String(trackId);
        el.dataset.expires = String(Date.now() + link.ttlMs);
        el.dataset.seekable = link.seekable ? 'true' : 'false';
        el.dataset.refreshes = '0';
        el.src = link.url;
    }

    swap() {
        const old = this.active;
        this.active = this.spare;
        this.spare = old;
        this.active.dataset.active = 'true';
        delete old.dataset.active;
        old.pause();
    }

    async loadAudio(atMs) {
        const cur = this.current;
        if (this.holds(this.spare, cur.itemId)) {
            this.swap();
        } else {
            const link = cur.link || await this.freshLink(cur.trackId);
            if (!link || this.current !== cur) return;
            this.setSource(this.active, cur.itemId, cur.trackId, link);
        }
        this.moveTo(atMs, true);
    }

    preload(next) {
        this.next = next || null;
        if (!this.output || !next || !next.link) return;
        const spare = this.spare;
        if (this.holds(spare, next.itemId)) {
            // Under a long track the next one's link may run out before it starts; the server sends a newer one, used
            // unless the whole file is already here.
            const expiring = Number(spare.dataset.expires) - Date.now() < LINK_MARGIN_MS;
            if (!expiring || spare.readyState >= HTMLMediaElement.HAVE_ENOUGH_DATA) return;
        }
        this.setSource(spare, next.itemId, next.trackId, next.link);
    }

    moveTo(ms, force) {
        const el = this.active;
        if (!force && Math.abs(el.currentTime * 1000 - ms) <= SEEK_TOLERANCE_MS) return;
        if (ms > 0 && el.dataset.seekable === 'false') return;
        this.lastPositionMs = ms;
        const go = () => { el.currentTime = ms / 1000; };
        if (el.readyState >= HTMLMediaElement.HAVE_METADATA) go();
        else el.addEventListener('loadedmetadata', go, { once: true });
        if (this.listen) this.listen.last = null;
    }

    startAudio() {
        this.wantAudio = true;
        const el = this.active;
        if (!this.current || !el.paused) return;
        // A link that ran out while paused: fetch a fresh one first, unless the whole track is already here.
        if (Number(el.dataset.expires) - Date.now() < LINK_MARGIN_MS && el.readyState < HTMLMediaElement.HAVE_ENOUGH_DATA) {
            this.refresh(el);
            return;
        }
        el.play().catch(err => this.refused(err));
    }

    stopAudio() {
        this.wantAudio = false;
        if (!this.active.paused) this.active.pause();
    }

    silence() {
        this.stopAudio();
        if (!this.output && this.spare.getAttribute('src')) {
            this.spare.removeAttribute('src');
            delete this.spare.dataset.item;
        }
    }

    refused(err) {
        // Only a refusal to autoplay is final; an interrupted play (AbortError) or a broken link (the error event refreshes it) is not.
        if (!err || err.name !== 'NotAllowedError') return;
        this.wantAudio = false;
        // Autoplay refused (no gesture in this tab yet): the queue must not claim to be playing.
        if (this.current && this.output) this.call('Paused', this.current.itemId, this.position());
    }

    async refresh(el) {
        const itemId = el.dataset.item, trackId = Number(el.dataset.track);
        const refreshes = Number(el.dataset.refreshes || 0);
        // After an error the element may have forgotten where it was; the last position seen playing is kept.
        const at = el === this.active ? this.lastPositionMs : 0;
        if (!itemId) return;
        if (refreshes >= MAX_REFRESHES) {
            if (el === this.active) this.call('Failed', Number(itemId), describe(el.error));
            return;
        }
        const link = await this.freshLink(trackId);
        if (el.dataset.item !== itemId) return; // moved on meanwhile
        if (!link) {
            if (el === this.active) this.call('Failed', Number(itemId), 'The track cannot be played now.');
            return;
        }
        this.setSource(el, Number(itemId), trackId, link);
        el.dataset.refreshes = String(refreshes + 1);
        if (el !== this.active) return;
        this.moveTo(at, true);
        if (this.wantAudio) el.play().catch(e => this.refused(e));
    }

    async freshLink(trackId) {
        try {
            return await this.dotnet.invokeMethodAsync('FreshLink', trackId);
        } catch {
            return null;
        }
    }

    // ---- audio events ----

    onEnded() {
        const ended = this.current;
        if (!ended || !this.output) return;
        this.finishListen('ended');
        let started = null;
        if (this.repeatOne) {
            this.active.currentTime = 0;
            this.startAudio();
        } else if (this.next && this.holds(this.spare, this.next.itemId)) {
            this.swap();
            this.current = { ...this.next };
            this.advancedFrom = ended.itemId;
            started = this.current.itemId;
            this.startAudio();
        } else {
            this.wantAudio = false;
        }
        this.call('Ended', ended.itemId, started);
    }

    onPlaying() {
        const cur = this.current;
        if (!cur || !this.output) return;
        if (!this.listen || this.listen.itemId !== cur.itemId) this.listen = { itemId: cur.itemId, trackId: cur.trackId, playedMs: 0, last: null };
        this.listen.last = this.active.currentTime;
        this.lastReport = performance.now();
        this.call('Listening', cur.itemId, cur.trackId, Math.round(this.listen.playedMs));
        this.showPosition('playing');
    }

    onPause() {
        const el = this.active;
        this.showPosition('paused');
        // Paused from outside (system controls, unplugged headphones), not by this module and not by the end of the track.
        if (!this.wantAudio || !el.paused || el.ended || !this.output || !this.current) return;
        this.wantAudio = false;
        this.call('Paused', this.current.itemId, this.position());
    }

    onTime() {
        const el = this.active;
        const listen = this.listen;
        if (listen && !el.paused && !el.seeking) {
            const t = el.currentTime;
            // Audio time, not wall-clock time; a jump (a seek) adds nothing.
            if (listen.last !== null && t > listen.last && t - listen.last < 2) listen.playedMs += (t - listen.last) * 1000;
            listen.last = t;
        }
        if (el.readyState >= HTMLMediaElement.HAVE_METADATA && !el.seeking) this.lastPositionMs = el.currentTime * 1000;
        if (this.output && !el.paused && performance.now() - this.lastReport >= REPORT_EVERY_MS) this.report();
        this.render();
    }

    onError(el) {
        // An expired link answers 401, which the element reports as an error: ask for a fresh one and go on from the same place.
        if (el.getAttribute('src')) this.refresh(el);
    }

    // ---- reports ----

    call(method, ...args) {
        this.dotnet.invokeMethodAsync(method, ...args).catch(() => { /* the circuit is gone */ });
    }

    command(name) {
        this.call('Command', name, this.position());
    }

    report() {
        this.lastReport = performance.now();
        const cur = this.current;
        if (!cur) return;
        this.call('Progress', cur.itemId, cur.trackId, this.position(), Math.round(this.heard(cur.itemId)));
    }

    heard(itemId) {
        return this.listen && this.listen.itemId === itemId ? this.listen.playedMs : 0;
    }

    finishListen(how) {
        const listen = this.listen;
        this.listen = null;
        if (listen && this.output) this.call('ListenDone', listen.itemId, Math.round(listen.playedMs), how);
    }

    /** Another tab became the speaker: this one goes quiet and tells where it was, so the other resumes there. */
    handOver() {
        const cur = this.current;
        const wasPlaying = !this.active.paused;
        if (cur && wasPlaying) this.call('Seeked', cur.itemId, Math.round(this.active.currentTime * 1000));
        const listen = this.listen;
        this.listen = null;
        if (listen) this.call('ListenDone', listen.itemId, Math.round(listen.playedMs), 'stopped');
        this.clock = { baseMs: cur ? this.active.currentTime * 1000 : 0, at: performance.now() };
        this.stopAudio();
    }

    /** The page goes away (reload, close, sign-out): a last report that survives the page, so the queue stops here. */
    gone() {
        const cur = this.current;
        if (!this.output || !cur) return;
        const body = JSON.stringify({ outputId: this.outputId, itemId: cur.itemId, positionMs: this.position(), playedMs: Math.round(this.heard(cur.itemId)) });
        try {
            fetch(this.goneUrl, { method: 'POST', keepalive: true, credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body });
        } catch {
            // Nothing more can be done while the page unloads; the server keeps the last regular report.
        }
    }

    // ---- user actions ----

    seek(ms) {
        const cur = this.current;
        if (!cur) return;
        const target = Math.max(0, Math.min(Math.round(ms), Math.max(0, this.durationMs() - 500)));
        if (this.output && this.holds(this.active, cur.itemId)) this.moveTo(target, true);
        else this.clock = { baseMs: target, at: performance.now() };
        this.call('Seeked', cur.itemId, target);
        this.render();
        this.showPosition();
    }

    seekBy(deltaMs) {
        this.seek(this.position() + deltaMs);
    }

    seekKey(e) {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        // Ten seconds a press, as the global shortcut, rather than the slider's one-second step.
        e.preventDefault();
        e.stopPropagation();
        this.seekBy(e.key === 'ArrowLeft' ? -10_000 : 10_000);
    }

    setVolume(value) {
        this.volume = Math.max(0, Math.min(1, Math.round(value * 100) / 100));
        if (this.volume > 0) this.muted = false;
        storage(VOLUME_KEY, String(this.volume));
        storage(MUTED_KEY, String(this.muted));
        this.applyVolume();
    }

    changeVolume(delta) {
        this.setVolume(this.volume + delta);
    }

    toggleMute() {
        this.muted = !this.muted;
        storage(MUTED_KEY, String(this.muted));
        this.applyVolume();
    }

    applyVolume() {
        for (const el of [this.active, this.spare]) {
            el.volume = this.volume;
            el.muted = this.muted;
        }
        this.display.showVolume(this.volume, this.muted);
    }

    // ---- what the page shows ----

    displayMs() {
        const running = !this.output && this.playing ? performance.now() - this.clock.at : 0;
        return Math.min(this.clock.baseMs + running, this.durationMs() || Infinity);
    }

    durationMs() {
        const d = this.active.duration;
        if (this.output && this.current && this.holds(this.active, this.current.itemId) && Number.isFinite(d) && d > 0) return d * 1000;
        return this.current && this.current.durationMs ? this.current.durationMs : 0;
    }

    render() {
        this.display.showTime({
            positionMs: this.scrubbing ? this.display.scrubbedMs : this.position(),
            durationMs: this.durationMs(),
            bufferedMs: this.bufferedMs(),
            seekable: !!this.current && this.active.dataset.seekable !== 'false',
            scrubbing: this.scrubbing,
        });
    }

    bufferedMs() {
        const el = this.active;
        if (!this.output || !this.current || !this.holds(el, this.current.itemId)) return 0;
        const t = el.currentTime;
        for (let i = 0; i < el.buffered.length; i++) {
            if (el.buffered.start(i) <= t + 0.5 && t <= el.buffered.end(i)) return el.buffered.end(i) * 1000;
        }
        return 0;
    }

    showMetadata() {
        if (this.display.showMetadata(this.current)) this.showPosition();
    }

    showPosition(playbackState) {
        if (this.output) this.display.showPosition(this.durationMs(), this.position(), this.active.playbackRate, playbackState);
    }
}

function describe(error) {
    switch (error && error.code) {
        case 2: return 'The stream was interrupted.';
        case 3: return 'The browser could not decode this file.';
        case 4: return 'The browser cannot play this file.';
        default: return 'The track could not be played.';
    }
}
