// app/global-not-found.tsx: keep the language of the URL's locale segment and set <html lang>.
(function(){var m=location.pathname.match(/^\/(ja|en)(?:\/|$)/);if(!m)return;var l=m[1];document.documentElement.lang=l;document.documentElement.dataset.locale=l;})();
