// Used by the pages at the site's old addresses: moves on to the new one at once, keeping the
// query (`?topic=refunds`) and the anchor, which the page's meta refresh would drop.
(function () {
	var target = document.currentScript && document.currentScript.getAttribute('data-target');
	if (target) location.replace(target + location.search + location.hash);
})();
