// The queue panel's bits that need the browser: drag data and putting the focus back after a move.

let attached = false;

// Firefox starts a drag only when dragstart puts some data on it; the row's item id is enough.
function onDragStart(e) {
    const row = e.target instanceof Element ? e.target.closest('#ms-queue .ms-queue-row[data-item]') : null;
    if (!row || !e.dataTransfer) return;
    e.dataTransfer.effectAllowed = 'move';
    e.dataTransfer.setData('text/plain', row.dataset.item);
}

// A drop is allowed only where dragover is cancelled, and that must happen at once, not after a round trip to the server.
// Cancelling the drop as well keeps Firefox from opening the dragged text as an address.
function allowDrop(e) {
    if (!(e.target instanceof Element) || !e.target.closest('#ms-queue .ms-queue-list')) return;
    e.preventDefault();
    if (e.dataTransfer && e.type === 'dragover') e.dataTransfer.dropEffect = 'move';
}

export function attach() {
    if (attached) return;
    attached = true;
    document.addEventListener('dragstart', onDragStart);
    document.addEventListener('dragover', allowDrop);
    document.addEventListener('drop', allowDrop);
}

/** Focuses the first element that matches one of the selectors, in their order. */
export function focus(selectors) {
    for (const selector of selectors) {
        const element = document.querySelector(selector);
        if (element) {
            element.focus();
            return;
        }
    }
}
