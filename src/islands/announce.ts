/** Show a short status message (a toast) that screen readers announce. */
export function announce(message: string): void {
  let toast = document.getElementById('copy-status');
  if (!toast) {
    toast = document.createElement('div');
    toast.id = 'copy-status';
    toast.className = 'toast';
    toast.setAttribute('role', 'status');
    document.body.append(toast);
  }
  toast.textContent = message;
  toast.classList.add('show');
  window.setTimeout(() => toast.classList.remove('show'), 1800);
}
