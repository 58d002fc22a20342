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
window.cadre = cadre;
