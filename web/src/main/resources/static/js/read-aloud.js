// Read-aloud of the questions, as progressive enhancement: where the browser can speak, each question marked
// data-read-aloud gets a button that reads it in the page's language. Without JavaScript nothing changes.
(function () {
  if (!('speechSynthesis' in window)) return;
  var lang = document.documentElement.lang || 'nb';
  var label = { nb: 'Les opp', nn: 'Les opp', en: 'Read aloud' }[lang] || 'Les opp';
  document.querySelectorAll('[data-read-aloud]').forEach(function (question) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'ds-button read-aloud';
    button.setAttribute('data-variant', 'tertiary');
    button.textContent = label;
    button.addEventListener('click', function () {
      window.speechSynthesis.cancel();
      var utterance = new SpeechSynthesisUtterance(question.textContent);
      utterance.lang = lang === 'en' ? 'en-GB' : 'nb-NO';
      window.speechSynthesis.speak(utterance);
    });
    question.insertAdjacentElement('afterend', button);
  });
})();
