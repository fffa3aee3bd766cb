// An article's share bar: the device's share sheet, copying the link and printing, each button shown only
// where the browser can do it (the Facebook link works without script). No request leaves the site.
for (const bar of document.querySelectorAll('.share')) {
  const { url, title, copied } = bar.dataset;
  const status = bar.querySelector('.share-status');
  const button = (name, can, act) => {
    const b = bar.querySelector(`[data-${name}]`);
    if (!b || !can) return;
    b.hidden = false;
    b.addEventListener('click', act);
  };
  button('share', typeof navigator.share === 'function', () =>
    navigator.share({ title, url }).catch(() => {}),
  );
  button('copy', Boolean(navigator.clipboard), () =>
    navigator.clipboard.writeText(url).then(
      () => {
        status.textContent = copied;
      },
      () => {},
    ),
  );
  button('print', typeof window.print === 'function', () => window.print());
}
