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
    picker.setDate(proposed);
    input.setAttribute('data-proposed', input.value);
};

/**
 * Icons are decoration beside a button's or link's words (or its aria-label), but
 * PrimeIcons draw them as CSS-generated text in a private-use character, which
 * browsers read as part of the name: "\ue971 Sign out". Hidden from assistive
 * technology here, on loading and whenever PrimeFaces adds markup (AJAX
 * updates, dialogs, date pickers), since the components cannot be told to.
 * Icons that are controls themselves (a role or a tab stop) keep their place.
 */
cadre.hideIcons = function (root) {
    var icons = Array.prototype.slice.call(root.querySelectorAll('.ui-icon, .pi'));
    if (root.matches && root.matches('.ui-icon, .pi')) {
        icons.push(root);
    }
    icons.forEach(function (icon) {
        if (!icon.hasAttribute('aria-hidden') && !icon.hasAttribute('role') && !icon.hasAttribute('tabindex')
                && icon.textContent.trim() === '') {
            icon.setAttribute('aria-hidden', 'true');
        }
    });
};

document.addEventListener('DOMContentLoaded', function () {
    cadre.hideIcons(document);
    new MutationObserver(function (changes) {
        changes.forEach(function (change) {
            change.addedNodes.forEach(function (node) {
                if (node.nodeType === Node.ELEMENT_NODE) {
                    cadre.hideIcons(node);
                }
            });
        });
    }).observe(document.body, {childList: true, subtree: true});
});

window.cadre = cadre;
