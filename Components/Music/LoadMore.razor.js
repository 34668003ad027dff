// Infinite scroll: tells .NET when the end of a list comes near the viewport.
export function watch(element, dotnet) {
    let busy = false;
    const reached = async () => {
        if (busy) return;
        busy = true;
        try { await dotnet.invokeMethodAsync('ReachedAsync'); } catch { /* the circuit is gone; nothing to load */ }
        busy = false;
    };
    // Start loading a little ahead of the end (a quarter screen), so scrolling rarely reaches the button.
    const observer = new IntersectionObserver(entries => { if (entries.some(e => e.isIntersecting)) reached(); }, { rootMargin: '0px 0px 25% 0px' });
    observer.observe(element);
    return {
        recheck() {
            // Observing again reports the current state at once, so a still-visible end loads the next page.
            observer.unobserve(element);
            observer.observe(element);
        },
        stop() { observer.disconnect(); },
    };
}
