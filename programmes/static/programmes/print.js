// The print view's "Print" button; without JavaScript the browser's own print command works.
document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
});
