/* Cadre's few client-side helpers; everything else is PrimeFaces'. */
var cadre = window.cadre || {};

/**
 * Puts a date the server proposes (yyyy-MM-dd) into a date picker, unless the
 * user has put a date of their own there: only an empty field, or one that
 * still shows the previous proposal, takes it. The proposal comes back from an
 * ajax call, possibly while the user is typing in that very field, and what
 * the user typed must win.
 */
cadre.proposeDate = function (widgetVar, proposed) {
    var picker = PF(widgetVar);
    if (!picker || !proposed) {
        return;
    }
    var input = picker.input.get(0);
    if (input.value !== '' && input.value !== input.getAttribute('data-proposed')) {
        return;
    }
    // A Date rather than the text: the picker writes it in the page's own date pattern.
    var parts = proposed.split('-');
    picker.setDate(new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])));
    input.setAttribute('data-proposed', input.value);
};

/**
 * Readable names for buttons and links, as screen readers announce them.
 * Icons are decoration beside a button's words (or its aria-label), but
 * PrimeIcons draw them as CSS-generated text in a private-use character, which
 * browsers read as part of the name: "\ue971 Sign out". They are hidden from
 * assistive technology; icons that are controls themselves (a role or a tab
 * stop) keep their place. And the buttons PrimeFaces' scripts make without
 * words (a date picker's calendar button) carry the placeholder "ui-button" as
 * their hidden text, which then contradicts their aria-label: it takes the
 * label's words instead. Done on loading and whenever PrimeFaces adds markup
 * (AJAX updates, dialogs, date pickers), since the components cannot be told to.
 */
cadre.readableNames = function (root) {
    cadre.within(root, '.ui-icon, .pi').forEach(function (icon) {
        if (!icon.hasAttribute('aria-hidden') && !icon.hasAttribute('role') && !icon.hasAttribute('tabindex')
                && icon.textContent.trim() === '') {
            icon.setAttribute('aria-hidden', 'true');
        }
    });
    cadre.within(root, '.ui-button-icon-only > .ui-button-text').forEach(function (text) {
        var label = text.parentNode.getAttribute('aria-label');
        if (text.textContent === 'ui-button' && label) {
            text.textContent = label;
        }
    });
};

/** The elements under root, and root itself, that match the selector. */
cadre.within = function (root, selector) {
    var found = Array.prototype.slice.call(root.querySelectorAll(selector));
    if (root.matches && root.matches(selector)) {
        found.push(root);
    }
    return found;
};

document.addEventListener('DOMContentLoaded', function () {
    cadre.readableNames(document);
    new MutationObserver(function (changes) {
        changes.forEach(function (change) {
            change.addedNodes.forEach(function (node) {
                if (node.nodeType === Node.ELEMENT_NODE) {
                    cadre.readableNames(node.parentNode || node);
                }
            });
        });
    }).observe(document.body, {childList: true, subtree: true});
});

window.cadre = cadre;
