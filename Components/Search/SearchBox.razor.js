// The search box keeps the arrow keys while its list is open: they move through the results rather than
// the caret (or, in the TV layout, the focus: shell.js leaves keys that were already handled alone).
// It also keeps the active option scrolled into view.
export function attach(input) {
    const onKey = e => {
        if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && input.getAttribute('aria-expanded') === 'true') e.preventDefault();
    };
    const follow = new MutationObserver(() => {
        const id = input.getAttribute('aria-activedescendant');
        if (id) document.getElementById(id)?.scrollIntoView({ block: 'nearest' });
    });
    input.addEventListener('keydown', onKey);
    follow.observe(input, { attributes: true, attributeFilter: ['aria-activedescendant'] });
    return {
        detach() {
            input.removeEventListener('keydown', onKey);
            follow.disconnect();
        },
    };
}
