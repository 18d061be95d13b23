// Read-aloud of the questions, as progressive enhancement: where the browser can speak, each question marked
// data-read-aloud gets a button that reads it, and the choices of its fieldset after it, in the page's language.
// The button's text comes from the page (data-read-aloud-label on body), so it is in the page's language too.
// Without JavaScript nothing changes.
(function () {
  if (!('speechSynthesis' in window)) return;
  var lang = document.documentElement.lang || 'nb';
  var voices = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB', uk: 'uk-UA', ar: 'ar', so: 'so-SO', pl: 'pl-PL' };
  var label = document.body.getAttribute('data-read-aloud-label') || 'Les opp';
  document.querySelectorAll('[data-read-aloud]').forEach(function (question) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'ds-button read-aloud';
    button.setAttribute('data-variant', 'tertiary');
    button.textContent = label;
    button.addEventListener('click', function () {
      var said = [question.textContent.trim()];
      var fieldset = question.closest('fieldset');
      if (fieldset) {
        fieldset.querySelectorAll('.ds-field label').forEach(function (choice) {
          said.push(choice.textContent.trim());
        });
      }
      window.speechSynthesis.cancel();
      var utterance = new SpeechSynthesisUtterance(said.join('. '));
      utterance.lang = voices[lang] || 'nb-NO';
      window.speechSynthesis.speak(utterance);
    });
    question.insertAdjacentElement('afterend', button);
  });
})();
