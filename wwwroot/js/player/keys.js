// The player's keyboard shortcuts and Media Session wiring (lock screen, media keys, headsets).
// Which keys a focused control needs for itself is decided here, so a shortcut never steals them.

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'password', 'url', 'tel', 'number', 'date', 'datetime-local', 'month', 'time', 'week']);
const ACTIVATED_BY_SPACE = 'button, a[href], summary, select, input[type=checkbox], input[type=radio], input[type=button], input[type=submit], input[type=reset], '
    + '[role=button], [role=checkbox], [role=switch], [role=tab], [role=menuitem], [role=option], [role=radio], [role=link]';
const USES_ARROWS = 'input[type=range], input[type=radio], select, [role=slider], [role=listbox], [role=option], [role=radiogroup], [role=radio], '
    + '[role=tablist], [role=tab], [role=menu], [role=menubar], [role=menuitem], [role=grid], [role=treegrid], [role=tree], [role=spinbutton], '
    + '.rz-dropdown, .rz-selectbar, .rz-datatable, .rz-grid-table';
const IN_DIALOG = '.rz-dialog, .rz-dialog-side, .rz-popup, [role=dialog]:not(#ms-queue), [role=alertdialog]';

function isTextField(target) {
    if (!(target instanceof Element)) return false;
    if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
    return target.tagName === 'INPUT' && TEXT_INPUTS.has((target.getAttribute('type') || 'text').toLowerCase());
}

/** Media keys work everywhere (they never mean anything else); on a TV remote they are the way to control playback. */
const MEDIA_KEYS = {
    MediaPlayPause: p => p.command('toggle'),
    MediaPlay: p => p.command('play'),
    MediaPause: p => p.command('pause'),
    MediaStop: p => p.command('pause'),
    MediaTrackNext: p => p.command('next'),
    MediaTrackPrevious: p => p.command('previous'),
    MediaFastForward: p => p.seekBy(10_000),
    MediaRewind: p => p.seekBy(-10_000),
};

/**
 * Space play/pause, ←/→ seek 10 s, ↑/↓ volume, N next, P previous, M mute, ? help — unless focus is in a
 * text field, the key belongs to the focused control, or a dialog is open. In the TV layout the arrows
 * stay with spatial navigation (shell.js).
 */
export function handleShortcut(player, e) {
    if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
    const media = MEDIA_KEYS[e.key];
    if (media) {
        e.preventDefault();
        media(player);
        return;
    }
    const target = e.target instanceof Element ? e.target : null;
    if (isTextField(target) || (target && target.closest(IN_DIALOG))) return;
    const tv = document.documentElement.classList.contains('tv');
    const arrowsTaken = tv || (target && target.closest(USES_ARROWS));
    switch (e.key) {
        case ' ':
            if (target && target.closest(ACTIVATED_BY_SPACE)) return;
            player.command('toggle');
            break;
        case 'ArrowLeft':
        case 'ArrowRight':
            if (arrowsTaken) return;
            player.seekBy(e.key === 'ArrowLeft' ? -10_000 : 10_000);
            break;
        case 'ArrowUp':
        case 'ArrowDown':
            if (arrowsTaken) return;
            player.changeVolume(e.key === 'ArrowUp' ? 0.05 : -0.05);
            break;
        case 'n': case 'N': player.command('next'); break;
        case 'p': case 'P': player.command('previous'); break;
        case 'm': case 'M': player.toggleMute(); break;
        case '?': player.command('help'); break;
        default: return;
    }
    e.preventDefault();
}

/** Escape closes the queue panel or the phone's full-screen view before the TV's "Back" (shell.js) sees it. */
export function handleEscape(player, root, e) {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (!document.getElementById('ms-queue') && !root.classList.contains('ms-player-expanded')) return;
    if (e.target instanceof Element && e.target.closest(IN_DIALOG)) return;
    e.preventDefault();
    e.stopPropagation();
    player.command('escape');
}

export function bindMediaSession(player) {
    if (!('mediaSession' in navigator)) return;
    const set = (action, handler) => {
        try {
            navigator.mediaSession.setActionHandler(action, handler);
        } catch {
            // This browser does not know the action.
        }
    };
    set('play', () => player.command('play'));
    set('pause', () => player.command('pause'));
    set('stop', () => player.command('pause'));
    set('previoustrack', () => player.command('previous'));
    set('nexttrack', () => player.command('next'));
    set('seekto', d => player.seek(d.seekTime * 1000));
    set('seekbackward', d => player.seekBy(-(d.seekOffset || 10) * 1000));
    set('seekforward', d => player.seekBy((d.seekOffset || 10) * 1000));
}

export function unbindMediaSession() {
    if (!('mediaSession' in navigator)) return;
    for (const action of ['play', 'pause', 'stop', 'previoustrack', 'nexttrack', 'seekto', 'seekbackward', 'seekforward']) {
        try {
            navigator.mediaSession.setActionHandler(action, null);
        } catch {
            // Never bound.
        }
    }
}
