// The page shell: theme repaint, per-device layout, TV remote navigation.
(() => {
    const root = document.documentElement;
    const layoutCookie = 'ms-layout';

    function getLayout() {
        const match = document.cookie.match(/(?:^|; )ms-layout=([^;]*)/);
        return match ? decodeURIComponent(match[1]) : 'auto';
    }

    function setLayout(value) {
        document.cookie = `${layoutCookie}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
        root.classList.toggle('tv', value === 'tv');
        document.querySelector('.ms-tv-suggestion')?.remove();
    }

    function applyTheme(m) {
        const set = (id, attrs) => {
            const el = document.getElementById(id);
            if (!el) return;
            for (const [k, v] of Object.entries(attrs)) {
                if (k === 'text') el.textContent = v; else if (el.getAttribute(k) !== v) el.setAttribute(k, v);
            }
        };
        set('ms-theme-light', { href: m.lightHref, media: m.lightMedia });
        set('ms-theme-dark', { href: m.darkHref, media: m.darkMedia });
        set('ms-vars-light', { media: m.lightMedia, text: m.lightCss });
        set('ms-vars-dark', { media: m.darkMedia, text: m.darkCss });
    }

    function copyText(id) {
        const input = document.getElementById(id);
        if (!input) return;
        input.select();
        // The clipboard API needs a secure context, which a LAN address over http is not.
        if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(input.value);
        else document.execCommand('copy');
    }

    // --- TV: spatial navigation with arrow keys, Enter to activate, Back/Escape to go back ---
    // tabindex=-1 takes an element out of the arrows' reach as it does out of Tab's (a card's cover link doubles its title link).
    const focusable = 'a[href]:not([tabindex="-1"]), button:not([disabled]):not([tabindex="-1"]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

    function visible(el) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) return false;
        const style = getComputedStyle(el);
        return style.visibility !== 'hidden' && style.display !== 'none';
    }

    function centre(r) { return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }

    function nearest(from, direction) {
        const a = from.getBoundingClientRect();
        const ca = centre(a);
        let best = null, bestScore = Infinity;
        for (const el of document.querySelectorAll(focusable)) {
            if (el === from || !visible(el) || from.contains(el)) continue;
            const b = el.getBoundingClientRect();
            const cb = centre(b);
            const dx = cb.x - ca.x, dy = cb.y - ca.y;
            let primary, secondary;
            switch (direction) {
                case 'ArrowDown': if (b.top < a.bottom - 2 && dy <= 2) continue; primary = dy; secondary = dx; break;
                case 'ArrowUp': if (b.bottom > a.top + 2 && dy >= -2) continue; primary = -dy; secondary = dx; break;
                case 'ArrowRight': if (b.left < a.right - 2 && dx <= 2) continue; primary = dx; secondary = dy; break;
                case 'ArrowLeft': if (b.right > a.left + 2 && dx >= -2) continue; primary = -dx; secondary = dy; break;
            }
            if (primary <= 0) continue;
            const score = primary + 2 * Math.abs(secondary);
            if (score < bestScore) { bestScore = score; best = el; }
        }
        return best;
    }

    function firstStop() {
        return document.querySelector('.ms-nav-item.active') || [...document.querySelectorAll(focusable)].find(visible);
    }

    document.addEventListener('keydown', e => {
        // A control that handled the key itself (the search box moving through its list) keeps it.
        if (!root.classList.contains('tv') || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
        const active = document.activeElement;
        const typing = active && (active.tagName === 'TEXTAREA' || (active.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes(active.type)));
        if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].includes(e.key)) {
            if (typing && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) return;
            if (active && active.closest('.rz-dropdown-panel, .rz-popup, .rz-colorpicker-popup')) return;
            // Focus on a non-control (the page heading after navigation) counts as none: start from the menu.
            const target = !active || !active.matches(focusable) ? firstStop() : nearest(active, e.key);
            if (target) {
                e.preventDefault();
                target.focus();
                target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            }
        } else if ((e.key === 'Escape' || e.key === 'GoBack' || e.key === 'BrowserBack') && !typing) {
            // An open dialog, Radzen popup or our own popover closes itself on Escape instead.
            if (document.querySelector('.rz-dialog, .rz-popup:not([style*="display: none"]), .ms-popover')) return;
            e.preventDefault();
            history.back();
        }
    });

    document.addEventListener('click', e => {
        const choice = e.target.closest && e.target.closest('[data-ms-layout]');
        if (choice) setLayout(choice.getAttribute('data-ms-layout'));
    });

    // Reorderable lists (items marked data-ms-drag; the component handles dragstart and drop). Firefox starts a drag
    // only when it carries data; a drop is allowed only where dragover was cancelled, which is done here rather than
    // by a server round trip per mouse move; and a dropped link must not be followed.
    let reordering = false;
    const dragItem = e => e.target.closest && e.target.closest('[data-ms-drag]');
    document.addEventListener('dragstart', e => {
        reordering = !!dragItem(e);
        if (reordering && e.dataTransfer) {
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', '');
        }
    });
    document.addEventListener('dragover', e => { if (reordering && dragItem(e)) e.preventDefault(); });
    document.addEventListener('drop', e => { if (reordering && dragItem(e)) e.preventDefault(); });
    document.addEventListener('dragend', () => { reordering = false; });

    function circuitReady() { root.dataset.circuit = 'live'; }

    window.msShell = { getLayout, setLayout, applyTheme, copyText, circuitReady };
})();
