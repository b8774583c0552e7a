namespace NewsDsl.Render;

/// <summary>
/// The page's only script: a constant (never built from an article), allowed by its hash in the
/// Content-Security-Policy. It reads the sources from the DOM's <c>data-</c> hooks and only ever
/// sets attributes, classes and <c>textContent</c>, so nothing it handles is parsed as markup.
/// </summary>
internal static class PageScript
{
    public const string Text =
        """
        (function () {
          'use strict';
          var body = document.body;
          var marked = document.querySelectorAll('.article [data-source]');
          var buttons = document.querySelectorAll('button[data-focus-source]');
          var status = document.getElementById('focus-status');
          function choose(id) {
            var current = body.getAttribute('data-focus');
            var target = current === id ? null : id;
            var count = 0;
            buttons.forEach(function (button) {
              button.setAttribute('aria-pressed', button.getAttribute('data-focus-source') === target ? 'true' : 'false');
            });
            marked.forEach(function (element) {
              var mine = target !== null && element.getAttribute('data-source') === target;
              element.classList.toggle('is-focus', mine);
              element.classList.toggle('is-dim', target !== null && !mine);
              if (mine) { count++; }
            });
            if (target === null) {
              body.removeAttribute('data-focus');
              status.textContent = 'Showing every source.';
            } else {
              body.setAttribute('data-focus', target);
              var label = '';
              buttons.forEach(function (button) {
                if (button.getAttribute('data-focus-source') === target) { label = button.getAttribute('data-label'); }
              });
              status.textContent = 'Showing ' + label + ': ' + count + (count === 1 ? ' passage' : ' passages') + ' highlighted, the rest dimmed. Press Escape to show every source.';
            }
          }
          buttons.forEach(function (button) {
            button.addEventListener('click', function () { choose(button.getAttribute('data-focus-source')); });
          });
          document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && body.hasAttribute('data-focus')) { choose(body.getAttribute('data-focus')); }
          });
        })();
        """;
}
